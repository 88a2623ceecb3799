#!/usr/bin/env python3
"""A round with 50 bot players: every invariant held, no 5xx, and `location` latency meanwhile.

Starts our server (a Release build) on a temporary data directory, joins PLAYERS bots and a probe player
to the ocean, starts a round (short meetings, so several happen) and lets the bots play it for SECONDS:
crew steer, dive, look, ping and try tasks; impostors tag and raise storms; anyone reports a beacon in
sight or calls a meeting; in a meeting everyone says a line, hears, and votes. Meanwhile one checker reads
`round` and `roles`, and the probe measures `/location` (one keep-alive connection, one request after
another). Fails when a reply is a 5xx or an invariant breaks; writes bench/results/round.md.

    bench/round.py [--server-dll PATH] [--players N] [--seconds N] [--out FILE]

Invariants: `round` always parses as phase,seconds_left,tasks_done,tasks_total,living,out with a known
phase; living + out is the round's players; tasks_done never exceeds tasks_total and, like out, never goes
down; a meeting's seconds_left is at most the meeting's length; when over, a second line names the winner
and `roles` lists every player once with the drawn number of impostors; before, `roles` is a 409.
"""
import argparse
import http.client
import os
import platform
import random
import shutil
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import ourserver  # noqa: E402
from procs import Processes, http_get  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
KEY = "bench-round-admin-key"
MEETING_SECONDS = 8
TARGET_P99_MS = 5.0
PHASES = {"play", "meeting", "over"}


class Tally:
    """Replies by status and broken invariants, shared by every thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = {}
        self.problems = []
        self.meetings = set()  # the first line of each meeting seen

    def count(self, status, route, body):
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if status >= 500:
                self.problems.append(f"{status} from {route}: {body[:120]}")

    def broken(self, what):
        with self.lock:
            if len(self.problems) < 50:
                self.problems.append(what)


class Client:
    """One keep-alive connection; every reply is counted."""

    def __init__(self, port, tally):
        self.port, self.tally = port, tally
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def get(self, path, method="GET", headers=None):
        for attempt in range(2):
            try:
                self.conn.request(method, path, headers=headers or {})
                reply = self.conn.getresponse()
                body = reply.read().decode("utf-8", "replace")
                self.tally.count(reply.status, path.split("?")[0], body)
                return reply.status, body
            except (OSError, http.client.HTTPException):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        self.tally.broken(f"no reply from {path.split('?')[0]}")
        return 0, ""


def bot(port, tally, ident, names, stop, seed):
    """The bench's bot: plays whatever its role allows, at random, about 20 requests a second."""
    rng = random.Random(seed)
    c = Client(port, tally)
    said = voted = None
    impostor = c.get(f"/role?id={ident}")[1].startswith("impostor")
    while not stop.is_set():
        phase = c.get(f"/round?id={ident}")[1].split(",")[0]
        if phase == "over":
            break
        if phase == "meeting":
            number = c.get(f"/hear?id={ident}")[1].split("\n")[0]  # who called it: one meeting from the next
            if said != number:
                said = number
                c.get(f"/say?id={ident}&message=I%20was%20near%20{rng.choice(names)}")
            if voted != number:
                voted = number
                c.get(f"/vote?id={ident}&name={rng.choice(names + ['skip'] * 10)}")
        else:
            roll = rng.random()
            if roll < 0.3:
                c.get(f"/accel?id={ident}&ctrl={rng.choice('wwwasd')}")
            elif roll < 0.4:
                c.get(f"/dive?id={ident}&ctrl={rng.choice('ffr')}")
            elif roll < 0.5:
                if "beacon" in c.get(f"/look?id={ident}")[1]:
                    c.get(f"/report?id={ident}")
            elif roll < 0.6:
                c.get(f"/task?id={ident}&n={rng.randint(1, 5)}")
            elif roll < 0.65:
                c.get(f"/tasks?id={ident}")
            elif roll < 0.75 and impostor:
                c.get(f"/tag?id={ident}")
            elif roll < 0.76 and impostor:
                c.get(f"/sabotage?id={ident}&kind=storm")
            elif roll < 0.765:
                c.get(f"/meeting?id={ident}")
            else:
                c.get(f"/ping?id={ident}")
        time.sleep(0.05)


