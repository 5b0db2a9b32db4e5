"""test_httpd_md_status.py -- mod_mdshm's md-status handler compared live
with Debian's mod_md (docs/httpd.md, "md-status"), and a wildcard MD over
dns-01 inside httpd.

Two Debian apache2 instances run the same configuration against the same
pebble, children as nobody: one loads Debian's mod_md
(/usr/lib/apache2/modules/mod_md.so), the other mod_mdshm.  pebble
validates http-01 on one port only, so a small fan-out on that port asks
both servers for the token and passes on the answer that has it.  MDs:

    a.cmp.example      issued over http-01 (www.a.cmp.example joins it)
    b.cmp.example      MDPrivateKeys secp256r1 rsa2048
    manual.cmp.example MDRenewMode manual: never ordered, no certificate
    fail.cmp.example   its CA is faultproxy.py in front of the same
                       pebble, refusing every newOrder: a failed order,
                       retried
and MDStapling on for all, pebble's certificates naming an OCSP responder
(ocsp_responder.py).  The documents (`/md-status` and
`/md-status/<name>`) are compared recursively: member names, nesting and
JSON types everywhere, and the values scripts rely on where the two must
agree.  What legitimately differs is listed below with the reason, and
docs/httpd.md lists the same paths (checked).
"""

import copy
import glob
import http.client
import http.server
import json
import os
import re
import subprocess
import sys
import threading

import pytest

from cryptography import x509

import harness
from apache import MOD_MD
from ocsp_responder import OcspResponder
from test_ocsp import PebbleIssuer
from test_drive import DEADLINE, _dns_script
from test_httpd import _acme, apache  # noqa: F401 -- a fixture
from test_md_status import covered, json_type

pytestmark = pytest.mark.skipif(os.geteuid() != 0,
                                reason="runs apache2 as root with User nobody")

# Paths: member names joined by ".", "[]" for an array's elements, "*" for
# any one member name (the key types under "cert"); an entry covers what
# lies under it.  The lists are in docs/httpd.md ("md-status"), checked by
# test_allow_lists_are_documented.

# Members mod_mdshm adds (mod_md has no such member; those shown only after
# a failure are listed though the states compared here do not reach them).
EXTRAS = {
    "generation": "the store's change counter",
    "leader": "the child leading the drive (mod_md: httpd's parent)",
    "managed-domains[].generation": "the store's change counter at the MD "
                                    "record's last write",
    "managed-domains[].cert.*.generation": "the store's change counter at "
                                           "activation (the workers' cache "
                                           "key)",
    "managed-domains[].cert.*.installed": "when the set was activated",
    "managed-domains[].cert.*.ocsp.state": "what a worker staples: no "
                                           "responder, pending, valid, "
                                           "expired",
    "managed-domains[].cert.*.ocsp.responder": "the certificate's OCSP "
                                               "responder",
    "managed-domains[].cert.*.ocsp.fetched": "when the response was "
                                             "fetched",
    "managed-domains[].cert.*.ocsp.errors": "failed fetches in a row",
    "managed-domains[].cert.*.ocsp.last-error": "why the last fetch failed "
                                                "(after a failure)",
    "managed-domains[].cert.*.ocsp.next-try": "the next fetch after a "
                                              "failure",
    "managed-domains[].cert.*.ocsp.renew-at": "when the response is "
                                              "renewed",
    "managed-domains[].cert.*.crl": "what the certificate's CRL says "
                                    "(mod_md reads no CRLs)",
    "managed-domains[].renewal.retry-after": "the CA's Retry-After, honoured "
                                             "(after a 429 or 503)",
    "managed-domains[].warnings": "what needs the operator now (a "
                                  "certificate its CRL lists)",
}

# Members of mod_md that mod_mdshm does not show.
GAPS = {
    "managed-domains[].cert.*.ocsp.renewal.log": "the store keeps no log "
                                                 "per staple: its last "
                                                 "result is in \"last\"",
    "managed-domains[].renewal.log.entries[].status": "an error entry's "
                                                      "ACME problem type: "
                                                      "the job log keeps "
                                                      "time, type and "
                                                      "detail; the last "
                                                      "error's problem is "
                                                      "renewal.last.problem",
}

