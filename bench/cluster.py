#!/usr/bin/env python3
"""What a cluster costs and gives, measured on this machine in one run (docs/running-a-cluster.md):

1. `location` under load (wrk -t2 -c32) through one server of a three-server cluster on one PostgreSQL, for a
   player whose ocean runs on that server and for one whose ocean runs on another server (each request one grain
   call across), against the same run's single server (no cluster) and bare ASP.NET Core. The systems are loaded
   in turn, round after round; each ratio is the median of the per-round ratios.
2. The three servers loaded at once (one wrk each, on a player whose ocean each runs): what the cluster answers
   in total when the three share this machine's cores.
3. The cost of a grain call to another server: `location` one request after another on one connection, ocean
   here vs ocean elsewhere, p50 and p99.
4. Resident memory of each server of the cluster and of the single server, after the load.

    /usr/bin/python3 bench/cluster.py [--server-dll PATH] [--bare-dll PATH] [--rounds N] [--seconds S] [--out FILE]

It starts its own PostgreSQL (Debian's `postgresql` package: initdb in a temporary folder, a free port, as the
`postgres` user when run as root), and stops everything it started at the end. Writes bench/results/cluster.md."""
import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import ourserver  # noqa: E402
from load import wrk  # noqa: E402
from procs import Processes, free_port, http_get, rss_mb  # noqa: E402
from systems import start_bare  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
KEY = "bench-cluster-admin-key"
OCEANS = 6


def pg_bin():
    versions = [v for v in os.listdir("/usr/lib/postgresql") if os.path.exists(f"/usr/lib/postgresql/{v}/bin/initdb")] \
        if os.path.isdir("/usr/lib/postgresql") else []
    if not versions:
        sys.exit("PostgreSQL is not installed: apt-get install postgresql")
    return f"/usr/lib/postgresql/{max(versions, key=int)}/bin"


def as_postgres(argv):
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


