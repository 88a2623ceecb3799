#!/usr/bin/env python3
"""What the game's record costs and how fast it answers, measured on this machine in one run:

1. `location` under load (wrk -t2 -c32) on two servers started side by side, one recording (the default)
   and one with --recording false, each with 30 players moving (so the record samples 30 tracks a second)
   and one more player whose `location` is loaded. The servers are loaded in turn, round after round;
   the cost is the median of the per-round ratios (target: recording costs at most 5%).
2. A full-round tracks query of a one-hour class of 30 players (108,000 rows: 30 players x 3600 s) on a
   server that samples its 30 moving players every 10 ms until its record holds that many rows, then
   the whole data set as CSV, as a student (through the public view) and as the teacher, median of 5
   (target: under a second).

    /usr/bin/python3 bench/recording.py --server-dll src/Mocean.Server/bin/Release/net10.0/mocean-server.dll
Options: --rounds N (5), --seconds S (5 per wrk run), --out FILE (bench/results/recording.md)."""
import argparse
import os
import statistics
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from load import wrk  # noqa: E402
import ourserver  # noqa: E402
from procs import Processes, http_get  # noqa: E402

KEY = "bench-recording-key-1"
PLAYERS = 30
ROWS = PLAYERS * 3600


def start(processes, dll, work, name, extra):
    return ourserver.start(processes, dll, work, name, ["--admin-key", KEY, "--players-per-address", "1000", *extra], 90)[0]


def players(base):
    """30 players moving east-north-east at speed 1, and the one whose location is loaded."""
    for i in range(PLAYERS):
        status, pid = http_get(f"{base}/join?name=mover{i}")
        assert status == 200, pid
        assert http_get(f"{base}/accel?id={pid}&ctrl=w")[0] == 200
    status, pid = http_get(f"{base}/join?name=bench")
    assert status == 200, pid
    return pid


def teacher_get(url):
    request = urllib.request.Request(url, headers={"X-Admin-Key": KEY})
    with urllib.request.urlopen(request, timeout=120) as reply:
        return reply.read()


def timed(fetch, url):
    began = time.monotonic()
    body = fetch(url)
    return time.monotonic() - began, body


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server-dll", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "results", "recording.md"))
    args = parser.parse_args()
    lines = ["# The game's record: cost and speed", "",
             f"`/usr/bin/python3 bench/recording.py --server-dll ...` ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
             f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start)", ""]
    with tempfile.TemporaryDirectory(prefix="mocean-bench-rec-") as work:
        processes = Processes(work)
        try:
            on = start(processes, args.server_dll, work, "on", [])
            off = start(processes, args.server_dll, work, "off", ["--recording", "false"])
            ids = {on: players(on), off: players(off)}
            for base in (on, off):
                wrk(f"{base}/location?id={ids[base]}", 3, 32)  # warm-up
            runs = {on: [], off: []}
            for r in range(args.rounds):
                for base in ((on, off) if r % 2 == 0 else (off, on)):
                    runs[base].append(wrk(f"{base}/location?id={ids[base]}", args.seconds, 32))
            ratios = [a.rps / b.rps for a, b in zip(runs[on], runs[off])]
            cost = 1 - statistics.median(ratios)
            lines += ["## `location` under load, recording on vs off (same run)", "",
                      "| server | requests/s (median) | p50 ms | p99 ms |", "| --- | --- | --- | --- |"]
            for name, base in (("recording on (30 players moving)", on), ("recording off (30 players moving)", off)):
                rs = runs[base]
                lines.append(f"| {name} | {statistics.median(x.rps for x in rs):,.0f} | "
                             f"{statistics.median(x.p50_ms for x in rs):.2f} | {statistics.median(x.p99_ms for x in rs):.2f} |")
            verdict = "pass" if cost <= 0.05 else "FAIL"
            lines += ["", f"Cost of recording: {cost * 100:.1f}% of `location` throughput (median of {args.rounds} per-round ratios: "
                      f"{', '.join(f'{x:.3f}' for x in ratios)}); target at most 5%: **{verdict}**", ""]
            processes.stop_all()

            fast = start(processes, args.server_dll, work, "class", ["--track-seconds", "0.01"])
            players(fast)
            url = f"{fast}/tabledap/ocean_main_tracks.csv?time,round,player,x,y,depth,speed,heading"
            began = time.monotonic()
            rows = 0
            while rows < ROWS and time.monotonic() - began < 600:
                time.sleep(5)
                rows = teacher_get(f"{fast}/tabledap/ocean_main_tracks.csv0?round").count(b"\n")
            student = [timed(lambda u: urllib.request.urlopen(u, timeout=120).read(), url) for _ in range(5)]
            teacher = [timed(teacher_get, url) for _ in range(5)]
            s = statistics.median(t for t, _ in student)
            t = statistics.median(t for t, _ in teacher)
            got = student[0][1].count(b"\n") - 2
            verdict = "pass" if max(s, t) < 1 else "FAIL"
            lines += ["## A full-round tracks query of a one-hour class of 30 players", "",
                      f"{got:,} rows of `ocean_main_tracks` (30 moving players sampled every 10 ms until the record held "
                      f"{ROWS:,} rows, the rows of an hour at one a second), all variables as CSV ({len(student[0][1]) / 1e6:.1f} MB):", "",
                      "| reader | seconds (median of 5) |", "| --- | --- |",
                      f"| student (the public view) | {s:.3f} |", f"| teacher (X-Admin-Key) | {t:.3f} |", "",
                      f"Target under a second: **{verdict}**", ""]
        finally:
            processes.stop_all()
    text = "\n".join(lines)
    ourserver.report(text, args.out)


if __name__ == "__main__":
    main()
