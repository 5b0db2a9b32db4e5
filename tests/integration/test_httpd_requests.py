"""test_httpd_requests.py -- the request side of mod_mdshm compared with
Debian's mod_md on the same configuration and the same pebble:
MDRequireHttps (redirects and HSTS), MDCertificateStatus
(/.httpd/certificate-status), MDServerStatus (mod_status's section, HTML
and ?auto) and MDCertificateCheck (its link), each on and off."""

import hashlib
import http.client
import json
import os
import re
import subprocess

import pytest

import harness
from test_drive import DEADLINE
from test_httpd import apache  # noqa: F401 -- the fixture

MOD_MD = "/usr/lib/apache2/modules/mod_md.so"
HSTS = "strict-transport-security"

pytestmark = pytest.mark.skipif(os.geteuid() != 0,
                                reason="runs apache2 as root with User nobody")


def _use_mod_md(a):
    """Rewrite @a's configuration to load Debian's mod_md instead of ours."""
    if not os.path.exists(MOD_MD):
        pytest.skip("libapache2-mod-md not installed")
    with open(a.conf) as f:
        lines = f.read().splitlines()
    out = []
    for line in lines:
        if line.strip().startswith("LoadModule mdshm_module"):
            line = f"LoadModule md_module {MOD_MD}"
        out.append(line.replace(" mdshm:trace1", ""))
    with open(a.conf, "w") as f:
        f.write("\n".join(out) + "\n")


STATUS_MODULE = ("LoadModule status_module "
                 "/usr/lib/apache2/modules/mod_status.so\n")


def _write(a, kind, pebble, https_port, http_port, globals_, sections):
    """The configuration both modules run: http: and https: virtual hosts
    for every MD, a default http: host "localhost", server-status."""
    ca_file = a.copy_in(pebble.ca_file)
    with open(os.path.join(a.root, "x"), "w") as f:
        f.write("hello")
    names = [s[0] for s in sections]
    vhosts = "".join(f"""
<VirtualHost 127.0.0.1:{http_port}>
  ServerName {n}
</VirtualHost>
<VirtualHost 127.0.0.1:{https_port}>
  ServerName {n}
  SSLEngine on
</VirtualHost>
""" for n in names)
    mds = "".join(f"<MDomain {n}>\n{body}\n</MDomain>\n"
                  for n, body in sections)
    a.write(f"""\
Listen 127.0.0.1:{http_port}
Listen 127.0.0.1:{https_port} https
MDCertificateAuthority {pebble.directory_url}
MDCACertificateFile {ca_file}
MDCertificateAgreement accepted
MDContactEmail admin@example.org
MDRetryDelay 1s
MDCAChallenges http-01
MDPortMap http:{http_port} https:{https_port}
{globals_}
{mds}
<VirtualHost 127.0.0.1:{http_port}>
  ServerName localhost
</VirtualHost>
{vhosts}
<Location /server-status>
  SetHandler server-status
</Location>
""", extra_modules=STATUS_MODULE)
    if kind == "mod_md":
        _use_mod_md(a)


def _http(port, host, path, method="GET"):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        c.request(method, path, body="a" if method == "POST" else None,
                  headers={"Host": host})
        r = c.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        c.close()


def _https(a, port, name, path):
    """GET over TLS with SNI @name: status, headers, body, the leaf's DER."""
    held = a.handshake(port, name)
    der = held.sock.getpeercert(binary_form=True)
    status, headers, body = held.request(path, host=name)
    return status, headers, body, der


def _issued(a, port, name):
    def pebbles():
        held = a.handshake(port, name)
        held.close()
        return "Pebble" in held.handshake.issuer
    return pebbles


def _staged_status(a, https_port, name):
    """certificate-status once it shows a staged certificate."""
    def staged():
        _, _, body, _ = _https(a, https_port, name,
                               "/.httpd/certificate-status")
        doc = json.loads(body)
        return "rsa" in doc.get("renewal", {}).get("cert", {}) and doc
    return harness.wait_until(staged, DEADLINE, f"{name}'s staged "
                              "certificate in certificate-status",
                              interval=0.5)


