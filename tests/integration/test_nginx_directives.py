"""test_nginx_directives.py -- the mdshm_* directives of
ngx_http_mdshm_module beyond the basics (docs/nginx.md, "Directives"):
`nginx -t` errors with nginx's file and line for the new ones, a
configuration using every directive accepted, dns-01 through
mdshm_challenge_dns01 against challtestsrv, one MD shared by several
server blocks (with must-staple and the windows shown by md-status), and
mdshm_require_https: the redirect after http-01, HSTS for "permanent".
A master and 4 workers as nobody, pebble, as in test_nginx.py."""

import json
import os
import re
import socket
import sys

import pytest
from cryptography import x509
from cryptography.x509.oid import ExtensionOID

import harness
from test_drive import _dns_script
from test_nginx import _acme, _line_of, _read_response, _wait_issued
from test_nginx import nginx  # noqa: F401 (the fixture)

pytestmark = pytest.mark.skipif(os.geteuid() != 0,
                                reason="runs nginx as root with user nobody")


def _plain(port, host, path="/", method="GET"):
    """One request over plain http: (status, headers, body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        body = "x" if method == "POST" else ""
        length = f"Content-Length: {len(body)}\r\n" if body else ""
        s.sendall(f"{method} {path} HTTP/1.1\r\nHost: {host}\r\n{length}"
                  f"Connection: close\r\n\r\n{body}".encode())
        return _read_response(s)


def _md_status(n, port, name):
    held = n.handshake(port, name)
    status, _, body = held.request(f"/md-status/{name}", host=name)
    assert status == 200, body
    return json.loads(body)


def _write_one_md(n, pebble, port, names, settings, acme=None):
    """nginx with pebble's http-01 port answered (a `return 404` block)
    and one MD block of @names on @port (reuseport, /pid, /md-status)
    with @settings (mdshm_* lines)."""
    n.write(f"""\
        {acme or _acme(n, pebble)}
        server {{
            listen 127.0.0.1:{pebble.http_port};
            return 404;
        }}
        server {{
            listen 127.0.0.1:{port} ssl reuseport;
            server_name {names};
            mdshm on;
            {settings}
            location = /pid {{ return 200 "$pid\\n"; }}
            location /md-status {{ mdshm_status; }}
        }}
        """)


# ---------------------------------------------------------------------------
# nginx -t

BAD = [
    # (directive line, where, what the message must name)
    ("mdshm_warn_window 150%;", "server", "MDWarnWindow"),
    ("mdshm_renew_mode sometimes;", "http", "MDRenewMode"),
    ("mdshm_require_https maybe;", "server", "MDRequireHttps"),
    ("mdshm_must_staple perhaps;", "server", "MDMustStaple"),
    ("mdshm_challenge_dns01_version 3;", "http", "MDChallengeDns01Version"),
    ("mdshm_external_account_binding kid1 not*base64;", "server",
     "MDExternalAccountBinding"),
    ("mdshm_stapling_renew_window 100%;", "http", "MDStaplingRenewWindow"),
    ("mdshm_activation_delay soon;", "http", "MDActivationDelay"),
    ("mdshm_http_proxy not-a-url;", "server", "MDHttpProxy"),
    # nginx's own check of the context: a global directive in a server
    ("mdshm_retry_failover 3;", "server", "is not allowed here"),
    # and a static file outside an MD
    ("mdshm_certificate_file /x.pem;", "http", "is not allowed here"),
]


@pytest.mark.parametrize("line,where,needle", BAD,
                         ids=[b[0].split()[0] for b in BAD])
def test_nginx_t_directive_errors(nginx, line, where, needle):
    n = nginx()
    port = harness.free_port()
    http_line = line if where == "http" else ""
    srv_line = line if where == "server" else ""
    conf = n.write(f"""\
        mdshm_certificate_agreement accepted;
        {http_line}
        server {{
            listen 127.0.0.1:{port} ssl;
            server_name one.example;
            mdshm on;
            {srv_line}
        }}
        """)
    r = n.configtest()
    assert r.returncode != 0
    assert f"{conf}:{_line_of(conf, line)}" in r.stderr, r.stderr
    assert needle in r.stderr, r.stderr


def test_nginx_t_shared_md_settings_must_agree(nginx):
    """Two server blocks of one MD (they share a name) with different
    values of one setting: refused, naming both places."""
    n = nginx()
    port = harness.free_port()

    def write(second):
        return n.write(f"""\
            mdshm_certificate_agreement accepted;
            server {{
                listen 127.0.0.1:{port} ssl;
                server_name a.example;
                mdshm on;
                mdshm_renew_window 20d;
            }}
            server {{
                listen 127.0.0.1:{port} ssl;
                server_name b.example a.example;
                mdshm on;
                mdshm_renew_window {second};
            }}
            """)

    conf = write("10d")
    r = n.configtest()
    assert r.returncode != 0
    assert f"{conf}:{_line_of(conf, 'mdshm_renew_window 10d')}" in r.stderr
    assert f"{conf}:{_line_of(conf, 'mdshm_renew_window 20d')}" in r.stderr
    # the same value in both is one setting: accepted
    write("20d")
    r = n.configtest()
    assert r.returncode == 0, r.stderr


def test_nginx_t_every_directive(nginx, pki, tmp_path):
    """A configuration with every mdshm_* directive passes `nginx -t`
    (the translation is what mdshm's parser accepts)."""
    n = nginx()
    port, port80 = harness.free_port(), harness.free_port()
    cert, key = (n.copy_in(f) for f in
                 pki.issue("static.example", dns=["static.example"]))
    eab = os.path.join(n.prefix, "eab.json")
    with open(eab, "w") as f:
        json.dump({"kid": "kid-1", "hmac": "c2VjcmV0LWtleS0xMjM0NTY3ODkw"}, f)
    n.write(f"""\
        mdshm_certificate_authority https://127.0.0.1:1/dir;
        mdshm_ca_certificate_file none;
        mdshm_certificate_agreement accepted;
        mdshm_contact_email admin@example.org;
        mdshm_certificate_protocol ACME;
        mdshm_private_keys secp256r1 rsa2048;
        mdshm_renew_mode auto;
        mdshm_renew_window 33%;
        mdshm_warn_window 10%;
        mdshm_renew_via_ari on;
        mdshm_retry_delay 30s;
        mdshm_retry_failover 13;
        mdshm_check_interval 12h;
        mdshm_initial_delay 0;
        mdshm_activation_delay 0;
        mdshm_ca_challenges http-01 tls-alpn-01;
        mdshm_challenge_dns01 /bin/true;
        mdshm_challenge_dns01_version 2;
        mdshm_port_map http:80 https:443;
        mdshm_http_proxy http://127.0.0.1:3128;
        mdshm_http_proxy_ca_certificate_file none;
        mdshm_notify_cmd /bin/true notify;
        mdshm_message_cmd /bin/true message;
        mdshm_export_cmd /bin/true;
        mdshm_stapling on;
        mdshm_stapling_keep_response 7d;
        mdshm_stapling_renew_window 33%;
        mdshm_crl_check on;
        mdshm_crl_max_size 1M;
        mdshm_crl_interval 12h;
        mdshm_require_https off;
        server {{
            listen 127.0.0.1:{port80};
            server_name all.example;
        }}
        server {{
            listen 127.0.0.1:{port} ssl;
            server_name all.example;
            mdshm on;
            mdshm_external_account_binding {eab};
            mdshm_profile tlsserver;
            mdshm_profile_mandatory off;
            mdshm_preferred_chain "Pebble Root";
            mdshm_must_staple on;
            mdshm_export_dir {n.prefix}/export;
            mdshm_crl_url http://127.0.0.1:1/crl;
            mdshm_require_https permanent;
        }}
        server {{
            listen 127.0.0.1:{port} ssl;
            server_name static.example;
            mdshm on;
            mdshm_certificate_file {cert};
            mdshm_certificate_key_file {key};
        }}
        """)
    r = n.configtest()
    assert r.returncode == 0, r.stderr


# ---------------------------------------------------------------------------
# dns-01

def test_nginx_dns01_wildcard(nginx, pebble, challtestsrv, tmp_path):
    """A wildcard MD over dns-01: mdshm_challenge_dns01 (run by the leading
    worker, as nobody) sets the TXT records in challtestsrv, where pebble
    looks; mdshm_challenge_dns01_version 2 gives teardown the token too;
    then every worker serves pebble's certificate for a name under the
    wildcard and for the apex, with no reload."""
    port = harness.free_port()
    n = nginx()
    script = n.copy_in(str(_dns_script(tmp_path)))
    log = os.path.join(n.prefix, "dns01.log")
    open(log, "w").close()
    os.chmod(log, 0o666)
    cmd = os.path.join(n.prefix, "dns01.sh")
    with open(cmd, "w") as f:
        f.write(f"#!/bin/sh\nexec {sys.executable} {script} "
                f"{challtestsrv.mgmt_url} {log} \"$@\"\n")
    os.chmod(cmd, 0o755)
    _write_one_md(n, pebble, port, "wild.example *.wild.example",
                  "mdshm_ca_challenges dns-01;\n"
                  f"mdshm_challenge_dns01 {cmd};",
                  acme=_acme(n, pebble)
                  + "mdshm_challenge_dns01_version 2;\n")
    r = n.start()
    assert r.returncode == 0, r.stderr + n.log()
    master = n.pid()

    hs = _wait_issued(n, port, "a.wild.example")
    assert "Pebble" in hs.issuer, n.log()
    serials = n.serial_by_worker(port, "a.wild.example")
    assert set(serials.values()) == {hs.serial}, serials
    assert n.handshake(port, "wild.example").handshake.serial == hs.serial
    assert n.pid() == master and "reconfiguring" not in n.log()

    with open(log) as f:
        calls = [c.split() for c in f.read().split("\n") if c]
    setups = [c for c in calls if c[0] == "setup"]
    teardowns = [c for c in calls if c[0] == "teardown"]
    # apex and wildcard: two values on the one TXT name, both torn down,
    # teardown with the token (version 2)
    assert len(setups) == 2 and len(teardowns) == 2, calls
    assert all(c[1] == "wild.example" and len(c) == 3 for c in setups), calls
    assert sorted(c[2] for c in teardowns) == sorted(c[2] for c in setups)
    assert challtestsrv.query("_acme-challenge.wild.example", "TXT") == []
    # each run's exit status reached the drive (nginx's SIGCHLD handler
    # reaped them before the fix)
    assert "cannot run" not in n.log(), n.log()

    doc = _md_status(n, port, "wild.example")
    assert doc["ca"]["challenges"] == ["dns-01"]
    assert sorted(doc["domains"]) == ["*.wild.example", "wild.example"]


# ---------------------------------------------------------------------------
# one MD, several server blocks

def test_nginx_md_shared_across_server_blocks(nginx, pebble, faultproxy):
    """Three ssl server blocks: two with `mdshm on` whose server_names
    overlap, and one whose `mdshm_domain` names one of those names: one MD
    with the names of all (one newOrder), served on every block's port by
    every worker.  Its settings, given in one block, reach the drive:
    must-staple in the CSR, the renew and warn windows in md-status."""
    p1, p2, p3 = (harness.free_port() for _ in range(3))
    n = nginx()
    # pebble behind the fault proxy, which records the CSR
    acme = _acme(n, pebble).replace(pebble.directory_url,
                                    faultproxy.directory_url)
    n.write(f"""\
        {acme}
        mdshm_ca_challenges http-01;
        server {{
            listen 127.0.0.1:{pebble.http_port};
            return 404;
        }}
        server {{
            listen 127.0.0.1:{p1} ssl reuseport;
            server_name shared.example;
            mdshm on;
            mdshm_must_staple on;
            mdshm_renew_window 20d;
            mdshm_warn_window 5d;
            location = /pid {{ return 200 "$pid\\n"; }}
            location /md-status {{ mdshm_status; }}
        }}
        server {{
            listen 127.0.0.1:{p2} ssl;
            server_name shared.example www.shared.example;
            mdshm on;
            mdshm_renew_window 20d;
        }}
        server {{
            listen 127.0.0.1:{p3} ssl;
            server_name admin.local;
            mdshm_domain www.shared.example api.shared.example;
        }}
        """)
    r = n.start()
    assert r.returncode == 0, r.stderr + n.log()

    hs = _wait_issued(n, p1, "shared.example")
    assert "Pebble" in hs.issuer, n.log()
    serials = n.serial_by_worker(p1, "shared.example")
    assert set(serials.values()) == {hs.serial}, serials
    for port, name in ((p2, "www.shared.example"), (p3, "api.shared.example"),
                       (p2, "shared.example")):
        assert n.handshake(port, name).handshake.serial == hs.serial, name
    assert len(faultproxy.requests("newOrder", "POST")) == 1

    # must-staple asked for in the CSR (pebble 2.4 may leave it out of the
    # certificate: test_acme_client.py)
    fins = [q for q in faultproxy.requests(re.compile(r"^/finalize-order/"),
                                           "POST")
            if isinstance(q.payload, dict) and "csr" in q.payload]
    assert fins
    csr = x509.load_der_x509_csr(harness.b64url_decode(fins[0].payload["csr"]))
    feature = csr.extensions.get_extension_for_oid(
        ExtensionOID.TLS_FEATURE).value
    assert list(feature) == [x509.TLSFeatureType.status_request]

    doc = _md_status(n, p1, "shared.example")
    assert doc["name"] == "shared.example"
    assert sorted(doc["domains"]) == ["api.shared.example", "shared.example",
                                      "www.shared.example"]
    assert doc["must-staple"] is True
    assert doc["renew-window"] == "20d" and doc["warn-window"] == "5d", doc


# ---------------------------------------------------------------------------
# mdshm_require_https

def test_nginx_require_https(nginx, pebble):
    """mdshm_require_https as mod_md's MDRequireHttps: plain http requests
    for a name of a "permanent" MD get 301 (308 for other methods than
    GET), of a "temporary" one 302 (307), to https on port 443 with the
    path and query kept, in every server block that has a name of an MD
    (the port-80 block's `return` does not shadow it); /.well-known/ is
    left alone, so http-01 is answered and the MD issued through that
    very block; https responses of the permanent MD carry HSTS."""
    port = harness.free_port()
    n = nginx()
    n.write(f"""\
        {_acme(n, pebble)}
        mdshm_ca_challenges http-01;
        server {{
            listen 127.0.0.1:{pebble.http_port};
            server_name sec.example tmp.example other.example;
            return 200 "plain\\n";
        }}
        server {{
            listen 127.0.0.1:{pebble.http_port};
            server_name unrelated.example;
            return 200 "unrelated\\n";
        }}
        server {{
            listen 127.0.0.1:{port} ssl;
            server_name sec.example;
            mdshm on;
            mdshm_require_https permanent;
            location / {{ return 200 "secure\\n"; }}
            location = /missing {{ return 404; }}
        }}
        server {{
            listen 127.0.0.1:{port} ssl;
            server_name tmp.example;
            mdshm on;
            mdshm_require_https temporary;
            location / {{ return 200 "temporary\\n"; }}
        }}
        """)
    r = n.start()
    assert r.returncode == 0, r.stderr + n.log()
    hp = pebble.http_port

    status, h, _ = _plain(hp, "sec.example", "/a/b?x=1&y=2")
    assert status == 301 and h["location"] == "https://sec.example/a/b?x=1&y=2"
    status, h, _ = _plain(hp, "sec.example", "/form", method="POST")
    assert status == 308 and h["location"] == "https://sec.example/form"
    status, h, _ = _plain(hp, "tmp.example", "/t")
    assert status == 302 and h["location"] == "https://tmp.example/t"
    status, h, _ = _plain(hp, "tmp.example", "/t", method="POST")
    assert status == 307 and h["location"] == "https://tmp.example/t"
    # not a name of an MD, or a block without one: served as configured
    status, _, body = _plain(hp, "other.example", "/")
    assert status == 200 and body == b"plain\n"
    status, _, body = _plain(hp, "unrelated.example", "/")
    assert status == 200 and body == b"unrelated\n"
    # /.well-known/ is not redirected (mod_md)
    status, h, _ = _plain(hp, "sec.example", "/.well-known/other")
    assert status == 200 and "location" not in h

    # http-01 through the redirecting block: both MDs are issued
    hs = _wait_issued(n, port, "sec.example")
    assert "Pebble" in hs.issuer
    _wait_issued(n, port, "tmp.example")

    held = n.handshake(port, "sec.example")
    status, h, body = held.request("/page", host="sec.example")
    assert status == 200 and body == b"secure\n"
    assert h["strict-transport-security"] == "max-age=15768000"
    # not on an error (mod_md's header is dropped there too)
    held = n.handshake(port, "sec.example")
    status, h, _ = held.request("/missing", host="sec.example")
    assert status == 404 and "strict-transport-security" not in h
    # temporary: no HSTS
    held = n.handshake(port, "tmp.example")
    status, h, body = held.request("/", host="tmp.example")
    assert status == 200 and body == b"temporary\n"
    assert "strict-transport-security" not in h


# ---------------------------------------------------------------------------
# docs/nginx.md's example configurations pass `nginx -t`

def _doc_examples():
    """The ```nginx blocks of docs/nginx.md's "Example configurations",
    as the configurations they make up (conf.d and site files together)."""
    src = os.environ.get("MDSHM_SRCDIR", ".")
    with open(os.path.join(src, "docs/nginx.md")) as f:
        text = f.read()
    part = text.split("## Example configurations", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```nginx\n(.*?)```", part, re.S)
    assert len(blocks) == 3, blocks
    return [blocks[0] + blocks[1], blocks[2]]


@pytest.mark.parametrize("i", [0, 1])
def test_nginx_t_doc_examples(nginx, i):
    n = nginx()
    text = _doc_examples()[i]
    port = harness.free_port()
    # the examples' ports and files, made local to this nginx
    text = re.sub(r"^\s*listen \[::\].*$", "", text, flags=re.M)
    text = re.sub(r"listen (80|443)\b", lambda m: "listen 127.0.0.1:%d"
                  % (port + (m.group(1) == "443")), text)
    lines = text.strip().split("\n")
    if lines[0].startswith("http {"):  # n.write puts it in http {}
        assert lines[-1] == "}"
        text = "\n".join(lines[1:-1])
    eab = os.path.join(n.prefix, "eab.json")
    with open(eab, "w") as f:
        json.dump({"kid": "kid-1", "hmac": "c2VjcmV0LWtleS0xMjM0NTY3ODkw"}, f)
    text = text.replace("/etc/nginx/eab.json", eab)
    n.write(text)
    r = n.configtest()
    assert r.returncode == 0, r.stderr + "\n" + text


# ---------------------------------------------------------------------------
# external account binding

def test_nginx_eab(nginx, pebble_factory):
    """A CA that requires external account binding (pebble with
    externalAccountBindingRequired): mdshm_external_account_binding with a
    JSON file named relative to nginx's configuration directory (here its
    prefix) reaches the drive, whose
    account is bound and whose certificate every worker serves."""
    pebble = pebble_factory(eab=True)
    port = harness.free_port()
    n = nginx()
    eab = os.path.join(n.prefix, "eab.json")
    with open(eab, "w") as f:
        json.dump({"kid": pebble.eab_kid, "hmac": pebble.eab_hmac}, f)
    os.chmod(eab, 0o600)
    _write_one_md(n, pebble, port, "eab.example",
                  "mdshm_ca_challenges http-01;\n"
                  "mdshm_external_account_binding eab.json;")
    r = n.start()
    assert r.returncode == 0, r.stderr + n.log()
    hs = _wait_issued(n, port, "eab.example")
    assert "Pebble" in hs.issuer, n.log()
    serials = n.serial_by_worker(port, "eab.example")
    assert set(serials.values()) == {hs.serial}, serials


# ---------------------------------------------------------------------------
# static certificate files

def test_nginx_static_certificate_files(nginx, pki):
    """mdshm_certificate_file / mdshm_certificate_key_file (relative to
    nginx's configuration directory; the key 0600 root, as one keeps it):
    a static MD, no ACME, served by every worker and shown in md-status."""
    port = harness.free_port()
    n = nginx()
    cert, key = (n.copy_in(f) for f in
                 pki.issue("static.example", dns=["static.example"]))
    os.chmod(key, 0o600)
    n.write(f"""\
        mdshm_certificate_agreement accepted;
        server {{
            listen 127.0.0.1:{port} ssl reuseport;
            server_name static.example;
            mdshm on;
            mdshm_certificate_file {os.path.basename(cert)};
            mdshm_certificate_key_file {os.path.basename(key)};
            location = /pid {{ return 200 "$pid\\n"; }}
            location /md-status {{ mdshm_status; }}
        }}
        """)
    r = n.start()
    assert r.returncode == 0, r.stderr + n.log()
    with open(cert, "rb") as f:
        want = x509.load_pem_x509_certificate(f.read()).serial_number
    hs = _wait_issued(n, port, "static.example")
    assert hs.serial == want, n.log()
    serials = n.serial_by_worker(port, "static.example")
    assert set(serials.values()) == {want}, serials
    doc = _md_status(n, port, "static.example")
    assert doc["domains"] == ["static.example"]