# Values that must agree (paths relative to an MD): both servers have the
# same configuration and CA.
VALUES = {
    "name", "domains", "contacts", "transitive", "ca.proto", "ca.url",
    "ca.urls", "ca.agreement", "ca.challenges", "privkey", "state",
    "state-descr", "renew-mode", "renew-window", "warn-window",
    "must-staple", "proto.acme-tls/1", "stapling", "profile-mandatory",
    "ari-renewals", "watched", "renew", "cert.*.issuer-name",
    "cert.*.ocsp.status", "cert.*.ocsp.renewal.name",
    "cert.*.ocsp.renewal.finished", "cert.*.ocsp.renewal.notified",
    "cert.*.ocsp.renewal.notified-renewed", "cert.*.ocsp.renewal.errors",
    "cert.*.ocsp.renewal.last.status", "renewal.name", "renewal.finished",
    "renewal.notified-renewed", "renewal.last.problem",
    "renewal.last.detail",
}

# Values that legitimately differ (every value of both documents is in
# VALUES or here: checked).
DIFFER = {
    "version": "mod_mdshm's version, not mod_md's",
    "managed-domains[].ca.account": "account ids are numbered per store",
    "managed-domains[].renew-at": "from each server's own certificate (none "
                                  "yet: the time of the request)",
    "managed-domains[].cert.valid": "each server ordered its own "
                                    "certificates",
    "managed-domains[].cert.*.valid": "each server's own certificate",
    "managed-domains[].cert.*.serial": "each server's own certificate",
    "managed-domains[].cert.*.sha256-fingerprint": "each server's own "
                                                   "certificate",
    "managed-domains[].cert.*.ari-cert-id": "each server's own certificate",
    "managed-domains[].cert.*.ocsp.valid": "each server's own OCSP response",
    "managed-domains[].cert.*.ocsp.renewal.last-run": "each server's own "
                                                      "fetches",
    "managed-domains[].cert.*.ocsp.renewal.next-run": "each server's own "
                                                      "fetches",
    "managed-domains[].cert.*.ocsp.renewal.last.detail": "each module's own "
                                                         "words",
    "managed-domains[].cert.*.ocsp.renewal.last.activity": "each module's "
                                                           "own words",
    "managed-domains[].renewal.last-run": "each server's own schedule",
    "managed-domains[].renewal.next-run": "each server's own schedule "
                                          "(mod_md and mdshm back off "
                                          "differently)",
    "managed-domains[].renewal.valid-from": "each server's own certificates",
    "managed-domains[].renewal.notified": "mod_md's flag that its last "
                                          "notification went out (it flips "
                                          "during a run); mdshm notifies "
                                          "when it activates, and shows "
                                          "false",
    "managed-domains[].renewal.errors": "failed runs so far: depends on "
                                        "when one asks",
    "managed-domains[].renewal.last.status": "an APR status in mod_md, an "
                                             "mdshm error code "
                                             "(docs/status.md) in "
                                             "mod_mdshm",
    "managed-domains[].renewal.last.status-description": "the text of that "
                                                         "status",
    "managed-domains[].renewal.last.activity": "each module's own words",
    "managed-domains[].renewal.log": "each module's own steps and words",
}