def _wait_issued(a, kind, https_port, http_port, names):
    """Until every MD of @names serves pebble's certificate; mod_md needs a
    graceful restart once its certificates are staged (returned: the first
    MD's certificate-status then)."""
    staged_doc = None
    if kind == "mod_md":
        def staged():
            _, _, body = _http(http_port, "localhost", "/server-status?auto")
            text = body.decode()
            return text.count("NewStaged: 1") + text.count("Status: good") \
                >= len(names)
        harness.wait_until(staged, DEADLINE, "mod_md's staged certificates",
                           interval=0.5)
        staged_doc = _staged_status(a, https_port, names[0])
        r = a.ctl("-k", "graceful")
        assert r.returncode == 0, r.stderr
    for n in names:
        harness.wait_until(_issued(a, https_port, n), DEADLINE,
                           f"pebble's certificate for {n}", interval=0.5)
    return staged_doc


def _auto(text):
    """The mod_md lines of a server-status?auto page, as {label: value}."""
    out = {}
    for line in text.splitlines():
        k, sep, v = line.partition(": ")
        if sep and k.startswith(("ManagedCertificates", "ManagedDomain",
                                 "ManagedStaplings")):
            out[k] = v
    return out


def _row(html, name):
    """The HTML row of MD @name, with what differs between two runs (the
    fingerprints, dates, times and ports) replaced by placeholders."""
    m = re.search(r'<tr class="\w+"><td>' + re.escape(name) +
                  r"</td>.*?</tr>", html, re.S)
    row = m.group(0) if m else ""
    for pattern, repl in [(r"[0-9a-f]{64}", "FP"),
                          (r"\w{3}, \d\d \w{3} \d{4} [\d:]{8} GMT", "DATE"),
                          (r"\d{4}-\d\d-\d\d", "DAY"),
                          (r"127\.0\.0\.1:\d+", "127.0.0.1:PORT")]:
        row = re.sub(pattern, repl, row)
    return row


def _shape(doc):
    """Field names and JSON types, recursively (values differ)."""
    if isinstance(doc, dict):
        return {k: _shape(v) for k, v in doc.items()}
    return type(doc).__name__


