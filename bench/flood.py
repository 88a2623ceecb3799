#!/usr/bin/env python3
"""The game's latency while one address floods the expensive routes.

Starts our server (a Release build) on a temporary data directory, joins one player, and measures
`/location` (one keep-alive connection, one request after another) first alone, then while FLOODERS
processes from the same address (127.0.0.1) loop over every expensive route: a `.png` chart, a
`.parquet` file and `/ocean/live/floor` with a new seed each time. Prints the figures as Markdown and
writes them to bench/results/flood.md. Target: `location` p99 under 20 ms during the flood.

    bench/flood.py [--server-dll PATH] [--seconds N] [--flooders N] [--out FILE]
"""
import argparse
import http.client
import multiprocessing
import os
import platform
import random
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import ourserver  # noqa: E402
from procs import Processes, http_get  # noqa: E402
from routes import player_id  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET_P99_MS = 20.0
EXPENSIVE = [
    "/tabledap/osb_ctd_jan2022.png?time,temperature&time%3E=2022-01-05T00:00:00Z&time%3C2022-01-12T00:00:00Z",
    "/tabledap/osb_ctd_jan2022.parquet?time,depth,temperature,salinity",
    "/ocean/live/floor?seed={seed}",
]


def flood(port, stop, counts):
    """Loops over the expensive routes until told to stop; counts the replies by status."""
    seen = {}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    rng = random.Random(os.getpid())
    while not stop.is_set():
        for path in EXPENSIVE:
            try:
                conn.request("GET", path.format(seed=rng.randrange(1 << 62)))
                reply = conn.getresponse()
                reply.read()
                seen[reply.status] = seen.get(reply.status, 0) + 1
            except (OSError, http.client.HTTPException):
                seen["error"] = seen.get("error", 0) + 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    counts.put(seen)


def measure(port, path, seconds):
    """Latencies (ms) of GET `path` for `seconds`, one after another on one keep-alive connection."""
    return ourserver.latencies(port, path, ourserver.for_seconds(seconds))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ourserver.add_server_dll(parser)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--flooders", type=int, default=8)
    parser.add_argument("--out", default=os.path.join(HERE, "results", "flood.md"))
    args = parser.parse_args()
    ourserver.require_build(args.server_dll)

    work = tempfile.mkdtemp(prefix="mocean-flood-")
    processes = Processes(work)
    try:
        base, port, server = ourserver.start(processes, args.server_dll, work, "server")
        ident, why = player_id(base, "bench")
        if ident is None:
            sys.exit(f"cannot join a player: {why}")
        for path in EXPENSIVE:
            status, _ = http_get(base + path.format(seed=1), timeout=60)
            print(f"warm {path.split('?')[0]}: {status}", file=sys.stderr)
        location = f"/location?id={ident}"
        measure(port, location, 3)
        alone, alone_failed = measure(port, location, args.seconds)

        stop = multiprocessing.Event()
        counts = multiprocessing.Queue()
        flooders = [multiprocessing.Process(target=flood, args=(port, stop, counts)) for _ in range(args.flooders)]
        for f in flooders:
            f.start()
        time.sleep(3)
        flooded, flooded_failed = measure(port, location, args.seconds)
        stop.set()
        replies = {}
        for _ in flooders:
            for status, n in counts.get(timeout=120).items():
                replies[status] = replies.get(status, 0) + n
        for f in flooders:
            f.join(30)
        processes.stop(server, grace=20)
    finally:
        processes.stop_all()
        shutil.rmtree(work, ignore_errors=True)

    a50, a99, an = ourserver.summary(alone)
    f50, f99, fn = ourserver.summary(flooded)
    verdict = "pass" if f99 < TARGET_P99_MS and flooded_failed == 0 else "FAIL"
    text = "\n".join([
        "# Game latency under a data flood",
        "",
        f"`bench/flood.py --seconds {args.seconds} --flooders {args.flooders}` on {platform.node()}, "
        f"{os.cpu_count()} processors, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        "",
        "| `location`, one connection | requests | p50 ms | p99 ms | not 200 |",
        "| --- | --- | --- | --- | --- |",
        f"| alone | {an} | {a50:.2f} | {a99:.2f} | {alone_failed} |",
        f"| while {args.flooders} processes from one address loop over .png, .parquet and new floors | {fn} | {f50:.2f} | {f99:.2f} | {flooded_failed} |",
        "",
        f"Target: p99 under {TARGET_P99_MS:.0f} ms during the flood: **{verdict}**.",
        "",
        "The flood's replies by status: " + ", ".join(f"{k}: {v}" for k, v in sorted(replies.items(), key=str)) + ".",
        "",
    ])
    ourserver.report(text, args.out)


if __name__ == "__main__":
    main()