def checker(port, tally, players, impostors, probe, stop):
    """Reads `round` (and `roles`) over and over and checks every invariant."""
    c = Client(port, tally)
    last_done = last_out = 0
    while not stop.is_set():
        status, body = c.get("/round?ocean=main")
        lines = body.split("\n")
        parts = lines[0].split(",")
        if status != 200 or len(parts) != 6 or parts[0] not in PHASES:
            tally.broken(f"round answered {status}: {body[:80]}")
            continue
        phase, left, done, total, living, out = parts[0], *map(int, parts[1:])
        if living + out != players:
            tally.broken(f"living {living} + out {out} is not {players}")
        if not last_done <= done <= total or out < last_out:
            tally.broken(f"tasks or out went the wrong way: {lines[0]} after {last_done} done, {last_out} out")
        last_done, last_out = done, out
        if phase == "meeting":
            tally.meetings.add(c.get("/hear?id=" + probe)[1].split("\n")[0])
            if left > MEETING_SECONDS:
                tally.broken(f"a meeting with {left} s left, longer than {MEETING_SECONDS}")
        roles_status, roles = c.get("/roles?ocean=main")
        if phase != "over" and roles_status != 409:
            tally.broken(f"roles answered {roles_status} before the end")
        if phase == "over":
            if len(lines) != 2 or lines[1] not in ("winner: crew", "winner: impostors"):
                tally.broken(f"an ended round without its winner: {body[:80]}")
            listed = roles.split("\n")
            if len(listed) != players or sum(r.endswith(",impostor") for r in listed) != impostors:
                tally.broken(f"roles at the end: {len(listed)} lines, not {players} with {impostors} impostors")
            return phase
        time.sleep(0.1)
    return "stopped"


def measure(port, path, stop):
    """Latencies (ms) of GET `path` one after another until told to stop."""
    return ourserver.latencies(port, path, lambda: not stop.is_set())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ourserver.add_server_dll(parser)
    parser.add_argument("--players", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--out", default=os.path.join(HERE, "results", "round.md"))
    args = parser.parse_args()
    ourserver.require_build(args.server_dll)

    work = tempfile.mkdtemp(prefix="mocean-round-")
    processes = Processes(work)
    tally = Tally()
    stop = threading.Event()
    try:
        base, port, server = ourserver.start(processes, args.server_dll, work, "server", ["--admin-key", KEY])
        names = [f"bot{n:02d}" for n in range(args.players - 1)]
        ids = [http_get(f"{base}/join?name={name}")[1].strip() for name in names]
        probe = http_get(f"{base}/join?name=probe")[1].strip()
        admin = Client(port, tally)
        status, line = admin.get(f"/admin/round?seed=1&minutes={max(2, args.seconds // 60 + 1)}&meeting_seconds={MEETING_SECONDS}",
                                 method="POST", headers={"X-Admin-Key": KEY})
        if status != 200:
            sys.exit(f"the round did not start: {status} {line}")
        impostors = admin.get("/admin/round/roles", headers={"X-Admin-Key": KEY})[1].count(",impostor")
        bots = [threading.Thread(target=bot, args=(port, tally, ident, names, stop, n)) for n, ident in enumerate(ids)]
        result = {}
        check = threading.Thread(target=lambda: result.update(end=checker(port, tally, args.players, impostors, probe, stop)))
        probe_thread = threading.Thread(target=lambda: result.update(latency=measure(port, f"/location?id={probe}", stop)))
        for t in [*bots, check, probe_thread]:
            t.start()
        check.join(args.seconds)
        stop.set()
        for t in [*bots, check, probe_thread]:
            t.join(60)
        processes.stop(server, grace=20)
    finally:
        stop.set()
        processes.stop_all()
        shutil.rmtree(work, ignore_errors=True)

    latencies, probe_failed = result.get("latency", ([0.0], 0))
    p50, p99, requests = ourserver.summary(latencies)
    fives = sum(n for s, n in tally.statuses.items() if s >= 500)
    held = not tally.problems and fives == 0 and result.get("end") in ("over", "stopped")
    text = "\n".join([
        "# A round with bots",
        "",
        f"`bench/round.py --players {args.players} --seconds {args.seconds}` on {platform.node()}, {os.cpu_count()} processors, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: {args.players} players ({impostors} impostors), meetings of "
        f"{MEETING_SECONDS} s; the round {'ended' if result.get('end') == 'over' else 'was still on'} when measuring stopped.",
        "",
        "| what | figure |",
        "| --- | --- |",
        f"| requests by the bots and the checker, by status | {', '.join(f'{k}: {v}' for k, v in sorted(tally.statuses.items()))} |",
        f"| meetings seen | {len(tally.meetings)} |",
        f"| 5xx replies | {fives} |",
        f"| invariants broken | {len(tally.problems)} |",
        f"| `location` during the round, one connection: requests, p50, p99 | {requests}, {p50:.2f} ms, {p99:.2f} ms |",
        "",
        f"Every invariant held and no 5xx: **{'pass' if held else 'FAIL'}**. "
        f"`location` p99 under {TARGET_P99_MS:.0f} ms (the bench's target): **{'pass' if p99 < TARGET_P99_MS and probe_failed == 0 else 'FAIL'}**.",
        "",
        *[f"- {p}" for p in tally.problems[:20]],
        "",
    ])
    ourserver.report(text, args.out)
    sys.exit(0 if held else 1)


if __name__ == "__main__":
    main()