def compare(ours, theirs, path="", problems=None):
    """Problems of our document against mod_md's, recursively: a member
    missing on either side (unless in GAPS / EXTRAS), another JSON type,
    another value for the paths in VALUES (relative to an MD), and a value
    in neither VALUES nor DIFFER.  managed-domains are matched by name,
    other arrays compared by the shape of their elements."""
    if problems is None:
        problems = []
    where = path or "(root)"
    md_rel = re.sub(r"^managed-domains\[\]\.", "", path)
    leaf = not isinstance(theirs, dict) and not (
        isinstance(theirs, list) and not covered(md_rel, VALUES))
    if leaf and covered(md_rel, VALUES):
        if ours != theirs:
            problems.append(f"{where}: {ours!r}, mod_md's {theirs!r}")
            return problems
    elif leaf and not covered(path, DIFFER):
        problems.append(f"{where}: a value in neither VALUES nor DIFFER")
    if json_type(ours) != json_type(theirs):
        problems.append(f"{where}: {json_type(ours)}, mod_md's "
                        f"{json_type(theirs)}")
        return problems
    if isinstance(ours, dict):
        for k in theirs:
            p = f"{path}.{k}" if path else k
            if k not in ours:
                if not covered(p, GAPS):
                    problems.append(f"{p}: mod_md's member is missing")
            else:
                compare(ours[k], theirs[k], p, problems)
        for k in ours:
            p = f"{path}.{k}" if path else k
            if k not in theirs and not covered(p, EXTRAS):
                problems.append(f"{p}: not mod_md's, and not a documented "
                                f"extra")
    elif isinstance(ours, list):
        p = path + "[]"
        if path == "managed-domains":
            mine = {m.get("name"): m for m in ours}
            for m in theirs:
                if m.get("name") not in mine:
                    problems.append(f"{p}: no MD {m.get('name')}")
                else:
                    compare(mine[m["name"]], m, p, problems)
            if len(ours) != len(theirs):
                problems.append(f"{p}: {len(ours)} MDs, mod_md's "
                                f"{len(theirs)}")
        elif ours and theirs:
            # the elements' shape: every member any element has (the job
            # log's entries have optional members); an empty array on one
            # side has no elements to compare
            compare(merged(ours), merged(theirs), p, problems)
    return problems


def merged(elements):
    """One value with the members of all @elements (objects), or the
    first element (anything else)."""
    if not all(isinstance(e, dict) for e in elements):
        return elements[0]
    keys = {}
    for e in elements:
        for k, v in e.items():
            keys.setdefault(k, []).append(v)
    return {k: merged(v) for k, v in keys.items()}