def _observe(a, kind, pebble, mdshm=None):
    """Start @a with MDs perm.example (MDRequireHttps permanent) and
    off.example (off), issued by pebble, and temp.example (temporary) at a
    CA nobody answers; what the requests get.  With MDActivationDelay, a
    renewal of ours (by @mdshm) stays staged, as mod_md's first
    certificates stay until a reload."""
    https_port, http_port = harness.free_port(), pebble.http_port
    dead = harness.free_port()
    _write(a, kind, pebble, https_port, http_port,
           "MDServerStatus on\nMDActivationDelay 1d\n"
           "MDCertificateCheck mycheck https://check.example/?q=",
           [("perm.example", "MDRequireHttps permanent"),
            ("off.example", "MDRequireHttps off"),
            ("temp.example", "MDRequireHttps temporary\n"
                             f"MDCertificateAuthority "
                             f"https://127.0.0.1:{dead}/dir")])
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    seen = {}
    # before any certificate: mod_md redirects already
    status, headers, _ = _http(http_port, "perm.example", "/x?q=1")
    seen["early perm"] = (status, headers.get("location"))
    seen["staged"] = _wait_issued(a, kind, https_port, http_port,
                                  ["perm.example", "off.example"])

    def get(label, host, path, method="GET"):
        status, headers, _ = _http(http_port, host, path, method)
        seen[label] = (status, headers.get("location"))

    get("http perm GET", "perm.example", "/x?q=1")
    get("http perm POST", "perm.example", "/x", "POST")
    get("http temp GET", "temp.example", "/x?q=1")
    get("http temp POST", "temp.example", "/x", "POST")
    get("http off GET", "off.example", "/x?q=1")
    get("http localhost", "localhost", "/x")
    get("http perm acme", "perm.example", "/.well-known/acme-challenge/no")
    get("http perm MiXeD case", "PERM.example", "/x")
    get("http perm cert-status", "perm.example", "/.httpd/certificate-status")
    for name, path in [("perm.example", "/x"), ("perm.example", "/nosuch"),
                       ("off.example", "/x")]:
        status, headers, _, _ = _https(a, https_port, name, path)
        seen[f"https {name} {path}"] = (status, headers.get(HSTS))

    # /.httpd/certificate-status: the served certificate's serial and hash
    status, headers, body, der = _https(a, https_port, "perm.example",
                                        "/.httpd/certificate-status")
    assert status == 200 and headers["content-type"] == "application/json"
    doc = json.loads(body)
    assert int(doc["rsa"]["serial"], 16) == \
        a.handshake(https_port, "perm.example").handshake.serial
    assert doc["rsa"]["sha256-fingerprint"] == hashlib.sha256(der).hexdigest()
    seen["cert-status shape"] = _shape(doc)

    def pending_status():
        # the pending MD: no certificate, its renewal going on (a failing
        # CA), answered although its handshake served the fallback
        status, _, body, _ = _https(a, https_port, "temp.example",
                                    "/.httpd/certificate-status")
        d = json.loads(body)
        return status == 200 and "renewal" in d and d
    seen["cert-status pending"] = harness.wait_until(
        pending_status, DEADLINE, "the pending MD's renewal in "
        "certificate-status", interval=0.5)
    seen["cert-status unmanaged"] = _https(
        a, https_port, "perm.example", "/.httpd/nosuch")[0]

    # mod_status's section
    _, _, body = _http(http_port, "localhost", "/server-status?auto")
    auto = _auto(body.decode())
    _, _, html = _http(http_port, "localhost", "/server-status")
    seen["auto"] = auto
    seen["html"] = html.decode()
    seen["fingerprint"] = doc["rsa"]["sha256-fingerprint"]
    if kind == "mdshm":
        r = subprocess.run([mdshm, "--store", os.path.join(a.store_base,
                                                           "mdshm"),
                            "renew", "perm.example"],
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr
        seen["staged"] = _staged_status(a, https_port, "perm.example")
        # still the active certificate, its renewal waiting (staged)
        assert seen["staged"]["rsa"] == doc["rsa"]
    a.stop()
    return seen


def test_httpd_requests_as_mod_md(apache, pebble_factory,  # noqa: F811
                                  mdshm):
    ours = _observe(apache(), "mdshm", pebble_factory(), mdshm)
    theirs = _observe(apache(), "mod_md", pebble_factory())
    if os.environ.get("DUMP"):
        json.dump([ours, theirs], open(os.environ["DUMP"], "w"), indent=1)

    # MDRequireHttps: the same status codes and Locations
    for label in ["early perm", "http perm GET", "http perm POST",
                  "http temp GET", "http temp POST", "http off GET",
                  "http localhost", "http perm acme", "http perm MiXeD case",
                  "http perm cert-status",
                  "https perm.example /x", "https perm.example /nosuch",
                  "https off.example /x", "cert-status unmanaged"]:
        assert ours[label] == theirs[label], label
    assert ours["early perm"][0] == 301
    assert ours["http perm GET"] == (301, "https://perm.example/x?q=1")
    assert ours["http perm POST"] == (308, "https://perm.example/x")
    assert ours["http temp GET"] == (302, "https://temp.example/x?q=1")
    assert ours["http temp POST"] == (307, "https://temp.example/x")
    assert ours["http off GET"][0] == 200
    assert ours["https perm.example /x"] == (200, "max-age=15768000")
    assert ours["https off.example /x"] == (200, None)

    # MDCertificateStatus: the same members and types
    assert ours["cert-status shape"] == theirs["cert-status shape"]
    assert set(ours["cert-status shape"]) == {"valid", "rsa"}
    assert ours["cert-status pending"] == theirs["cert-status pending"] == \
        {"rsa": {}, "renewal": {"cert": {}}}
    # a staged renewal: the same members (mod_md's first certificate, ours
    # a renewal held by MDActivationDelay)
    assert _shape(ours["staged"]["renewal"]) == \
        _shape(theirs["staged"]["renewal"])
    assert set(ours["staged"]["renewal"]["cert"]["rsa"]) == \
        {"issuer-name", "valid", "serial", "sha256-fingerprint",
         "ari-cert-id"}

    # MDServerStatus: the same ?auto labels for the issued MDs, the counts
    # of the same meaning; MDCertificateCheck's link
    def issued_labels(auto):
        return sorted(k for k in auto if k.startswith("ManagedDomain[")
                      and auto[k.split("]")[0] + "]Domain"] != "temp.example")

    def fixed(auto):
        return {k: v for k, v in auto.items()
                if not k.endswith(("ActivityRenew", "CAURL", "ValidUntil",
                                   "URL", "Fingerprint"))
                and k in issued_labels(auto)}

    assert issued_labels(ours["auto"]) == issued_labels(theirs["auto"])
    assert fixed(ours["auto"]) == fixed(theirs["auto"])
    for k in ["ManagedCertificatesTotal", "ManagedCertificatesOK",
              "ManagedStaplingsTotal"]:
        assert ours["auto"][k] == theirs["auto"][k], k
    assert ours["auto"]["ManagedCertificatesTotal"] == "3"
    assert ours["auto"]["ManagedCertificatesOK"] == "2"
    for seen in (ours, theirs):
        i = next(k for k, v in seen["auto"].items()
                 if v == "perm.example").split("]")[0] + "]"
        assert seen["auto"][i + "Status"] == "good"
        assert seen["auto"][i + "CheckAtName"] == "mycheck"
        assert seen["auto"][i + "CheckAtURL"] == \
            "https://check.example/?q=" + seen["fingerprint"]
        html = seen["html"]
        assert "<h3>Managed Certificates</h3>" in html
        assert (f'<a href="https://check.example/?q={seen["fingerprint"]}">'
                "mycheck[rsa]</a>") in html
    head = ('<th class="Domain">Domain</th><th class="Names">Names</th>'
            '<th class="Status">Status</th><th class="Valid">Valid</th>'
            '<th class="CA">CA</th><th class="Stapling">Stapling</th>'
            '<th class="CheckAt">CheckAt</th>'
            '<th class="Activity">Activity</th>')
    assert head in ours["html"] and head in theirs["html"]
    for name in ["perm.example", "off.example"]:
        assert _row(ours["html"], name) == _row(theirs["html"], name) != ""


def _observe_off(a, kind, pebble):
    """MDCertificateStatus off, MDServerStatus not given (mod_md's default:
    no section), MDRequireHttps not given (off)."""
    https_port, http_port = harness.free_port(), harness.free_port()
    dead = harness.free_port()
    _write(a, kind, pebble, https_port, http_port,
           "MDCertificateStatus off",
           [("quiet.example",
             f"MDCertificateAuthority https://127.0.0.1:{dead}/dir")])
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    seen = {}
    status, _, _, _ = _https(a, https_port, "quiet.example",
                             "/.httpd/certificate-status")
    seen["cert-status"] = status
    seen["redirect"] = _http(http_port, "quiet.example", "/x")[0]
    _, _, body = _http(http_port, "localhost", "/server-status?auto")
    seen["auto"] = _auto(body.decode())
    _, _, body = _http(http_port, "localhost", "/server-status")
    seen["html section"] = b"Managed Certificates" in body
    a.stop()
    return seen


def test_httpd_requests_features_off_as_mod_md(apache, pebble):  # noqa: F811
    ours = _observe_off(apache(), "mdshm", pebble)
    theirs = _observe_off(apache(), "mod_md", pebble)
    assert ours == theirs
    # served the fallback: 503 rather than the status document
    assert ours["cert-status"] == 503
    assert ours["redirect"] == 200
    assert ours["auto"] == {} and not ours["html section"]
