#!/usr/bin/env python3
"""What a large roster costs the disk: bytes the server writes per second while a few of its players move.

Starts our server (a Release build) on a temporary data directory, joins PLAYERS players into `main`, waits until
the joins are written, then for SECONDS lets MOVERS of them steer (`/accel`, one request after another each) and
reads the server's own I/O counters (/proc/PID/io: `wchar`, every byte handed to write(), and `write_bytes`, what
reached the block layer) before and after; also the largest `ocean.db-wal` seen meanwhile and `location` latency.
Prints the figures as Markdown and writes them to bench/results/roster.md.

    bench/roster.py [--server-dll PATH] [--players N] [--movers N] [--seconds N] [--out FILE]
"""
import argparse
import os
import platform
import shutil
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import ourserver  # noqa: E402
from procs import Processes, http_get  # noqa: E402
from routes import player_id  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def io_counters(pid):
    """The process's (wchar, write_bytes) from /proc/PID/io."""
    fields = {}
    with open(f"/proc/{pid}/io", encoding="ascii") as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = int(value)
    return fields["wchar"], fields["write_bytes"]


def steer(base, ident, stop, counts):
    """Steers one player (`/accel`, w and d in turn) until told to stop; counts replies that were not 200."""
    turn = 0
    while not stop.is_set():
        status, _ = http_get(f"{base}/accel?id={ident}&ctrl={'wd'[turn % 2]}", timeout=30)
        counts.append(status)
        turn += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ourserver.add_server_dll(parser)
    parser.add_argument("--players", type=int, default=500)
    parser.add_argument("--movers", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--out", default=os.path.join(HERE, "results", "roster.md"))
    args = parser.parse_args()
    ourserver.require_build(args.server_dll)

    work = tempfile.mkdtemp(prefix="mocean-roster-")
    processes = Processes(work)
    try:
        extra = ["--players-per-address", str(args.players + 10), "--players-per-ocean", str(args.players + 10)]
        base, port, server = ourserver.start(processes, args.server_dll, work, "server", extra)
        wal = os.path.join(work, "server", "ocean.db-wal")
        ids = []
        for n in range(args.players):
            ident, why = player_id(base, f"r{n:05d}")
            if ident is None:
                sys.exit(f"cannot join player {n}: {why}")
            ids.append(ident)
        time.sleep(5)  # the joins' writes are behind us

        stop = threading.Event()
        counts = []
        movers = [threading.Thread(target=steer, args=(base, i, stop, counts)) for i in ids[:args.movers]]
        wal_peak = 0
        began = time.monotonic()
        wchar0, bytes0 = io_counters(server.pid)
        for m in movers:
            m.start()
        location = ourserver.latencies(port, f"/location?id={ids[-1]}", ourserver.for_seconds(args.seconds))
        wchar1, bytes1 = io_counters(server.pid)
        elapsed = time.monotonic() - began
        stop.set()
        for m in movers:
            m.join(30)
        if os.path.exists(wal):
            wal_peak = os.path.getsize(wal)
        processes.stop(server, grace=20)
    finally:
        processes.stop_all()
        shutil.rmtree(work, ignore_errors=True)

    p50, p99, n = ourserver.summary(location[0])
    not_ok = sum(1 for s in counts if s != 200) + location[1]
    text = "\n".join([
        "# Disk writes under a large roster",
        "",
        f"`bench/roster.py --players {args.players} --movers {args.movers} --seconds {args.seconds}` on {platform.node()}, "
        f"{os.cpu_count()} processors, load average {os.getloadavg()[0]:.2f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        "",
        "| players | moving | steering requests | wchar KB/s | write_bytes KB/s | ocean.db-wal at the end, KB | `location` p50 / p99 ms | not 200 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        f"| {args.players} | {args.movers} | {len(counts)} | {(wchar1 - wchar0) / elapsed / 1024:.1f} | {(bytes1 - bytes0) / elapsed / 1024:.1f} "
        f"| {wal_peak / 1024:.0f} | {p50:.2f} / {p99:.2f} ({n}) | {not_ok} |",
        "",
    ])
    ourserver.report(text, args.out)


if __name__ == "__main__":
    main()