class Http01Fanout:
    """pebble validates http-01 on one port; both servers answer
    challenges.  Listens on that port and answers each request with the
    first 200 of the servers (asked with the same Host and path)."""

    def __init__(self, port, backends):
        self.port = port
        self.backends = list(backends)
        fan = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 -- http.server's name
                status, body = 404, b""
                for backend in fan.backends:
                    try:
                        c = http.client.HTTPConnection("127.0.0.1", backend,
                                                       timeout=10)
                        c.request("GET", self.path,
                                  headers={"Host": self.headers["Host"]})
                        r = c.getresponse()
                        data = r.read()
                        c.close()
                    except OSError:
                        continue
                    if r.status == 200:
                        status, body = 200, data
                        break
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port),
                                                      Handler)
        self.thread = threading.Thread(target=self.server.serve_forever,
                                       daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


def get_json(port, path, missing_ok=False):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    c.request("GET", path, headers={"Host": "localhost"})
    r = c.getresponse()
    body = r.read()
    c.close()
    if missing_ok and r.status == 404:
        return None
    assert r.status == 200, (path, r.status, body[:500])
    assert "json" in r.getheader("Content-Type", "")
    return json.loads(body)


def md_of(doc, name):
    return next((m for m in doc["managed-domains"] if m["name"] == name),
                None)


class Pair:
    """The two servers on one configuration: .md (mod_md), .shm
    (mod_mdshm); ports[server] = (http, https)."""

    def __init__(self, apache, pebble, proxy):  # noqa: F811
        self.md = apache(mpm="prefork", mod_md=True)
        self.shm = apache(mpm="prefork")
        self.pebble, self.proxy = pebble, proxy
        self.ports = {}
        self.problems = []
        for a in (self.md, self.shm):
            self.ports[a] = (harness.free_port(), harness.free_port())
            a.write(self.conf(a))

    def conf(self, a, more=""):
        """The configuration of server @a, with @more MD directives."""
        pebble, proxy = self.pebble, self.proxy
        http_port, https_port = self.ports[a]
        ca_file = a.copy_in(pebble.ca_file)
        vhosts = "".join(f"""
            <VirtualHost 127.0.0.1:{https_port}>
              ServerName {n}
              {f"ServerAlias www.{n}" if n.startswith("a.") else ""}
              SSLEngine on
            </VirtualHost>
            """ for n in ("a.cmp.example", "b.cmp.example",
                          "manual.cmp.example", "fail.cmp.example"))
        return f"""
            Listen 127.0.0.1:{http_port}
            Listen 127.0.0.1:{https_port} https
            MDCertificateAuthority {pebble.directory_url}
            MDCACertificateFile {ca_file}
            MDCertificateAgreement accepted
            MDContactEmail admin@example.org
            MDRetryDelay 1s
            MDPortMap http:{http_port} https:{https_port}
            MDCAChallenges http-01
            MDStapling on
            MDomain a.cmp.example www.a.cmp.example
            <MDomain b.cmp.example>
              MDPrivateKeys secp256r1 rsa2048
            </MDomain>
            <MDomain manual.cmp.example>
              MDRenewMode manual
            </MDomain>
            <MDomain fail.cmp.example>
              MDCertificateAuthority {proxy.directory_url}
            </MDomain>
            <Location /md-status>
              SetHandler md-status
            </Location>
            """ + vhosts + more

    def add(self, more):
        """Both servers with @more in their configuration: a graceful
        restart (mod_md's, and mod_mdshm's parent's new context)."""
        for a in (self.md, self.shm):
            a.write(self.conf(a, more.replace("{https}",
                                              str(self.ports[a][1]))))
            r = a.ctl("-k", "graceful")
            assert r.returncode == 0, r.stderr + a.log()

    def start(self):
        for a in (self.md, self.shm):
            r = a.start()
            assert r.returncode == 0, r.stderr + a.log()

    def docs(self, path="/md-status"):
        return (get_json(self.ports[self.shm][0], path),
                get_json(self.ports[self.md][0], path))

    def check(self, what, path="/md-status", names=None, running=()):
        """Compare the documents at @path (of the whole list, only the MDs
        @names); the problems go to self.problems.  Returns the documents
        (ours, mod_md's).  For the MDs @running (a run in progress),
        mod_md's renewal.last.detail is left out: it is the detail of
        whichever step mod_md last saved its job at, which lags its
        requests by a step or more (seen: "Creating new order" while its
        finalize was already held), so no moment of asking pins it."""
        ours, theirs = self.docs(path)
        o, t = ours, theirs
        if names:
            o = dict(ours, **{"managed-domains": [
                m for m in ours["managed-domains"] if m["name"] in names]})
            t = dict(theirs, **{"managed-domains": [
                m for m in theirs["managed-domains"] if m["name"] in names]})
        t = copy.deepcopy(t)
        for m in (t["managed-domains"] if "managed-domains" in t else [t]):
            if m.get("name") in running:
                ((m.get("renewal") or {}).get("last") or {}).pop("detail",
                                                                 None)
        problems = compare_at(o, t, path != "/md-status")
        if problems:
            self.problems.append(f"--- {what} ({path}):\n" +
                                 "\n".join(problems) +
                                 f"\nmod_mdshm: {json.dumps(o, indent=1)}"
                                 f"\nmod_md: {json.dumps(t, indent=1)}")
        return ours, theirs


def compare_at(ours, theirs, one):
    """compare() for a whole document, or @one MD's."""
    if not one:
        return compare(ours, theirs)
    return compare({"managed-domains": [ours]},
                   {"managed-domains": [theirs]})


def test_compare_reports_differences():
    """The comparison itself: a missing member, another type, an
    undocumented member, another value and a value in neither list are
    each reported; documented extras and differing values are not."""
    ref = {"version": "2.6.10", "managed-domains": [
        {"name": "x", "state": 2, "cert": {"rsa": {"serial": "AB"}},
         "renewal": {"log": {"entries": [{"type": "a"},
                                         {"type": "b", "more": "s"}]}}}]}
    same = json.loads(json.dumps(ref))
    same["version"] = "0.1"
    same["generation"] = 7
    md = same["managed-domains"][0]
    md["cert"]["rsa"]["installed"] = "Mon, ..."
    md["cert"]["rsa"]["serial"] = "CD"
    md["renewal"]["log"]["entries"] = [{"type": "c", "more": "t"}]
    assert compare(same, ref) == []
    bad = {"version": "x", "zz": 1, "managed-domains": [
        {"name": "x", "state": 1, "cert": {"rsa": {"serial": 1}},
         "renewal": {"log": {"entries": [{"type": "c"}]}}}]}
    problems = compare(bad, ref)
    assert any(p.startswith("zz: not mod_md's") for p in problems)
    assert any("state: 1, mod_md's 2" in p for p in problems)
    assert any("serial: number, mod_md's string" in p for p in problems)
    # the elements of an array: every member any element has
    assert any("entries[].more: mod_md's member is missing" in p
               for p in problems)
    del bad["managed-domains"][0]["cert"]
    assert any("cert: mod_md's member is missing" in p
               for p in compare(bad, ref))
    ref["managed-domains"][0]["new-member"] = 1
    same["managed-domains"][0]["new-member"] = 1
    assert any("new-member: a value in neither" in p
               for p in compare(same, ref))


def test_allow_lists_are_documented():
    """Every path the test lets differ is listed in docs/httpd.md."""
    src = os.environ.get("MDSHM_SRCDIR") or os.path.join(
        os.path.dirname(__file__), "..", "..")
    with open(os.path.join(src, "docs", "httpd.md")) as f:
        text = f.read()
    m = re.search(r"<!-- md-status vs mod_md: begin -->(.*?)"
                  r"<!-- md-status vs mod_md: end -->", text, re.S)
    assert m, "docs/httpd.md has no md-status list"
    listed = set(re.findall(r"^\| `([^`]+)` \|", m.group(1), re.M))
    missing = (set(EXTRAS) | set(GAPS) | set(DIFFER)) - listed
    assert not missing, f"not in docs/httpd.md: {sorted(missing)}"


def test_md_status_matches_mod_md_live(apache,  # noqa: F811
                                       pebble_factory, faultproxy_factory,
                                       tmp_path):
    if not os.path.exists(MOD_MD):
        pytest.skip("libapache2-mod-md not installed")
    # pebble's certificates name an OCSP responder that signs with pebble's
    # intermediate key and knows the serials the test adds
    responder = OcspResponder(tmp_path).start()
    fan = None
    try:
        pebble = pebble_factory(ocsp_url=responder.url)
        responder.ca = PebbleIssuer(pebble, tmp_path / "pebble-ca")
        # fail.cmp.example's CA refuses every order
        proxy = faultproxy_factory(pebble)
        proxy.problem("newOrder", 400, "rejectedIdentifier",
                      "no orders for fail.cmp.example", times=None)
        pair = Pair(apache, pebble, proxy)
        fan = Http01Fanout(pebble.http_port,
                           [pair.ports[a][0] for a in (pair.md, pair.shm)])
        fan.start()
        # slow.cmp.example's CA holds every finalize: an order in progress
        slow = faultproxy_factory(pebble, name="slow")
        slow.delay(re.compile("finalize"), 10 * DEADLINE)
        run(pair, responder.ca, slow)
    finally:
        if fan:
            fan.stop()
        responder.stop()


def serials(pems):
    """The leaf serials (upper-case hex, as OpenSSL's index) of the PEM
    files @pems."""
    out = set()
    for path in pems:
        with open(path, "rb") as f:
            leaf = x509.load_pem_x509_certificate(f.read())
        hexs = format(leaf.serial_number, "X")
        out.add(hexs if len(hexs) % 2 == 0 else "0" + hexs)
    return out


def shape(v):
    """@v's member names and JSON types, recursively."""
    if isinstance(v, dict):
        return {k: shape(sub) for k, sub in v.items()}
    if isinstance(v, list):
        return [shape(sub) for sub in v]
    return json_type(v)


def wait_issued(pair, a, what, ready):
    """Wait until ready(MD object) holds for a.cmp.example and
    b.cmp.example in server @a's md-status."""
    def check():
        d = get_json(pair.ports[a][0], "/md-status")
        return all(ready(md_of(d, n))
                   for n in ("a.cmp.example", "b.cmp.example"))

    harness.wait_until(check, DEADLINE, what, interval=0.5)


def run(pair, ocsp_ca, slow):
    pair.start()
    # mod_mdshm's leader writes the configured MDs into the store first
    for a in (pair.md, pair.shm):
        harness.wait_until(lambda: get_json(pair.ports[a][0],
                                            "/md-status/manual.cmp.example",
                                            missing_ok=True),
                           DEADLINE, "the MDs in md-status")

    # (a) before a certificate exists: never ordered (manual renewal)
    pair.check("an MD without a certificate",
               "/md-status/manual.cmp.example")

    # mod_md gets its certificates staged and needs a graceful restart to
    # use them; mod_mdshm serves them at once
    wait_issued(pair, pair.md, "mod_md's certificates staged",
                lambda m: (m.get("renewal") or {}).get("finished"))
    wait_issued(pair, pair.shm, "mod_mdshm's certificates",
                lambda m: m["state"] == 2)

    # (e) an order the CA refuses, retried: both servers have failed at
    # least once (before mod_md's restart, which forgets its failed job
    # until the MD's next run)
    def failed(a):
        def check():
            d = get_json(pair.ports[a][0], "/md-status/fail.cmp.example")
            return (d.get("renewal") or {}).get("errors", 0) >= 1
        return check

    for a, what in ((pair.md, "mod_md"), (pair.shm, "mod_mdshm")):
        harness.wait_until(failed(a), DEADLINE, f"a failed order ({what})",
                           interval=0.5)
    ours, _ = pair.check("a failed order", "/md-status/fail.cmp.example")
    assert "rejectedIdentifier" in ours["renewal"]["last"]["problem"]

    # the OCSP responder learns every serial: mod_md's staged ones (it
    # fetches staples for them after the restart), and mod_mdshm's
    d = get_json(pair.ports[pair.shm][0], "/md-status")
    known = {c["serial"] for m in d["managed-domains"]
             for k, c in m["cert"].items() if k != "valid"}
    known |= serials(glob.glob(os.path.join(pair.md.store_base, "staging",
                                            "*", "pubcert*.pem")))
    for serial in known:
        ocsp_ca.add(serial)
    store = os.path.join(pair.shm.store_base, "mdshm")
    for md in ("a.cmp.example", "b.cmp.example"):
        r = subprocess.run([os.environ["MDSHM"], "--store", store, "ocsp",
                            "refresh", md], capture_output=True, text=True,
                           timeout=20)
        assert r.returncode == 0, r.stdout + r.stderr

    r = pair.md.ctl("-k", "graceful")
    assert r.returncode == 0, r.stderr

    wait_issued(pair, pair.md, "mod_md's certificates in use",
                lambda m: m["state"] == 2 and m["cert"])

    def stapled(m):
        return all((c.get("ocsp") or {}).get("status") == "good"
                   for k, c in m["cert"].items() if k != "valid")

    for a in (pair.md, pair.shm):
        wait_issued(pair, a, "good OCSP responses", stapled)

    # (b) issued, (c) two key types, (d) MDStapling on
    pair.check("issued", names=("a.cmp.example", "b.cmp.example",
                                "manual.cmp.example"))
    b = pair.check("two key types", "/md-status/b.cmp.example")[0]
    assert set(b["cert"]) == {"rsa", "secp256r1", "valid"}
    assert b["privkey"] == [{"type": "EC", "curve": "secp256r1"},
                            {"type": "RSA", "bits": 2048}]
    pair.check("issued, by name", "/md-status/a.cmp.example")
    # the CLI's document is the handler's (one function writes both)
    r = subprocess.run([os.environ["MDSHM"], "--store", store, "status",
                        "--md-status"], capture_output=True, text=True,
                       timeout=20)
    assert r.returncode == 0, r.stderr
    assert shape(json.loads(r.stdout)) == \
        shape(get_json(pair.ports[pair.shm][0], "/md-status"))


    # (e) during an order: a new MD (a graceful restart of both), whose CA
    # holds the finalize request until the end of the test
    pair.add(f"""
        <MDomain slow.cmp.example>
          MDCertificateAuthority {slow.directory_url}
        </MDomain>
        <VirtualHost 127.0.0.1:{{https}}>
          ServerName slow.cmp.example
          SSLEngine on
        </VirtualHost>
        """)
    harness.wait_until(
        lambda: len({r.kid for r in slow.requests(re.compile("finalize"))})
        == 2, DEADLINE, "both servers finalizing an order")
    ours = pair.check("an order in progress", "/md-status/slow.cmp.example",
                      running=("slow.cmp.example",))[0]
    # mod_mdshm logs the step before it sends the finalize: its status
    # says where the run is, not where it was
    assert ours["renewal"]["last"]["status"] == 0, ours["renewal"]
    assert "finalizing" in ours["renewal"]["last"]["activity"], \
        ours["renewal"]
    # (not fail.cmp.example, compared before the restarts)
    pair.check("everything, one order in progress",
               names=("a.cmp.example", "b.cmp.example", "manual.cmp.example",
                      "slow.cmp.example"), running=("slow.cmp.example",))

    assert not pair.problems, "\n".join(pair.problems)


# ---------------------------------------------------------------------------
# a wildcard MD over dns-01

def test_httpd_wildcard_dns01(apache, pebble, challtestsrv,  # noqa: F811
                              tmp_path):
    """`MDomain *.wild.example wild.example` with MDCAChallenges dns-01 and
    MDChallengeDns01 (one program, as mod_md runs it: `setup|teardown
    DOMAIN [TOKEN]`) setting TXT records in challtestsrv, where pebble
    looks; then a.wild.example is served pebble's certificate by every
    child, with no reload."""
    port = harness.free_port()
    a = apache(mpm="prefork")
    # the children (nobody) run the command: everything in ServerRoot
    script = a.copy_in(str(_dns_script(tmp_path)))
    log = os.path.join(a.root, "dns01.log")
    open(log, "w").close()
    os.chmod(log, 0o666)
    cmd = os.path.join(a.root, "dns01.sh")
    with open(cmd, "w") as f:
        f.write(f"#!/bin/sh\nexec {sys.executable} {script} "
                f"{challtestsrv.mgmt_url} {log} \"$@\"\n")
    os.chmod(cmd, 0o755)
    a.write(f"""\
        Listen 127.0.0.1:{port} https
        {_acme(a, pebble)}
        <MDomain *.wild.example wild.example>
          MDCAChallenges dns-01
          MDChallengeDns01 {cmd}
        </MDomain>
        <VirtualHost 127.0.0.1:{port}>
          ServerName wild.example
          ServerAlias *.wild.example
          SSLEngine on
        </VirtualHost>
        <Location /md-status>
          SetHandler md-status
        </Location>
        """)
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    parent = a.pid()

    def every_child_issued():
        # held open at once: under prefork each connection is a child's
        held = [a.handshake(port, "a.wild.example")
                for _ in range(len(a.children()))]
        hs = [h.handshake for h in held]
        for h in held:
            h.close()
        if any(h.is_fallback for h in hs):
            return None
        return hs if len({h.serial for h in hs}) == 1 else None

    hs = harness.wait_until(every_child_issued, DEADLINE,
                            "pebble's wildcard certificate in every child",
                            interval=0.5)
    assert "Pebble" in hs[0].issuer
    held = a.handshake(port, "a.wild.example")
    status, _, _ = held.request("/", host="a.wild.example")
    assert status != 503
    # the apex is in the same certificate
    assert a.handshake(port, "wild.example").handshake.serial == hs[0].serial
    assert a.pid() == parent  # no restart
    assert "SIGHUP" not in a.log() and "SIGUSR1" not in a.log()

    # the command was run for both names on the one TXT name, and cleaned up
    with open(log) as f:
        calls = f.read().split("\n")
    setups = [c for c in calls if c.startswith("setup ")]
    teardowns = [c for c in calls if c.startswith("teardown ")]
    assert len(setups) == 2 and len(teardowns) == 2, calls
    # (the wildcard's authorization is for the base name, as the apex's)
    assert all(c.split()[1] == "wild.example" for c in setups), calls
    assert challtestsrv.query("_acme-challenge.wild.example", "TXT") == []

    # md-status, from a child, by the MD's name and by a name under it
    held = a.handshake(port, "a.wild.example")
    status, _, body = held.request("/md-status/a.wild.example",
                                   host="a.wild.example")
    assert status == 200, body
    doc = json.loads(body)
    assert doc["state"] == 2 and doc["ca"]["challenges"] == ["dns-01"]
    assert sorted(doc["domains"]) == ["*.wild.example", "wild.example"]
