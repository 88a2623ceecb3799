"""Our routes under load, found by asking the server: a route that answers 404 is not there yet
(its service has not landed) and is shown as "not available" rather than failing the bench."""
import json
import re

from procs import http_get

SENSORS = "/api/sensors?start=2022-01-05%2001:32:00&stop=2022-01-05%2002:11:00"
TABLEDAP = ("/tabledap/osb_ctd_jan2022.csv?time,depth,temperature"
            "&time%3E=2022-01-05T00:00:00Z&time%3C2022-01-06T00:00:00Z")
PLAYERS = 50


class Route:
    """One of our routes: its label in the table, the path wrk loads (None when not available)
    and, when not available, why."""

    def __init__(self, key, label, path=None, note=None):
        self.key = key
        self.label = label
        self.path = path
        self.note = note


def _first_line(text):
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:80]


def probe(base, key, label, path):
    """The route if it answers 200; otherwise a route with the reason it is not measured."""
    status, body = http_get(base + path)
    if status == 200:
        return Route(key, label, path)
    if status == 404:
        return Route(key, label, note="not available (404)")
    return Route(key, label, note=f"not measured: answers {status}: {_first_line(body)}")


def player_id(base, name):
    """Joins `name` and returns (id, None), or (None, why not)."""
    status, body = http_get(f"{base}/join?name={name}&format=json")
    if status == 404:
        return None, "not available (404)"
    if status == 200:
        try:
            reply = json.loads(body)
        except ValueError:
            reply = None
        if isinstance(reply, dict):
            ids = [v for k, v in sorted(reply.items(), key=lambda kv: kv[0] != "id")
                   if isinstance(v, str) and re.fullmatch(r"[a-z0-9]{8}", v)]
            if ids:
                return ids[0], None
    status, body = http_get(f"{base}/join?name={name}2")
    if status != 200:
        return None, f"not measured: join answers {status}: {_first_line(body)}"
    tokens = re.findall(r"\b[a-z0-9]{8}\b", body)
    with_digit = [t for t in tokens if any(c.isdigit() for c in t)]
    if tokens:
        return (with_digit or tokens)[-1], None
    return None, f"not measured: no id in the join reply: {_first_line(body)}"


def join_players(base):
    """Joins PLAYERS players (`bench`, `bench01`...); returns (id of `bench`, note, joined count)."""
    first, note = player_id(base, "bench")
    if first is None:
        return None, note, 0
    joined = 1
    for n in range(1, PLAYERS):
        status, _ = http_get(f"{base}/join?name=bench{n:02d}")
        joined += status == 200
    return first, None, joined


def ours(base, location_id, location_note):
    """Our routes in table order, each probed."""
    routes = [
        probe(base, "hello", "/hello (baseline)", "/hello"),
        probe(base, "steps", "/steps?message=hello", "/steps?message=hello"),
    ]
    if location_id is None:
        routes.append(Route("location", "location (joined player)", note=location_note))
    else:
        location = probe(base, "location", "location (joined player)", f"/location?id={location_id}")
        if location.path is None and http_get(base + "/location")[0] not in (404, None):
            location.note = f"not measured: location answers 404 to the id join gave ({location_id})"
        routes.append(location)
    routes.append(probe(base, "sensors", "/api/sensors (one profile)", SENSORS))
    routes.append(probe(base, "tabledap", "tabledap CSV (one day)", TABLEDAP))
    return routes
