"""Reads the .ncCF reply of a Profile data set with xarray and netCDF4 and checks it against the .csv reply.

Usage: profile_readback.py BASE_URL DATASET QUERY. The file must be CF's contiguous ragged array of profiles: one
value per profile of the profile variables, rowSize rows of each along obs, exactly the rows of the .csv reply grouped
by profile (profiles in the order of their ids, rows in the .csv order), with the DSG attributes and the actual_range
of the rows sent. Prints one line when all of it holds; exits 1 at the first difference.
"""
import io
import sys
import tempfile
import urllib.request

import netCDF4
import numpy as np
import pandas as pd
import xarray as xr

BASE, DATASET, QUERY = sys.argv[1:4]


def get(path):
    with urllib.request.urlopen(BASE + path, timeout=120) as reply:
        return reply.read()


def check(condition, what):
    if not condition:
        print("DIFFERENT:", what)
        sys.exit(1)


def same(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and bool(np.all((a == b) | (np.isnan(a) & np.isnan(b))))


def text(values):
    """Text values as strings, whether netCDF4 turned the characters into strings (it does with _Encoding) or not."""
    values = np.asarray(values)
    return [str(v) for v in (netCDF4.chartostring(values) if values.dtype.kind == "S" and values.ndim == 2 else values)]


csv = get(f"/tabledap/{DATASET}.csv?{QUERY}")
table = pd.read_csv(io.BytesIO(csv), skiprows=[1], keep_default_na=False, na_values=["NaN"])
units = pd.read_csv(io.BytesIO(csv), nrows=1, keep_default_na=False).iloc[0]
with tempfile.NamedTemporaryFile(suffix=".nc", delete=False) as file:
    file.write(get(f"/tabledap/{DATASET}.ncCF?{QUERY}"))
times = [c for c in table.columns if units[c] == "UTC"]
for column in times:
    table[column] = (pd.to_datetime(table[column]) - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds()

with xr.open_dataset(file.name) as ds, netCDF4.Dataset(file.name) as nc:
    check(nc.data_model == "NETCDF3_CLASSIC", nc.data_model)
    check(nc.getncattr("featureType") == "Profile", "featureType")
    check(nc.getncattr("cdm_data_type") == "Profile", "cdm_data_type")
    ids = [v for v in nc.variables if nc.variables[v].dimensions[:1] == ("profile",) and v != "rowSize"]
    profile_variables = nc.getncattr("cdm_profile_variables")
    check(profile_variables == ",".join(ids), f"cdm_profile_variables {nc.getncattr('cdm_profile_variables')} vs {ids}")
    id_name = [v for v in ids if getattr(nc.variables[v], "cf_role", None) == "profile_id"]
    check(len(id_name) == 1, "one variable with cf_role profile_id")
    id_name = id_name[0]
    raw = nc.variables[id_name][:]
    numeric = table[id_name].dtype != object
    profiles = [float(v) for v in raw] if numeric else text(raw)
    expected = sorted(table[id_name].astype(float if numeric else str).unique())
    check(profiles == expected, f"profiles {profiles} != {expected}")
    check(ds.sizes["profile"] == len(profiles) and ds.sizes["obs"] == len(table), f"dims {dict(ds.sizes)}")
    row_size = nc.variables["rowSize"]
    check(row_size.getncattr("sample_dimension") == "obs", "rowSize sample_dimension")
    check(row_size.dimensions == ("profile",), "rowSize dimension")
    check(int(row_size[:].sum()) == len(table), "rowSize adds up to the rows")
    start = 0
    for i, profile in enumerate(profiles):
        rows = table[table[id_name].astype(float if numeric else str) == profile]
        check(int(row_size[i]) == len(rows), f"rowSize of {profile}")
        for column in table.columns:
            var = nc.variables[column]
            if var.dimensions[0] == "profile":
                check(len(rows[column].unique()) == 1, f"{column} is constant in {profile}")
                values = np.repeat(var[i:i + 1], len(rows))
            else:
                values = var[start:start + len(rows)]
            if var.dtype.kind == "S":
                check(text(values) == list(rows[column].astype(str)), f"{column} of {profile}")
            else:
                check(same(np.ma.filled(values.astype(float), np.nan), rows[column]), f"{column} of {profile}")
        start += len(rows)
    for column in table.columns:
        var = nc.variables[column]
        if column in times:
            check(var.getncattr("units") == "seconds since 1970-01-01T00:00:00Z", f"{column} units")
            check(ds[column].dtype.kind == "M", f"xarray reads {column} as times")
        if table[column].dtype != object:
            check(list(var.getncattr("actual_range")) == [np.nanmin(table[column]), np.nanmax(table[column])],
                  f"{column} actual_range {var.getncattr('actual_range')}")
        elif column != id_name:
            check("actual_range" not in var.ncattrs(), f"{column} text has no actual_range")
    check(same(ds["rowSize"].values, row_size[:]), "xarray reads rowSize")
print(f"{DATASET}.ncCF: {len(profiles)} profiles ({profile_variables}), {len(table)} rows as in .csv, grouped by {id_name}")
