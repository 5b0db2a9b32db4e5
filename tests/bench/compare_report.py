"""compare_report.py -- the figures of compare.sh's runs, side by side.

Usage: /usr/bin/python3 tests/bench/compare_report.py OUTDIR

OUTDIR holds one file per run, named BENCH.SIDE.ROUND (SIDE A or B).  The
figures of a run are
  * the cells of its Markdown tables: a figure is named by the bench, the
    row's key (its first cell, and the "procs" cell where there is one) and
    the column's header; only numeric cells count, and counts that are not
    measurements (errors, forks, rounds, bytes...) are left out;
  * lines "RESULT name value unit";
  * indented lines "  label   value unit ..." (two spaces or more before
    the value) and "label: value unit word, value unit word ..." (as
    bench_staple prints them), unit ns, us or ms;
  * bench_handshake's summary lines (HANDSHAKE: the CPU ratio, the
    in-process cost of the hooks, the switch latency).
Printed: per figure, A's and B's values (min-max over the rounds and the
median) and the ratio B/A of the medians.  Exit status 0, or 1 if no
figure was found.
"""
import os
import re
import statistics
import sys

NOT_FIGURES = {"errors", "forks", "rounds", "bytes", "procs", "no takeover",
               "term errors"}
KEY_COLUMNS = {"procs"}
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
LABELLED = re.compile(r"^\s+([A-Za-z][\w +/-]*?)\s{2,}(-?\d+(?:\.\d+)?) "
                      r"(ns|us|ms)\b")
LISTED = re.compile(r"^\s*([A-Za-z][\w +/-]*):\s+(-?\d.*)$")
# bench_handshake: (regex, names of its groups' figures)
HANDSHAKE = [
    (re.compile(r"^store/static ratio \(per server CPU second, median\): "
                r"([\d.]+)"), ["store/static hs per CPU s ratio"]),
    (re.compile(r"^\s+static SSL_CTX ([\d.]+) us CPU/handshake, store hooks "
                r"([\d.]+) us \(([+-]?[\d.]+) us\), ratio ([\d.]+)"),
     ["in-process static us", "in-process hooks us",
      "in-process hooks extra us", "in-process static/hooks ratio"]),
    (re.compile(r"^\s+(first|every) worker: median ([\d.]+) ms, "
                r"max ([\d.]+) ms"), None),
]


def cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def figures(text):
    """Yield (name, value) for every figure of one run's output."""
    header = None
    for line in text.splitlines():
        m = re.match(r"^RESULT\s+(\S+)\s+(-?[\d.]+)\s+(\S+)", line)
        if m:
            yield "%s %s" % (m.group(1), m.group(3)), float(m.group(2))
            continue
        if not line.startswith("|"):
            header = None
            hs = [(m, names) for rx, names in HANDSHAKE
                  for m in [rx.match(line)] if m]
            if hs:
                m, names = hs[0]
                if names is None:  # switch latency: first/every worker
                    names = ["switch %s worker median ms" % m.group(1),
                             "switch %s worker max ms" % m.group(1)]
                    vals = m.groups()[1:]
                else:
                    vals = m.groups()
                for n, v in zip(names, vals):
                    yield n, float(v)
                continue
            m = LABELLED.match(line)
            if m:
                yield "%s %s" % (m.group(1).strip(), m.group(3)), \
                    float(m.group(2))
                continue
            m = LISTED.match(line)
            if m:
                for v, unit, word in re.findall(
                        r"(-?\d+(?:\.\d+)?) (ns|us|ms) ([a-z]+)", m.group(2)):
                    yield "%s (%s) %s" % (m.group(1).strip(), word, unit), \
                        float(v)
            continue
        row = cells(line)
        if header is None:
            header = row
            continue
        if all(re.match(r"^:?-+:?$", c) for c in row):
            continue
        if len(row) != len(header):
            continue
        key = "%s=%s" % (header[0], row[0])
        for h, c in zip(header[1:], row[1:]):
            if h in KEY_COLUMNS:
                key += " %s=%s" % (h, c)
        for h, c in zip(header[1:], row[1:]):
            if h not in NOT_FIGURES and NUMBER.match(c):
                yield "%s: %s" % (key, h), float(c)


def fmt(v):
    if v == 0 or abs(v) >= 100:
        return "%.0f" % v
    if abs(v) >= 10:
        return "%.1f" % v
    return "%.3g" % v


def spread(vals):
    if not vals:
        return "-"
    lo, hi = min(vals), max(vals)
    med = statistics.median(vals)
    if lo == hi:
        return fmt(med)
    return "%s-%s (%s)" % (fmt(lo), fmt(hi), fmt(med))


def main():
    outdir = sys.argv[1]
    runs = {}  # bench -> name -> side -> [values]
    order = {}  # bench -> [names in first-seen order]
    for f in sorted(os.listdir(outdir)):
        parts = f.rsplit(".", 2)
        if len(parts) != 3 or parts[1] not in ("A", "B"):
            continue
        bench, side = parts[0], parts[1]
        with open(os.path.join(outdir, f), errors="replace") as fh:
            text = fh.read()
        seen = runs.setdefault(bench, {})
        names = order.setdefault(bench, [])
        for name, v in figures(text):
            if name not in seen:
                seen[name] = {"A": [], "B": []}
                names.append(name)
            seen[name][side].append(v)
    if not any(runs.values()):
        print("compare_report: no figures found in %s" % outdir)
        return 1
    for bench in sorted(runs):
        print("## %s (A = REV, B = working tree; min-max (median) over the "
              "rounds; B/A of the medians)" % bench)
        print()
        print("| figure | A | B | B/A |")
        print("|---|---:|---:|---:|")
        for name in order[bench]:
            a, b = runs[bench][name]["A"], runs[bench][name]["B"]
            ratio = "-"
            if a and b and statistics.median(a) != 0:
                ratio = "%.2f" % (statistics.median(b) / statistics.median(a))
            print("| %s | %s | %s | %s |" % (name.replace("|", "/"),
                                             spread(a), spread(b), ratio))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
