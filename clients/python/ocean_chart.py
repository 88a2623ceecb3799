#!/usr/bin/env python3
"""Chart one profile of the Oregon Slope Base profiler, the way the original oceanclient.Chart(day, index) did.

First the profile (its ascent and descent times), then the sensor records from the ascent start to the
descent start, split by which key a record has ("temp" or "salinity"), charted against depth (depth
increasing downward) into a PNG. Prints the row counts and how long each request took.

    python3 ocean_chart.py [SERVER] [DAY] [INDEX] [OUT.png]
    python3 ocean_chart.py http://localhost:8080 2022-01-05 9 profile.png

Data: NSF Ocean Observatories Initiative Data Portal (Regional Cabled Array, Oregon Slope Base).
"""
import sys
import time

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import requests  # noqa: E402


def Chart(day, index, server="http://localhost:8080", out="profile.png"):
    """Returns (temperature records, salinity records) of profile `index` on `day` ('2022-01-05' or 5)."""
    day_number = int(str(day)[-2:]) if "-" in str(day) else int(day)
    started = time.perf_counter()
    reply = requests.get(f"{server}/api/profile", params={"day": day_number, "index": index}, timeout=30)
    reply.raise_for_status()
    profile = reply.json()
    profile_ms = (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    reply = requests.get(f"{server}/api/sensors",
                         params={"start": profile["ascent start time"], "stop": profile["descent start time"]},
                         timeout=60)
    reply.raise_for_status()
    records = reply.json()
    sensors_ms = (time.perf_counter() - started) * 1000

    temps = [r for r in records if "temp" in r]
    salts = [r for r in records if "salinity" in r]

    figure, (left, right) = plt.subplots(1, 2, figsize=(9, 6), sharey=True)
    left.plot([r["temp"] for r in temps], [r["depth"] for r in temps], ".-", color="tab:red")
    left.set_xlabel("temperature (degree_C)")
    left.set_ylabel("depth (m)")
    right.plot([r["salinity"] for r in salts], [r["depth"] for r in salts], ".-", color="tab:blue")
    right.set_xlabel("salinity (PSU)")
    left.invert_yaxis()
    figure.suptitle(f"Oregon Slope Base, profile {index} of {day}: ascent {profile['ascent start time']} UTC\n"
                    "NSF Ocean Observatories Initiative Data Portal")
    figure.savefig(out)
    plt.close(figure)

    print(f"profile: 1 row in {profile_ms:.1f} ms")
    print(f"sensors: {len(temps)} temperature rows, {len(salts)} salinity rows in {sensors_ms:.1f} ms")
    print(f"chart: {out}")
    return temps, salts


if __name__ == "__main__":
    args = sys.argv[1:]
    server = args[0].rstrip("/") if len(args) > 0 else "http://localhost:8080"
    day = args[1] if len(args) > 1 else "2022-01-05"
    index = int(args[2]) if len(args) > 2 else 9
    out = args[3] if len(args) > 3 else "profile.png"
    Chart(day, index, server, out)
