"""Load with wrk: one timed run parsed into figures, and the medians of several runs."""
import os
import re
import signal
import statistics
import subprocess

from procs import in_child

LUA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "report.lua")
_LINE = re.compile(r"^BENCH (.*)$", re.MULTILINE)


class Run:
    """One wrk run: requests a second, latency percentiles in ms, and what went wrong."""

    def __init__(self, fields):
        seconds = fields["duration_us"] / 1e6
        self.rps = fields["requests"] / seconds if seconds > 0 else 0.0
        self.p50_ms = fields["p50_us"] / 1000
        self.p99_ms = fields["p99_us"] / 1000
        self.non2xx = fields["non2xx"]
        self.socket_errors = fields["socket_errors"]


def wrk(url, seconds, connections, threads=2):
    """One wrk run against `url` with keep-alive connections; raises when wrk fails."""
    argv = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "2s",
            "-s", LUA, url]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 30, check=False,
                          preexec_fn=in_child(signal.SIGKILL))
    match = _LINE.search(done.stdout)
    if done.returncode != 0 or match is None:
        raise RuntimeError(f"wrk failed on {url} ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    fields = dict(pair.split("=", 1) for pair in match.group(1).split())
    return Run({key: int(value) for key, value in fields.items()})


class Series:
    """Several runs of one target; the table shows their medians."""

    def __init__(self):
        self.runs = []

    def add(self, run):
        self.runs.append(run)

    def _median(self, attribute):
        return statistics.median(getattr(run, attribute) for run in self.runs) if self.runs else None

    @property
    def rps(self):
        return self._median("rps")

    @property
    def p50_ms(self):
        return self._median("p50_ms")

    @property
    def p99_ms(self):
        return self._median("p99_ms")

    def ratio_to(self, other):
        """Requests/s over another target's: the median of the per-round ratios (each round loads
        the systems one after the other, so a ratio compares runs close in time)."""
        if not self.runs or other is None or not other.runs:
            return None
        if len(self.runs) != len(other.runs):
            return self.rps / other.rps if other.rps else None
        return statistics.median(mine.rps / theirs.rps for mine, theirs in zip(self.runs, other.runs) if theirs.rps)

    @property
    def non2xx(self):
        """Answers other than 2xx over all runs (the figures are suspect when not 0)."""
        return sum(run.non2xx for run in self.runs)

    @property
    def socket_errors(self):
        """Connect, read, write and timeout errors over all runs."""
        return sum(run.socket_errors for run in self.runs)
