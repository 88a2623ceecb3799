"""Reads the server's .nc and .ncCF replies with xarray and netCDF4 and checks them against its .csv reply and info.

Usage: netcdf_readback.py BASE_URL. Prints one line per check that passed; exits 1 at the first difference.
"""
import io
import json
import math
import sys
import tempfile
import urllib.error
import urllib.request

import netCDF4
import numpy as np
import pandas as pd
import xarray as xr

BASE = sys.argv[1]


def get(path):
    with urllib.request.urlopen(BASE + path, timeout=120) as reply:
        return reply.read()


def saved(data):
    file = tempfile.NamedTemporaryFile(suffix=".nc", delete=False)
    file.write(data)
    file.close()
    return file.name


def check(condition, what):
    if not condition:
        print("DIFFERENT:", what)
        sys.exit(1)


def info(dataset):
    rows = json.loads(get(f"/info/{dataset}/index.json"))["table"]["rows"]
    return {r[2]: r[4] for r in rows if r[1] == "NC_GLOBAL"}, {(r[1], r[2]): r[4] for r in rows if r[0] == "attribute"}


def same_numbers(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and bool(np.all((a == b) | (np.isnan(a) & np.isnan(b))))


def compare(dataset, query, cf):
    table = pd.read_csv(io.BytesIO(get(f"/tabledap/{dataset}.csv?{query}")), skiprows=[1], keep_default_na=False, na_values=["NaN"])
    units = pd.read_csv(io.BytesIO(get(f"/tabledap/{dataset}.csv?{query}")), nrows=1, keep_default_na=False).iloc[0]
    path = saved(get(f"/tabledap/{dataset}.{'ncCF' if cf else 'nc'}?{query}"))
    globals_, attributes = info(dataset)
    rows = len(table)
    with xr.open_dataset(path) as ds, netCDF4.Dataset(path) as nc:
        check(nc.data_model in ("NETCDF3_CLASSIC", "NETCDF3_64BIT_OFFSET"), f"{path} is {nc.data_model}")
        for name, value in globals_.items():
            check(str(nc.getncattr(name)) == value if not isinstance(nc.getncattr(name), (float, np.floating)) else nc.getncattr(name) == float(value),
                  f"global {name}: {nc.getncattr(name)!r} != {value!r}")
        for column in table.columns:
            var = nc.variables[column]
            expected_units = "seconds since 1970-01-01T00:00:00Z" if column == "time" or units[column] == "UTC" else units[column]
            if expected_units:
                check(var.getncattr("units") == expected_units, f"{column} units {var.getncattr('units')!r}")
            for (v, a), value in attributes.items():
                if v == column and a not in ("actual_range",):
                    check(str(var.getncattr(a)) == value, f"{column} attribute {a}: {var.getncattr(a)!r} != {value!r}")
            if units[column] == "UTC":
                sent = (pd.to_datetime(table[column]) - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds()
            elif table[column].dtype != object:
                sent = table[column].astype(var.dtype).astype(float)
            else:
                sent = None
            if sent is not None:
                check(list(var.getncattr("actual_range")) == [np.nanmin(sent), np.nanmax(sent)],
                      f"{column} actual_range {var.getncattr('actual_range')} is not that of the rows sent")
            if var.dtype == np.float64:
                check(math.isnan(var.getncattr("_FillValue")), f"{column} _FillValue")
            site = cf and var.dimensions == ("timeseries",)
            values = ds[column].values
            if site:
                values = np.repeat(values, rows)
            if table[column].dtype == object and units[column] != "UTC":
                check([str(v) for v in values] == list(table[column]), f"{column} text differs")
            elif units[column] == "UTC":
                check(np.array_equal(values.astype("datetime64[ns]"), pd.to_datetime(table[column]).dt.tz_localize(None).values), f"{column} times differ")
                check(same_numbers(nc.variables[column][:].filled(np.nan) if not site else np.repeat(nc.variables[column][:], rows),
                                   (pd.to_datetime(table[column]) - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds()), f"{column} seconds differ")
            else:
                check(same_numbers(values, table[column]), f"{column} numbers differ")
        if cf:
            check(nc.getncattr("featureType") == "TimeSeries", "featureType")
            check(list(nc.variables["rowSize"][:]) == [rows], "rowSize")
            check(nc.variables["rowSize"].getncattr("sample_dimension") == "obs", "sample_dimension")
            check(netCDF4.chartostring(nc.variables["station"][:])[0] == dataset, "station id")
            check(nc.variables["station"].getncattr("cf_role") == "timeseries_id", "cf_role")
            check(ds.sizes["timeseries"] == 1 and ds.sizes["obs"] == rows, f"dims {dict(ds.sizes)}")
            check(len(nc.dimensions["station_strlen"]) == len(dataset), "station_strlen")
        else:
            check(ds.sizes["row"] == rows, f"dims {dict(ds.sizes)}")
    print(f"{dataset}.{'ncCF' if cf else 'nc'}: {rows} rows, {len(table.columns)} variables as in .csv and info")


compare("osb_ctd_jan2022", "time,depth,temperature,salinity&time>=2022-01-05T20:37:00Z&time<2022-01-05T21:50:00Z", False)
compare("osb_ctd_jan2022", "time,latitude,longitude,depth,temperature&time>=2022-01-05T20:37:00Z&time<2022-01-05T21:50:00Z", True)
compare("osb_profiles_jan2022", "profile,time,peak_time,peak_depth,descent_end_depth&orderBy(%22peak_depth%22)", False)
compare("periodic_table", "AtomicNumber,Element,Symbol,Discoverer,Electronegativity,Year&AtomicNumber<=60", False)
try:
    get("/tabledap/periodic_table.ncCF?Element")
    check(False, "periodic_table.ncCF answered")
except urllib.error.HTTPError as error:
    check(error.code == 400 and "cdm_data_type Point, TimeSeries, Profile or Trajectory" in error.read().decode(), "periodic_table.ncCF refusal")
    print("periodic_table.ncCF: 400, cdm_data_type Other")