def start_postgres(processes, work):
    """A fresh PostgreSQL in `work`/pg on a free loopback port, in the foreground under `processes`; its connection string."""
    root = os.path.join(work, "pg")
    os.makedirs(root)
    if os.geteuid() == 0:
        os.chmod(work, 0o711)  # the postgres user passes through the bench's folder to its own
        shutil.chown(root, "postgres", "postgres")
    binary = pg_bin()
    made = subprocess.run(as_postgres([f"{binary}/initdb", "-D", f"{root}/data", "-U", "postgres", "--auth=trust", "--no-sync"]),
                          capture_output=True, text=True)
    if made.returncode != 0:
        sys.exit(f"initdb failed: {made.stdout}{made.stderr}")
    port = free_port()
    argv = as_postgres([f"{binary}/postgres", "-D", f"{root}/data", "-p", str(port), "-k", root,
                        "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "fsync=off"])
    processes.start("PostgreSQL", argv, os.path.join(work, "postgres.log"), stop_signal=signal.SIGINT)
    psql = [f"{binary}/psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", "postgres", "-c", "CREATE DATABASE mocean"]
    for _ in range(300):
        if subprocess.run(psql, capture_output=True).returncode == 0:
            return f"Host=127.0.0.1;Port={port};Username=postgres;Database=mocean"
        time.sleep(0.1)
    sys.exit("PostgreSQL did not start")


def admin(base, path):
    request = urllib.request.Request(base + path, method="POST", headers={"X-Admin-Key": KEY})
    with urllib.request.urlopen(request, timeout=30) as reply:
        return reply.read().decode("utf-8")


def hosted(bases, oceans):
    """Which server runs each ocean: the one whose /status lists its game record (kept where its grain runs)."""
    where = {}
    for i, base in enumerate(bases):
        sets = json.loads(http_get(base + "/status?format=json")[1])["datasetsLoaded"]
        for ocean in oceans:
            if f"ocean_{ocean}_events" in sets:
                where[ocean] = i
    return where


def parallel_wrk(urls, seconds, connections):
    """One wrk per URL at once (one thread each); their runs."""
    runs = [None] * len(urls)

    def one(i):
        runs[i] = wrk(urls[i], seconds, connections, threads=1)
    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(urls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return runs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ourserver.add_server_dll(parser)
    parser.add_argument("--bare-dll", default=os.path.join(HERE, "BareApp/bin/Release/net10.0/bench-bare.dll"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--out", default=os.path.join(HERE, "results", "cluster.md"))
    args = parser.parse_args()
    ourserver.require_build(args.server_dll)
    load_at_start = os.getloadavg()[0]
    work = tempfile.mkdtemp(prefix="mocean-bench-cluster-")
    processes = Processes(work)
    try:
        store = start_postgres(processes, work)
        cluster = [ourserver.start(processes, args.server_dll, work, f"server{i}",
                                   ["--cluster", store, "--admin-key", KEY, "--players-per-address", "1000"]) for i in range(3)]
        single = ourserver.start(processes, args.server_dll, work, "single", ["--admin-key", KEY])
        bare = start_bare(processes, args.bare_dll, work)
        bases = [base for base, _, _ in cluster]

        # Oceans made and players joined through each server in turn (Orleans tends to start a grain on the server
        # that first calls it); each ocean's grain runs where Orleans placed it.
        oceans = [f"c{n}" for n in range(1, OCEANS + 1)]
        ids = {}
        for n, ocean in enumerate(oceans):
            admin(bases[n % 3], f"/admin/ocean?ocean={ocean}&seed=1")
            ids[ocean] = http_get(f"{bases[n % 3]}/join?name=bench{ocean}&ocean={ocean}")[1].strip()
        single_id = http_get(f"{single[0]}/join?name=bench")[1].strip()
        time.sleep(3)  # the oceans' first records, which show where each runs
        where = hosted(bases, oceans)
        local = next((o for o in oceans if where.get(o) == 0), None)
        remote = next((o for o in oceans if where.get(o, 0) != 0), None)
        if local is None or remote is None:
            sys.exit(f"server 0 runs {'every' if remote is None else 'none'} of the oceans ({where}): run again")
        # For loading all three at once: an ocean each server runs, or (when it runs none) any ocean.
        own = [next((o for o in oceans if where.get(o) == i), oceans[i]) for i in range(3)]

        targets = {
            "single server (no cluster)": f"{single[0]}/location?id={single_id}",
            "cluster, ocean on the server asked": f"{bases[0]}/location?id={ids[local]}",
            "cluster, ocean on another server": f"{bases[0]}/location?id={ids[remote]}",
        }
        if bare.url:
            targets["bare ASP.NET Core (/steps, a constant)"] = bare.url
        for url in targets.values():
            wrk(url, 2, 32)  # warm-up
        runs = {name: [] for name in targets}
        for r in range(args.rounds):
            for name in (list(targets) if r % 2 == 0 else list(reversed(targets))):
                runs[name].append(wrk(targets[name], args.seconds, 32))
        together = [parallel_wrk([f"{bases[i]}/location?id={ids[own[i]]}" for i in range(3)], args.seconds, 16) for _ in range(args.rounds)]

        # One request after another: the cost of a call to another server.
        sequential = {}
        for name, ocean in (("here", local), ("elsewhere", remote)):
            timings, failed = ourserver.latencies(cluster[0][1], f"/location?id={ids[ocean]}", ourserver.for_seconds(args.seconds))
            sequential[name] = ourserver.summary(timings) + (failed,)
        memory = [rss_mb(p.pid) for _, _, p in cluster] + [rss_mb(single[2].pid)]
        peaks = [rss_mb(p.pid, "VmHWM") for _, _, p in cluster] + [rss_mb(single[2].pid, "VmHWM")]
    finally:
        processes.stop_all()
        shutil.rmtree(work, ignore_errors=True)

    def med(name, attribute):
        return statistics.median(getattr(x, attribute) for x in runs[name])

    def ratio(a, b):
        return statistics.median(x.rps / y.rps for x, y in zip(runs[a], runs[b]) if y.rps)

    first = "single server (no cluster)"
    lines = [
        "# A cluster of three servers on one machine",
        "",
        f"`/usr/bin/python3 bench/cluster.py --rounds {args.rounds} --seconds {args.seconds}` on {platform.node()}, "
        f"{os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average {load_at_start:.1f} at start. "
        "Three servers, a single server, PostgreSQL and wrk share these cores: the figures show what a cluster costs "
        "per request, not what three VMs give (each VM would have its own cores). On a machine others are using "
        "the absolute figures are indicative only; compare the ratios, which come from runs close in time.",
        "",
        "## `location` under load, one server at a time (wrk -t2 -c32)",
        "",
        "| target | requests/s (median) | p50 ms | p99 ms | vs single server | non-2xx |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name in runs:
        lines.append(f"| {name} | {med(name, 'rps'):,.0f} | {med(name, 'p50_ms'):.2f} | {med(name, 'p99_ms'):.2f} | "
                     f"{ratio(name, first):.2f} | {sum(x.non2xx for x in runs[name])} |")
    lines += [""]
    if together:
        mixed = sum(where.get(own[i]) != i for i in range(3))
        totals = [sum(r.rps for r in round_) for round_ in together]
        lines += ["## The three servers loaded at once (one wrk -t1 -c16 each)", "",
                  f"Each server asked for a player of an ocean it runs{f' ({mixed} of them ran none, so asked for one elsewhere)' if mixed else ''}:", "",
                  f"{statistics.median(totals):,.0f} requests/s in total (median of {len(totals)} rounds: "
                  f"{', '.join(f'{t:,.0f}' for t in totals)}), on the same cores one server had to itself above.", ""]
    remote_share = ratio("cluster, ocean on another server", "cluster, ocean on the server asked")
    lines += ["## What a second VM adds (projected)", "",
              f"Measured here: a request whose ocean runs on another server goes at {remote_share:.2f} of the rate of one whose ocean "
              "runs on the server asked. Behind a balancer that spreads requests evenly over N VMs, (N-1)/N of them cross, so "
              "each VM, with its own cores, answers about 1/N + (N-1)/N x that share of what one server alone answers "
              "(bench/results/latest.md: `location` on one 2-core VM), provided the VMs share a fast network (a cloud zone's, "
              "well under a millisecond) and the database keeps up (it takes one write a second per active ocean):", "",
              "| VMs | each VM, of one server alone | the cluster, of one server alone |", "| --- | --- | --- |"]
    for n in (1, 2, 3, 4):
        each = 1 / n + (n - 1) / n * remote_share
        lines.append(f"| {n} | {each:.2f} | {n * each:.2f} |")
    lines += [""]
    lines += ["## The cost of a grain call to another server (one connection, one request after another)", "",
              "| `location`, the player's ocean | requests | p50 ms | p99 ms | not 200 |", "| --- | --- | --- | --- | --- |"]
    for name, (p50, p99, count, failed) in sequential.items():
        lines.append(f"| on the server asked | {count} | {p50:.2f} | {p99:.2f} | {failed} |" if name == "here"
                     else f"| on another server | {count} | {p50:.2f} | {p99:.2f} | {failed} |")
    lines += ["", f"A call to another server adds {sequential['elsewhere'][0] - sequential['here'][0]:.2f} ms at the median.", "",
              "## Memory", "", "| process | resident (MB) after the load | peak (MB) |", "| --- | --- | --- |"]
    for i, name in enumerate(["cluster server 0", "cluster server 1", "cluster server 2", "single server"]):
        lines.append(f"| {name} | {memory[i]:.0f} | {peaks[i]:.0f} |")
    lines.append("")
    text = "\n".join(lines)
    ourserver.report(text, args.out)


if __name__ == "__main__":
    main()
