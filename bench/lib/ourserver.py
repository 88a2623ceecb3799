"""What the single-server benches share: the Release build to run, starting it on a temporary data
directory and waiting until it serves, and timing one route request after request on one keep-alive
connection."""
import http.client
import os
import statistics
import sys
import time

from procs import free_port

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RELEASE_DLL = os.path.join(REPO, "src/Mocean.Server/bin/Release/net10.0/mocean-server.dll")


def add_server_dll(parser):
    """The --server-dll option, defaulting to the Release build beside the sources."""
    parser.add_argument("--server-dll", default=RELEASE_DLL)


def require_build(dll):
    if not os.path.exists(dll):
        sys.exit(f"no server build at {dll}: dotnet build src/Mocean.Server -c Release")


def start(processes, dll, work, name, extra=(), wait_seconds=120):
    """Starts our server named `name` (its data directory and log under `work`, no rate limit) on a free
    loopback port; returns (base URL, port, process) once it answers /hello."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    argv = ["dotnet", dll, "--urls", base, "--rate-limit", "0", "--data-dir", os.path.join(work, name), *extra]
    launched = processes.start(name, argv, os.path.join(work, name + ".log"))
    processes.wait_until_serving(launched, base + "/hello", wait_seconds)
    return base, port, launched


def latencies(port, path, go_on):
    """Latencies (ms) of GET `path`, one after another on one keep-alive connection, while go_on() is true;
    with the number of replies that were not 200."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    timings, failures = [], 0
    while go_on():
        began = time.perf_counter()
        conn.request("GET", path)
        reply = conn.getresponse()
        reply.read()
        timings.append((time.perf_counter() - began) * 1000)
        failures += reply.status != 200
    return timings, failures


def for_seconds(seconds):
    """A go_on for latencies(): true for `seconds` from now."""
    end = time.monotonic() + seconds
    return lambda: time.monotonic() < end


def summary(timings):
    """(p50, p99, count) of latencies in ms."""
    ordered = sorted(timings) or [0.0]
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], len(timings)


def report(text, out):
    """Prints a bench's results (Markdown) and writes them to OUT (bench/results/NAME.md by default)."""
    print(text)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
