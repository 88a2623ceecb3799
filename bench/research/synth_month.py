#!/usr/bin/env python3
"""Synthesise January 2022 at one sample a second from the one-minute OSB sample (interpolated, plus noise).

    python3 synth_month.py OUT.csv

About 2.68 million rows, `time,depth_m,pressure_dbar,temperature_degC,salinity_psu` like the sample.
Benchmark data only: tests of correctness use the real files.
"""
import sys
from pathlib import Path

import numpy as np

root = Path(__file__).resolve().parents[2]
sample = root / "src" / "Mocean.Research" / "Samples" / "osb_ctd_jan22_1min_merged.csv"
raw = np.genfromtxt(sample, delimiter=",", skip_header=1, usecols=(1, 2, 3, 4))
minutes = np.arange(len(raw), dtype=float)  # the gap is ignored: this is synthetic
seconds = np.arange(int(minutes[-1] * 60))
rng = np.random.default_rng(20220101)
columns = [np.interp(seconds / 60.0, minutes, raw[:, c]) for c in range(4)]
noise = (0.05, 0.05, 0.002, 0.0005)
columns = [col + rng.normal(0, n, len(col)) for col, n in zip(columns, noise)]
start = np.datetime64("2022-01-01T00:00:00")
times = (start + seconds.astype("timedelta64[s]")).astype(str)
with open(sys.argv[1] if len(sys.argv) > 1 else "month_1hz.csv", "w") as out:
    out.write("time,depth_m,pressure_dbar,temperature_degC,salinity_psu\n")
    block = 200_000
    for i in range(0, len(seconds), block):
        rows = zip(times[i:i + block], *(c[i:i + block] for c in columns))
        out.write("".join(f"{t}Z,{d:.2f},{p:.4f},{tc:.5f},{s:.5f}\n" for t, d, p, tc, s in rows))
print(f"{len(seconds)} rows")
