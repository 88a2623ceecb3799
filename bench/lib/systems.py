"""The four systems the bench starts: our server (from a Release build) and the three
references (the seed's bottle app on uwsgi, a bare ASP.NET Core app, nginx)."""
import os
import pwd
import shutil
import signal
import time

from procs import free_port

STEPS_PATH = "/steps?message=hello"


class Ours:
    """Our server on a temporary data directory, with start-up timed from launch to the first
    served request (`/hello` answering 200)."""

    def __init__(self, processes, dll, data_dir, log_dir):
        self.processes = processes
        self.dll = dll
        self.data_dir = data_dir
        self.log_dir = log_dir
        self.port = free_port()
        self.launched = None
        self.starts = 0

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        """Launches the server; returns the seconds until it served its first request."""
        self.starts += 1
        argv = ["dotnet", self.dll, "--urls", self.base, "--rate-limit", "0", "--data-dir", self.data_dir]
        began = time.monotonic()
        self.launched = self.processes.start(
            "our server", argv, os.path.join(self.log_dir, f"server-{self.starts}.log"))
        return self.processes.wait_until_serving(self.launched, self.base + "/hello", 60, since=began)

    def stop(self):
        if self.launched is not None:
            self.processes.stop(self.launched, grace=20)
            self.launched = None


class Reference:
    """A reference system: its name, the URL wrk loads, and what is missing when it cannot run."""

    def __init__(self, name, url=None, missing=None):
        self.name = name
        self.url = url
        self.missing = missing


def _have(*tools):
    return [tool for tool in tools if shutil.which(tool) is None]


def start_seed(processes, seed_dir, log_dir):
    """The seed's steps.py as its systemd unit runs it (`uwsgi --http :PORT --wsgi-file steps.py
    --master`), with Debian's plugins named and the address narrowed to loopback."""
    name = "seed: bottle on uwsgi"
    plugin = "/usr/lib/uwsgi/plugins/python3_plugin.so"
    bottle = any(os.path.exists(os.path.join(d, "bottle.py"))
                 for d in ("/usr/lib/python3/dist-packages",))
    if _have("uwsgi") or not os.path.exists(plugin) or not bottle:
        return Reference(name, missing="uwsgi, uwsgi-plugin-python3 and python3-bottle not installed")
    port = free_port()
    argv = ["uwsgi", "--plugins", "http,python3", "--http", f"127.0.0.1:{port}",
            "--wsgi-file", os.path.join(seed_dir, "steps.py"), "--master"]
    # uwsgi before 2.1 reloads on SIGTERM; SIGINT shuts it down.
    launched = processes.start(name, argv, os.path.join(log_dir, "seed.log"),
                               stop_signal=signal.SIGINT, cwd=seed_dir)
    url = f"http://127.0.0.1:{port}{STEPS_PATH}"
    processes.wait_until_serving(launched, url, 30)
    return Reference(name, url)


def start_bare(processes, dll, log_dir):
    name = "bare ASP.NET Core"
    if dll is None or not os.path.exists(dll):
        return Reference(name, missing=f"bench/BareApp not built ({dll})")
    port = free_port()
    argv = ["dotnet", dll, "--urls", f"http://127.0.0.1:{port}"]
    launched = processes.start(name, argv, os.path.join(log_dir, "bare.log"))
    url = f"http://127.0.0.1:{port}{STEPS_PATH}"
    processes.wait_until_serving(launched, url, 60)
    return Reference(name, url)


def start_nginx(processes, conf_template, work_dir, log_dir):
    """nginx in the foreground with a temporary prefix; as `nobody` when the bench runs as root."""
    name = "nginx (constant string)"
    if _have("nginx"):
        return Reference(name, missing="nginx not installed")
    port = free_port()
    prefix = os.path.join(work_dir, "nginx")
    os.makedirs(os.path.join(prefix, "tmp"), exist_ok=True)
    with open(conf_template, encoding="utf-8") as f:
        conf = f.read().replace("__PORT__", str(port))
    conf_path = os.path.join(prefix, "nginx.conf")
    with open(conf_path, "w", encoding="utf-8") as f:
        f.write(conf)
    argv = ["nginx", "-p", prefix + "/", "-c", conf_path, "-e", "stderr"]
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        for root, dirs, files in os.walk(prefix):
            for entry in [root] + [os.path.join(root, n) for n in dirs + files]:
                os.chown(entry, nobody.pw_uid, nobody.pw_gid)
        os.chmod(work_dir, 0o755)
        # A change of user clears the parent-death signal: setpriv sets it again after the change.
        argv = ["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups",
                "--pdeathsig", "TERM"] + argv
    launched = processes.start(name, argv, os.path.join(log_dir, "nginx.log"))
    url = f"http://127.0.0.1:{port}{STEPS_PATH}"
    processes.wait_until_serving(launched, url, 30)
    return Reference(name, url)
