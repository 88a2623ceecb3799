"""The bench's one table, as Markdown: the machine, every figure with its ratios to the
references, memory and start-up, and each target with its verdict (pass / FAIL / n/a)."""

RATIO_REFS = [("seed", "ours / seed's stack"), ("bare", "ours / bare ASP.NET"), ("nginx", "ours / nginx")]


def _num(value, digits=0):
    return "—" if value is None else f"{value:,.{digits}f}"


def _ms(value):
    return "—" if value is None else f"{value:.2f}"


def _times(ratio):
    return "—" if ratio is None else f"{ratio:.2f}×"


def _verdict(ok):
    return "n/a" if ok is None else ("pass" if ok else "FAIL")


def throughput_table(rows, refs):
    """rows: our (route, series or None); refs: key -> (Reference, series or None)."""
    lines = ["| system | route | req/s | p50 ms | p99 ms | non-2xx | socket errors | "
             + " | ".join(title for _, title in RATIO_REFS) + " |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for route, series in rows:
        if series is None:
            lines.append(f"| Mocean | {route.label} | {route.note} | | | | | | | |")
            continue
        ratios = []
        for key, _ in RATIO_REFS:
            ref_series = refs[key][1]
            applies = key != "seed" or route.key == "steps"
            ratios.append(_times(series.ratio_to(ref_series)) if applies and ref_series else "—")
        lines.append(f"| Mocean | {route.label} | {_num(series.rps)} | {_ms(series.p50_ms)} | "
                     f"{_ms(series.p99_ms)} | {series.non2xx} | {series.socket_errors} | " + " | ".join(ratios) + " |")
    for key, _ in RATIO_REFS:
        ref, series = refs[key]
        if series is None:
            lines.append(f"| {ref.name} | — | skipped: {ref.missing} | | | | | | | |")
        else:
            lines.append(f"| {ref.name} | /steps?message=hello | {_num(series.rps)} | {_ms(series.p50_ms)} | "
                         f"{_ms(series.p99_ms)} | {series.non2xx} | {series.socket_errors} | | | |")
    return lines


def memory_table(mem):
    def mb(value, note=None):
        return note if value is None and note else ("—" if value is None else f"{value:.0f} MB")

    def sec(value):
        return "—" if value is None else f"{value:.2f} s"

    return [
        "| measure | value |",
        "| --- | ---: |",
        f"| first start on an empty data dir: launch to first served request | {sec(mem['first_start'])} |",
        f"| first start: launch to sample data served | {sec(mem['data_ready']) if mem['data_ready'] else 'n/a (data routes not available)'} |",
        f"| start-up with data sets built: launch to first served request (median of {mem['restarts']}) "
        f"| {sec(mem['startup'])} |",
        f"| resident memory after start, with the sample data | {mb(mem['rss_start'])} |",
        f"| resident memory with {mem['players']} players joined and the sample data "
        f"| {mb(mem['rss_players'], mem['players_note'])} |",
        f"| peak resident memory during the whole run (VmHWM) | {mb(mem['rss_peak'])} |",
    ]


def targets_table(ours, refs, mem):
    """ours: route key -> series (None when not measured); refs: key -> series or None."""
    def rps_ratio(route, ref):
        series = ours.get(route)
        return series.ratio_to(refs.get(ref)) if series else None

    def lat(route, attribute):
        series = ours.get(route)
        return getattr(series, attribute) if series else None

    steps_bare, steps_seed = rps_ratio("steps", "bare"), rps_ratio("steps", "seed")
    loc_bare, loc_p99 = rps_ratio("location", "bare"), lat("location", "p99_ms")
    sensors_p50 = lat("sensors", "p50_ms")
    rss = mem["rss_players"]
    startup = mem["startup"]
    checks = [
        ("/steps ≥ 0.8 × bare ASP.NET", _times(steps_bare), None if steps_bare is None else steps_bare >= 0.8),
        ("/steps ≥ 5 × the seed's stack", _times(steps_seed), None if steps_seed is None else steps_seed >= 5),
        ("location ≥ 0.6 × bare ASP.NET", _times(loc_bare), None if loc_bare is None else loc_bare >= 0.6),
        ("location p99 < 5 ms", _ms(loc_p99) + " ms" if loc_p99 is not None else "—",
         None if loc_p99 is None else loc_p99 < 5),
        ("/api/sensors (one profile) p50 < 5 ms", _ms(sensors_p50) + " ms" if sensors_p50 is not None else "—",
         None if sensors_p50 is None else sensors_p50 < 5),
        (f"resident memory < 250 MB with {mem['players']} players and the sample data",
         "—" if rss is None else f"{rss:.0f} MB", None if rss is None else rss < 250),
        ("start-up to first served request < 2 s (data sets built)",
         "—" if startup is None else f"{startup:.2f} s", None if startup is None else startup < 2),
    ]
    lines = ["| target | measured | verdict |", "| --- | ---: | --- |"]
    lines += [f"| {name} | {measured} | {_verdict(ok)} |" for name, measured, ok in checks]
    return lines


def document(machine, setup, throughput, memory, targets, notes):
    out = ["# Mocean benchmark", "", "## Machine", ""]
    out += [f"- {key}: {value}" for key, value in machine]
    out += ["", "## Set-up", ""] + [f"- {line}" for line in setup]
    out += ["", "## Throughput and latency", ""] + throughput
    out += ["", "## Memory and start-up", ""] + memory
    out += ["", "## Targets", ""] + targets
    if notes:
        out += ["", "## Notes", ""] + [f"- {line}" for line in notes]
    return "\n".join(out) + "\n"
