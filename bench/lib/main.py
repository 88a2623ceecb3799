"""bench/run.sh's body: starts our server and the references, loads each with wrk in
interleaved rounds (so a noisy neighbour hurts every system alike), and writes one table."""
import argparse
import datetime
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

import load
import report
import routes
import systems
from procs import Processes, http_get, rss_mb

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(BENCH)
CONNECTIONS = 32
# runs per target, seconds per run, warm-up seconds per target, timed restarts, and how long the
# first start may take to serve the sample data
MODES = {
    "full": dict(runs=5, seconds=5, warmup=3, restarts=5, data_wait=120),
    "quick": dict(runs=1, seconds=1, warmup=0, restarts=1, data_wait=30),
}
TIME_LIMIT = 570  # the whole run stays under ten minutes


def arguments():
    parser = argparse.ArgumentParser(prog="bench/run.sh", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one short run of each (seconds): checks the bench works")
    parser.add_argument("--out", help="where to write the Markdown table")
    parser.add_argument("--server-dll", required=True)
    parser.add_argument("--bare-dll", required=True)
    return parser.parse_args()


def progress(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def _on_signal(signum, _frame):
    raise SystemExit(f"stopped by signal {signum}")


def _on_alarm(_signum, _frame):
    raise TimeoutError(f"the bench ran longer than {TIME_LIMIT} s")


def _command(*argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=10, check=False).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo", encoding="utf-8")
                if line.startswith("model name")), platform.processor() or "unknown")
    mem_kb = next(int(line.split()[1]) for line in open("/proc/meminfo", encoding="ascii")
                  if line.startswith("MemTotal:"))
    commit = _command("git", "-C", REPO, "rev-parse", "--short", "HEAD") or "unknown"
    if _command("git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"):
        commit += " (with uncommitted changes)"
    with open("/proc/loadavg", encoding="ascii") as f:
        loadavg = " ".join(f.read().split()[:3])
    try:
        with open("/proc/sys/kernel/sched_autogroup_enabled", encoding="ascii") as f:
            autogroup = "on" if f.read().strip() == "1" else "off"
    except OSError:
        autogroup = "not in this kernel"
    return [
        ("date", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        ("commit", commit),
        ("nproc", str(os.cpu_count())),
        ("CPU", cpu),
        ("memory", f"{mem_kb / 1024 / 1024:.1f} GiB"),
        ("load average at start (1, 5, 15 min)", loadavg),
        ("scheduler autogroup (every process here runs in the bench's session)", autogroup),
        ("software", "; ".join([
            f".NET SDK {_command('dotnet', '--version')}",
            _command("sh", "-c", "nginx -v 2>&1"),
            f"uwsgi {_command('uwsgi', '--version')}",
            _command("sh", "-c", "wrk -v 2>&1 | head -1").split(" Copyright")[0]])),
    ]


def measure_start(ours, mode):
    """First start (builds the data sets), then timed restarts on the built data directory.
    The last start stays up for the load."""
    mem = {"restarts": mode["restarts"]}
    mem["first_start"] = ours.start()
    # If the data service is there, wait (bounded) until it answers: the sample data are built.
    data_routes = [routes.SENSORS, routes.TABLEDAP]
    mem["data_ready"] = None
    began = time.monotonic()
    while True:
        statuses = [http_get(ours.base + path)[0] for path in data_routes]
        settled = all(status is not None and 200 <= status < 500 for status in statuses)
        if settled or time.monotonic() - began > mode["data_wait"]:
            break
        time.sleep(0.1)
    if 200 in statuses:
        mem["data_ready"] = mem["first_start"] + time.monotonic() - began
    ours.stop()
    times = []
    for n in range(mode["restarts"]):
        if n:
            ours.stop()
        times.append(ours.start())
    mem["startup"] = statistics.median(times)
    time.sleep(2)
    mem["rss_start"] = rss_mb(ours.launched.pid)
    return mem


def bench(args, mode, work, processes):
    logs = os.path.join(work, "logs")
    os.makedirs(logs)
    ours = systems.Ours(processes, args.server_dll, os.path.join(work, "data"), logs)
    progress("starting the references")
    refs = {
        "seed": systems.start_seed(processes, os.path.join(BENCH, "seed"), logs),
        "bare": systems.start_bare(processes, args.bare_dll, logs),
        "nginx": systems.start_nginx(processes, os.path.join(BENCH, "nginx.conf"), work, logs),
    }
    progress("starting our server")
    mem = measure_start(ours, mode)
    location_id, location_note, joined = routes.join_players(ours.base)
    mem["players"] = routes.PLAYERS
    mem["players_note"] = ("n/a (the ocean is not available)" if location_id is None
                           else f"n/a (only {joined} of {routes.PLAYERS} could join)")
    mem["rss_players"] = rss_mb(ours.launched.pid) if joined == routes.PLAYERS else None
    our_routes = routes.ours(ours.base, location_id, location_note)

    targets = [(route.key, ours.base + route.path) for route in our_routes if route.path]
    targets += [(key, ref.url) for key, ref in refs.items() if ref.url]
    series = {key: load.Series() for key, _ in targets}
    progress(f"loading {len(targets)} targets: {mode['runs']} round(s) of {mode['seconds']} s each")
    if mode["warmup"]:
        for key, url in targets:
            load.wrk(url, mode["warmup"], CONNECTIONS)
    for _ in range(mode["runs"]):
        for key, url in targets:
            series[key].add(load.wrk(url, mode["seconds"], CONNECTIONS))
    mem["rss_peak"] = rss_mb(ours.launched.pid, "VmHWM")
    ours.stop()

    ours_series = {route.key: series.get(route.key) for route in our_routes}
    ref_series = {key: series.get(key) for key in refs}
    throughput = report.throughput_table(
        [(route, ours_series[route.key]) for route in our_routes],
        {key: (ref, ref_series[key]) for key, ref in refs.items()})
    setup = [
        f"mode: {'quick (checks the bench works; figures meaningless)' if args.quick else 'full'}; "
        f"each figure is the median of {mode['runs']} run(s) of {mode['seconds']} s with wrk -t2 "
        f"-c{CONNECTIONS} (keep-alive), after {mode['warmup']} s of warm-up per target; "
        "systems are loaded in turn, round after round, all in the same run",
        "our server: Release build, `--rate-limit 0`, a temporary `--data-dir`, everything else at defaults",
        "the seed's stack: bench/seed/steps.py (the seed's own code) under `uwsgi --plugins http,python3 "
        "--http 127.0.0.1:PORT --wsgi-file steps.py --master` (Debian's uwsgi and python3-bottle)",
        "the limits: bench/BareApp (ASP.NET Core, one constant route) and nginx with bench/nginx.conf",
        "ratios: requests/s of our route over the reference's, the median of the per-round ratios; "
        "ours / seed's stack only for /steps",
        "non-2xx and socket errors: totals over all runs; non-2xx should be 0",
        "the seed's uwsgi HTTP router closes the connection after every answer (no keep-alive, as the "
        "seed runs it): wrk reconnects, and counts each close as a socket (read) error",
    ]
    notes = [f"{ref.name}: skipped, {ref.missing}" for ref in refs.values() if ref.missing]
    return report.document(
        machine(), setup, throughput, report.memory_table(mem),
        report.targets_table(ours_series, ref_series, mem), notes)


def main():
    args = arguments()
    mode = MODES["quick" if args.quick else "full"]
    out = args.out or os.path.join(BENCH, "results", "raw/quick.md" if args.quick else "latest.md")
    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGHUP, _on_signal)
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(TIME_LIMIT)
    work = tempfile.mkdtemp(prefix="mocean-bench-")
    os.makedirs(os.path.join(work, "tmp"))
    processes = Processes(os.path.join(work, "tmp"))
    try:
        table = bench(args, mode, work, processes)
    except KeyboardInterrupt:
        processes.stop_all()
        progress("interrupted: everything it started is stopped, no table written")
        sys.exit(130)
    finally:
        signal.alarm(0)
        processes.stop_all()
        shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(table)
    print(table)
    print(f"written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
