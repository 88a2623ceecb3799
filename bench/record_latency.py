#!/usr/bin/env python3
"""How old the game's record may be when the server is killed: what a SIGKILL can lose (the spec: at most the
last second).

1. Latency: a player joins (an event of the record) and the bench asks the teacher's tabledap for that join every
   10 ms until it is there; the time from the join's reply to the first answer that has it, --trials times. A row a
   query sees is in the store; the worst latency bounds what a kill can lose.
2. Kills: a player joins, and --kill-after seconds later the server gets SIGKILL; after a restart on the same data
   directory, is the join in the record? --kills times.

    /usr/bin/python3 bench/record_latency.py --server-dll src/Mocean.Server/bin/Release/net10.0/mocean-server.dll
Options: --trials N (40), --kills N (5), --kill-after S (1.0), --out FILE (print only when not given)."""
import argparse
import os
import random
import signal
import statistics
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from procs import Processes, free_port, http_get  # noqa: E402

KEY = "bench-record-latency-key"


def start(processes, dll, work, port):
    base = f"http://127.0.0.1:{port}"
    argv = ["dotnet", dll, "--urls", base, "--rate-limit", "0", "--data-dir", os.path.join(work, "data"),
            "--admin-key", KEY, "--players-per-address", "10000"]
    launched = processes.start("server", argv, os.path.join(work, "server.log"))
    processes.wait_until_serving(launched, base + "/hello", 120)
    return base, launched


def recorded(base, name):
    url = f'{base}/tabledap/ocean_main_events.csv0?player&kind=%22join%22&player=%22{name}%22'
    request = urllib.request.Request(url, headers={"X-Admin-Key": KEY})
    try:
        with urllib.request.urlopen(request, timeout=5) as reply:
            return name in reply.read().decode("utf-8")
    except urllib.error.HTTPError:
        return False


def latency(base, trial):
    name = f"lat{trial}x{random.randrange(10**6)}"
    status, body = http_get(f"{base}/join?name={name}")
    assert status == 200, body
    joined = time.monotonic()
    while not recorded(base, name):
        time.sleep(0.01)
        if time.monotonic() - joined > 30:
            raise RuntimeError(f"{name}'s join never reached the record")
    return time.monotonic() - joined


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server-dll", required=True)
    parser.add_argument("--trials", type=int, default=40)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--kill-after", type=float, default=1.0)
    parser.add_argument("--out")
    args = parser.parse_args()
    lines = ["# The game's record: how old it may be at a kill", "",
             f"`/usr/bin/python3 bench/record_latency.py --server-dll ...` ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
             f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start)", ""]
    with tempfile.TemporaryDirectory(prefix="mocean-bench-latency-") as work:
        processes = Processes(work)
        port = free_port()
        try:
            base, server = start(processes, args.server_dll, work, port)
            seconds = []
            for trial in range(args.trials):
                seconds.append(latency(base, trial))
                time.sleep(random.uniform(0, 1))  # joins at every phase of the server's once-a-period work
            seconds.sort()
            lines += [f"From a join's reply to the first tabledap answer that has it, {args.trials} joins: median "
                      f"{statistics.median(seconds):.2f} s, 90th percentile {seconds[int(0.9 * len(seconds)) - 1]:.2f} s, "
                      f"worst {seconds[-1]:.2f} s.", ""]
            kept = 0
            for kill in range(args.kills):
                name = f"kill{kill}x{random.randrange(10**6)}"
                assert http_get(f"{base}/join?name={name}")[0] == 200
                time.sleep(args.kill_after)
                os.killpg(server.pid, signal.SIGKILL)
                server.popen.wait(10)
                processes.started.remove(server)
                base, server = start(processes, args.server_dll, work, port)
                kept += recorded(base, name)
            lines += [f"SIGKILL {args.kill_after:g} s after a join, then a restart: the join was in the record "
                      f"{kept} times of {args.kills}.", ""]
        finally:
            processes.stop_all()
    text = "\n".join(lines)
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
