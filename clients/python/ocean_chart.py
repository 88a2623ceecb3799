#!/usr/bin/env python3
"""Chart one profile of the Oregon Slope Base profiler, the way the original oceanclient.Chart(day, index) did.

First the profile (its ascent and descent times), then the sensor records from the ascent start to the
descent start, split by which key a record has ("temp" or "salinity"), charted against depth (depth
increasing downward) into a PNG. Prints the row counts and how long each request took.

The data set holds January 2022: DAY is a date of that month (2022-01-05) or its day number (5), INDEX
a profile of that day (1..9). A date outside January 2022 is refused here; anything else the server
refuses is printed as the server explains it, and the program stops with exit code 1.

    python3 ocean_chart.py [SERVER] [DAY] [INDEX] [OUT.png]
    python3 ocean_chart.py http://localhost:8080 2022-01-05 9 profile.png

Data: NSF Ocean Observatories Initiative Data Portal (Regional Cabled Array, Oregon Slope Base).
"""
import datetime
import sys
import time

missing = []  # the packages to install, said in one line instead of a traceback
try:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
except ImportError:
    missing.append('matplotlib')
try:
    import requests
except ImportError:
    missing.append('requests')
if missing:
    sys.exit(f"ocean_chart: needs the Python package{'s' if len(missing) > 1 else ''} {' and '.join(missing)}: "
             f"sudo apt install {' '.join('python3-' + package for package in missing)} "
             f"(or: python3 -m pip install {' '.join(missing)})")

MONTH = (2022, 1)  # the month the data set holds


class Refused(Exception):
    """The server (or this client, for a date it cannot ask for) said no; the message says why."""


def day_number(day):
    """The day of January 2022 that `day` names: a date '2022-01-05' or a day number (5 or '5')."""
    text = str(day).strip()
    if "-" not in text:
        return text  # a day number: the server checks it is 1..31
    try:
        date = datetime.date.fromisoformat(text)
    except ValueError:
        raise Refused(f"'{text}' is not a date: give one like 2022-01-05, or a day number like 5") from None
    if (date.year, date.month) != MONTH:
        raise Refused(f"the data set holds January 2022 only (2022-01-01 to 2022-01-31), not {text}")
    return date.day


def get(server, route, params, timeout):
    """One GET of a JSON route; a refusal raises Refused with the server's one line. Returns (JSON, ms)."""
    started = time.perf_counter()
    try:
        reply = requests.get(f"{server}{route}", params=params, timeout=timeout)
    except requests.RequestException as problem:
        raise Refused(f"cannot reach {server}: {problem}") from None
    ms = (time.perf_counter() - started) * 1000
    if reply.status_code != 200:
        try:
            line = reply.json()["error"]
        except (ValueError, KeyError, TypeError):
            line = reply.text.strip().splitlines()[0] if reply.text.strip() else reply.reason
        raise Refused(f"{route} failed with {reply.status_code}: {line}")
    try:
        return reply.json(), ms
    except ValueError:
        raise Refused(f"{route} did not answer JSON: is {server} a Mocean server?") from None


def Chart(day, index, server="http://localhost:8080", out="profile.png"):
    """Returns (temperature records, salinity records) of profile `index` on `day` ('2022-01-05' or 5).

    Raises Refused, with the reason, when the day is not in January 2022 or the server says no.
    """
    server = server.rstrip("/")
    number = day_number(day)
    profile, profile_ms = get(server, "/api/profile", {"day": number, "index": index}, 30)
    date = datetime.date(*MONTH, int(number))  # the server took it, so it is a day of the month
    records, sensors_ms = get(server, "/api/sensors",
                              {"start": profile["ascent start time"], "stop": profile["descent start time"]}, 60)

    temps = [r for r in records if "temp" in r]
    salts = [r for r in records if "salinity" in r]

    figure, (left, right) = plt.subplots(1, 2, figsize=(9, 6), sharey=True)
    left.plot([r["temp"] for r in temps], [r["depth"] for r in temps], ".-", color="tab:red")
    left.set_xlabel("temperature (degree_C)")
    left.set_ylabel("depth (m)")
    right.plot([r["salinity"] for r in salts], [r["depth"] for r in salts], ".-", color="tab:blue")
    right.set_xlabel("salinity (PSU)")
    left.invert_yaxis()
    figure.suptitle(f"Oregon Slope Base, profile {index} of {date}: ascent {profile['ascent start time']} UTC\n"
                    "NSF Ocean Observatories Initiative Data Portal")
    try:
        figure.savefig(out)
    except OSError as problem:
        raise Refused(f"cannot write {out}: {problem.strerror or problem}") from None
    finally:
        plt.close(figure)

    print(f"profile {index} of {date}: ascent {profile['ascent start time']} UTC, 1 row in {profile_ms:.1f} ms")
    print(f"sensors: {len(temps)} temperature rows, {len(salts)} salinity rows in {sensors_ms:.1f} ms")
    print(f"chart: {out}")
    return temps, salts


if __name__ == "__main__":
    args = sys.argv[1:]
    server = args[0] if len(args) > 0 else "http://localhost:8080"
    day = args[1] if len(args) > 1 else "2022-01-05"
    index = args[2] if len(args) > 2 else "9"
    out = args[3] if len(args) > 3 else "profile.png"
    try:
        Chart(day, index, server, out)
    except Refused as refusal:
        sys.exit(f"ocean_chart: {refusal}")
