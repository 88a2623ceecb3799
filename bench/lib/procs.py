"""Processes the bench starts: each in its own process group, logged to a file, and all
stopped when the bench ends, whether it finishes, fails or is interrupted.

Each stays in the bench's session, as wrk does. Where the kernel groups processes by session for
scheduling (autogroup, on by default in many distributions and on the machine the committed figures
come from), a server in a session of its own gets the CPU as one group taking turns with wrk's
group, and every system's p99 grows by a scheduler slice or two (measured: location 4-7 ms in its
own session, 2.3-2.7 ms in the bench's; the bare app likewise). In one session, the kernel shares
the two cores between the load generator's threads and the server's, thread by thread."""
import ctypes
import os
import random
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

_PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(None, use_errno=True)


# Held back while a child starts, so that Ctrl-C cannot land between its fork and its record.
_DEFERRED = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGALRM}


def in_child(sig):
    """Runs in the child before exec: signals delivered again, and if the bench itself is killed
    outright, the kernel still stops the child with `sig`."""
    def prepare():
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _DEFERRED)
        _libc.prctl(_PR_SET_PDEATHSIG, sig)
    return prepare


def ephemeral_range():
    """The kernel's range of ports for outgoing connections and binds of port 0."""
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range", encoding="ascii") as f:
            low, high = (int(part) for part in f.read().split())
            return low, high
    except (OSError, ValueError):
        return 49152, 65535


def free_port():
    """A loopback port nobody listens on right now (never 8080, the server's default).

    Picked below the kernel's ephemeral range: a port handed out by a bind to port 0 lies in that range,
    where any outgoing connection (wrk's, the bench's own) may take it before the system started on it binds it.
    From 20000 up, apart from where the server's ocean engine draws its own port (10000-19999).
    """
    low, _ = ephemeral_range()
    while True:
        port = random.randrange(20000, low) if low > 21000 else 0
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            port = s.getsockname()[1]
        if port != 8080:
            return port


def http_get(url, timeout=5.0):
    """(status, body text) of one GET; (None, reason) when nothing answered."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as reply:
            return reply.status, reply.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError) as error:
        return None, str(error)


class Launched:
    """One started process: its name, Popen, log file and the signal that stops it cleanly."""

    def __init__(self, name, popen, log_path, stop_signal):
        self.name = name
        self.popen = popen
        self.log_path = log_path
        self.stop_signal = stop_signal

    @property
    def pid(self):
        return self.popen.pid

    def log_tail(self, lines=20):
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                return "".join(f.readlines()[-lines:])
        except OSError:
            return ""


class Processes:
    """Everything the bench started, so that all of it can be stopped."""

    def __init__(self, temp_dir):
        self.started = []
        # Children keep their temporary files (the .NET runtime's diagnostic pipes, say, which a
        # process stopped during its start leaves behind) in the bench's folder, removed at the end.
        self.env = dict(os.environ, TMPDIR=temp_dir)

    def start(self, name, argv, log_path, stop_signal=signal.SIGTERM, cwd=None):
        signal.pthread_sigmask(signal.SIG_BLOCK, _DEFERRED)
        try:
            with open(log_path, "wb") as log:
                popen = subprocess.Popen(
                    argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                    cwd=cwd, env=self.env, process_group=0, preexec_fn=in_child(stop_signal))
            launched = Launched(name, popen, log_path, stop_signal)
            self.started.append(launched)
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _DEFERRED)
        return launched

    @staticmethod
    def _signal_group(launched, sig):
        try:
            os.killpg(launched.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass

    def stop(self, launched, grace=10.0):
        """The clean stop signal, a grace period, then SIGKILL to whatever is left of the group."""
        if launched.popen.poll() is None:
            self._signal_group(launched, launched.stop_signal)
            try:
                launched.popen.wait(grace)
            except subprocess.TimeoutExpired:
                pass
        self._signal_group(launched, signal.SIGKILL)
        try:
            launched.popen.wait(5)
        except subprocess.TimeoutExpired:
            pass
        if launched in self.started:
            self.started.remove(launched)

    def stop_all(self):
        for launched in reversed(list(self.started)):
            self.stop(launched, grace=5.0)

    @staticmethod
    def wait_until_serving(launched, url, limit, since=None):
        """Seconds from `since` (a time.monotonic() reading, default now) until `url` answers 200,
        polling every 10 ms; raises if it never does."""
        start = time.monotonic() if since is None else since
        while time.monotonic() - start < limit:
            if launched.popen.poll() is not None:
                raise RuntimeError(
                    f"{launched.name} exited with {launched.popen.returncode}:\n{launched.log_tail()}")
            status, _ = http_get(url, timeout=0.5)
            if status == 200:
                return time.monotonic() - start
            time.sleep(0.01)
        raise RuntimeError(f"{launched.name} did not answer {url} within {limit} s:\n{launched.log_tail()}")


def rss_mb(pid, field="VmRSS"):
    """Resident memory (VmRSS) or its peak so far (VmHWM) of a process, in MB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return None
