"""test_md_status.py -- our md-status document against mod_md's.

mod_md_ref/ holds what Debian's mod_md 2.6.10 answered for the
configuration in mod_md_ref/httpd.conf (see its README.md).  This test
runs `mdshm drive` against pebble with the same configuration (two MDs,
b.ref.example on secp256r1 and rsa2048, MDStapling on), then compares
field paths and JSON types:

- every path of mod_md's document is in ours, with the same JSON type
  (except the gaps docs/status.md lists, with their reason);
- every path of ours is one mod_md shows in one of the captured documents,
  or one docs/status.md lists as an mdshm extra.

Paths are dotted member names, "[]" for array elements; "*" in the lists
of docs/status.md stands for one member name, and an entry covers what
lies under it.  Three states are compared: after issuance (all MDs, and
one MD by name), and after a renewal whose new certificates wait for
activation (MDActivationDelay), mod_md's "just renewed" before its
graceful restart.
"""

import json
import os
import re
import subprocess

import harness
from test_drive import DEADLINE, drives, wait_certs, write_conf  # noqa: F401

REF = os.path.join(os.path.dirname(__file__), "mod_md_ref")
MD_PREFIX = "managed-domains[]."


def load_ref(name):
    with open(os.path.join(REF, name)) as f:
        return json.load(f)


def json_type(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "string"
    return "array" if isinstance(v, list) else "object"


def paths(doc, prefix=""):
    """{path: {JSON types seen there}} of every node below the root."""
    out = {}

    def walk(v, p):
        if p:
            out.setdefault(p, set()).add(json_type(v))
        if isinstance(v, dict):
            for k, sub in v.items():
                walk(sub, f"{p}.{k}" if p else k)
        elif isinstance(v, list):
            for sub in v:
                walk(sub, f"{p}[]")

    walk(doc, "")
    return {prefix + k: t for k, t in out.items()} if prefix else out


def doc_lists():
    """docs/status.md's lists of md-status paths: (extras, gaps)."""
    src = os.environ.get("MDSHM_SRCDIR") or os.path.join(
        os.path.dirname(__file__), "..", "..")
    with open(os.path.join(src, "docs", "status.md")) as f:
        text = f.read()

    def table(name):
        m = re.search(rf"<!-- md-status {name}: begin -->(.*?)"
                      rf"<!-- md-status {name}: end -->", text, re.S)
        assert m, f"docs/status.md has no md-status {name} list"
        entries = re.findall(r"^\| `([^`]+)` \|", m.group(1), re.M)
        assert entries, f"the md-status {name} list of docs/status.md is empty"
        return entries

    return table("extras"), table("gaps")


def covered(path, entries):
    """Whether @path is an entry of @entries or lies under one."""
    for e in entries:
        rx = re.escape(e).replace(r"\*", r"[^.\[]+")
        if re.fullmatch(rf"{rx}((\.|\[\]).*)?", path):
            return True
    return False


REFS = [paths(load_ref("md-status-all.json")),
        paths(load_ref("md-status-just-renewed.json")),
        paths(load_ref("md-status-one.json"), MD_PREFIX)]
KNOWN = set().union(*REFS)


def compare(ours, ref, what):
    """Problems of @ours (paths) against mod_md's @ref (paths)."""
    extras, gaps = doc_lists()
    problems = []
    for p, types in sorted(ref.items()):
        if p not in ours:
            if not covered(p, gaps):
                problems.append(f"{what}: mod_md's {p} is missing")
        elif ours[p] != types:
            problems.append(f"{what}: {p} is {sorted(ours[p])}, mod_md's "
                            f"is {sorted(types)}")
    for p, types in sorted(ours.items()):
        if p in ref:
            continue
        if p in KNOWN:  # mod_md shows it in another state: same type
            known = set().union(*(r[p] for r in REFS if p in r))
            if not types <= known:
                problems.append(f"{what}: {p} is {sorted(types)}, mod_md's "
                                f"is {sorted(known)}")
        elif not covered(p, extras):
            problems.append(f"{what}: {p} is neither mod_md's nor a "
                            f"documented extra")
    return problems


def md_status(mdshm, store, md=None):
    argv = [mdshm, "--store", str(store), "status", "--md-status"]
    out = subprocess.run(argv + ([md] if md else []), capture_output=True,
                         text=True, timeout=20)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_compare_helpers():
    """The comparison itself: a missing member, a type change and an
    undocumented extra are each reported."""
    ref = paths({"a": 1, "b": {"c": "x"}, "l": [{"t": "RSA"}]})
    assert compare(ref, ref, "same") == []
    ours = paths({"a": "1", "b": {}, "l": [{"t": "RSA"}], "zz": True})
    problems = compare(ours, ref, "t")
    assert any("b.c is missing" in p for p in problems)
    assert any("a is ['string']" in p for p in problems)
    assert any("zz is neither" in p for p in problems)
    assert covered("managed-domains[].cert.rsa.ocsp.state",
                   ["managed-domains[].cert.*.ocsp"])
    assert not covered("managed-domains[].cert.rsa.serial",
                       ["managed-domains[].cert.*.ocsp"])


def test_md_status_matches_mod_md(mdshm, pebble, tmp_path, drives):  # noqa: F811
    store = tmp_path / "store"
    # httpd.conf's MD settings; the new certificates of a renewal wait an
    # hour for activation (the first ones never wait)
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        MDomain a.ref.example www.a.ref.example
        <MDomain b.ref.example>
          MDPrivateKeys secp256r1 rsa2048
        </MDomain>
        """, extra="""
        MDStapling on
        MDActivationDelay 1h
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    wait_certs(mdshm, store, "a.ref.example", ["rsa2048"], drive=drive)
    wait_certs(mdshm, store, "b.ref.example", ["secp256r1", "rsa2048"],
               drive=drive)

    problems = []
    doc = md_status(mdshm, store)
    problems += compare(paths(doc), REFS[0], "md-status (all)")
    one = md_status(mdshm, store, "b.ref.example")
    problems += compare(paths(one, MD_PREFIX), REFS[2], "md-status/b.ref.example")
    assert not problems, "\n".join(problems)
    # spot checks of values mod_md's scripts read
    b = one
    assert b["cert"]["rsa"]["issuer-name"].startswith("/CN=Pebble")
    assert b["privkey"] == [{"type": "EC", "curve": "secp256r1"},
                            {"type": "RSA", "bits": 2048}]
    a = doc["managed-domains"][0]
    assert a["name"] == "a.ref.example" and "privkey" not in a
    assert a["ca"]["account"].startswith("ACME-127.0.0.1-")
    assert a["ca"]["agreement"] == "accepted"
    assert a["stapling"] is True and a["watched"] is True
    assert a["transitive"] == 1 and a["ari-renewals"] is True

    for md in ("a.ref.example", "b.ref.example"):
        out = subprocess.run([mdshm, "--store", str(store), "renew", md],
                             capture_output=True, text=True, timeout=20)
        assert out.returncode == 0, out.stderr

    def staged():
        d = md_status(mdshm, store)
        ren = [m.get("renewal") or {} for m in d["managed-domains"]]
        return d if all(r.get("finished") for r in ren) else None
    doc = harness.wait_until(staged, DEADLINE, "renewals waiting for activation")
    problems = compare(paths(doc), REFS[1], "md-status (just renewed)")
    assert not problems, "\n".join(problems)
