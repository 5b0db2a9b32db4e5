"""test_nginx.py -- ngx_http_mdshm_module inside Debian's nginx
(adapters/nginx, docs/nginx.md): the exported symbols, `nginx -t` errors
with nginx's file and line, and an MD issued from pebble over http-01 with
a master and 4 workers running as nobody: the fallback with 503 first,
then pebble's certificate in every worker, and a renewal served by every
worker, with no reload; tls-alpn-01 alongside nginx's ALPN, its
validation connections closed right after the handshake; and, with
pebble behind the fault proxy holding the first order at its finalize,
SIGKILL of the leading worker and `nginx -s reload` mid-order: another
worker completes the same order (one newOrder), also while the old leader
still serves a connection; a binary upgrade (USR2, QUIT) keeps the
certificate."""

import json
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess

import pytest

import harness
from example_server import _parse_response
from nginx import Nginx, module_path
from test_drive import DEADLINE

pytestmark = pytest.mark.skipif(os.geteuid() != 0,
                                reason="runs nginx as root with user nobody")


@pytest.fixture
def nginx():
    made = []

    def make(**kw):
        n = Nginx(module_path(), **kw)
        made.append(n)
        return n

    yield make
    for n in reversed(made):
        n.stop()
        shutil.rmtree(n.prefix, ignore_errors=True)


def test_nginx_exports_only_the_module():
    so = module_path()
    out = subprocess.run(["nm", "-D", "--defined-only", so],
                         capture_output=True, text=True, check=True).stdout
    names = {line.split()[-1] for line in out.splitlines() if line.strip()}
    # the module record and the tables nginx's load_module looks up
    assert names - {"_init", "_fini"} == {
        "ngx_http_mdshm_module", "ngx_modules", "ngx_module_names",
        "ngx_module_order"}


def test_nginx_install_into_destdir(tmp_path):
    module_path()
    src = os.environ.get("MDSHM_SRCDIR", ".")
    dest = tmp_path / "dest"
    r = subprocess.run(["make", "-C", src, "install-nginx",
                        f"DESTDIR={dest}"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    so = dest / "usr/lib/nginx/modules/ngx_http_mdshm_module.so"
    snippet = dest / "usr/share/nginx/modules-available/mod-http-mdshm.conf"
    enabled = dest / "etc/nginx/modules-enabled/50-mod-http-mdshm.conf"
    assert so.exists()
    assert snippet.read_text().strip() == \
        "load_module /usr/lib/nginx/modules/ngx_http_mdshm_module.so;"
    # the Debian way: a link to modules-available, as installed
    assert os.readlink(enabled) == \
        "/usr/share/nginx/modules-available/mod-http-mdshm.conf"


def _line_of(conf, needle):
    with open(conf) as f:
        return next(i for i, t in enumerate(f.read().splitlines(), 1)
                    if needle in t)


def test_nginx_t_errors_name_file_and_line(nginx):
    n = nginx()
    port = harness.free_port()
    # a value mdshm's parser refuses (MDRenewWindow), inside a server block
    conf = n.write(f"""\
        mdshm_certificate_agreement accepted;
        server {{
            listen 127.0.0.1:{port} ssl;
            server_name one.example;
            mdshm on;
            mdshm_renew_window bogus;
        }}
        """)
    r = n.configtest()
    assert r.returncode != 0
    assert f"in {conf}:{_line_of(conf, 'mdshm_renew_window')}" in r.stderr, \
        r.stderr
    assert "MDRenewWindow" in r.stderr, r.stderr

    # a global one, at the http level
    conf = n.write(f"""\
        mdshm_private_keys nosuchkey;
        server {{
            listen 127.0.0.1:{port} ssl;
            server_name one.example;
            mdshm on;
        }}
        """)
    r = n.configtest()
    assert r.returncode != 0
    assert f"in {conf}:{_line_of(conf, 'mdshm_private_keys')}" in r.stderr, \
        r.stderr

    # an MD without names, and an ssl_certificate mdshm would replace
    conf = n.write(f"""\
        server {{
            listen 127.0.0.1:{port} ssl;
            mdshm on;
        }}
        """)
    r = n.configtest()
    assert r.returncode != 0
    assert "no server_name" in r.stderr, r.stderr
    assert f"in {conf}:{_line_of(conf, 'mdshm on')}" in r.stderr, r.stderr
    conf = n.write(f"""\
        server {{
            listen 127.0.0.1:{port} ssl;
            server_name one.example;
            ssl_certificate /nonexistent.pem;
            mdshm on;
        }}
        """)
    r = n.configtest()
    assert r.returncode != 0
    assert f"{conf}:{_line_of(conf, 'mdshm on')}" in r.stderr, r.stderr
    assert "ssl_certificate" in r.stderr, r.stderr

    # a good one passes, and -t leaves no store behind
    n.write(f"""\
        mdshm_certificate_agreement accepted;
        server {{
            listen 127.0.0.1:{port} ssl;
            server_name one.example;
            mdshm on;
        }}
        """)
    r = n.configtest()
    assert r.returncode == 0, r.stderr
    assert not os.path.exists(n.store_base)


def _acme(n, pebble):
    ca_file = n.copy_in(pebble.ca_file)
    return (f"mdshm_certificate_authority {pebble.directory_url};\n"
            f"mdshm_ca_certificate_file {ca_file};\n"
            "mdshm_certificate_agreement accepted;\n"
            "mdshm_contact_email admin@example.org;\n"
            "mdshm_retry_delay 1s;\n")


def _wait_issued(n, port, name):
    """The first handshake for @name that is not the fallback."""
    def issued():
        held = n.handshake(port, name)
        hs = held.handshake
        held.close()
        return None if hs.is_fallback else hs

    try:
        return harness.wait_until(issued, DEADLINE, "pebble's certificate",
                                  interval=0.5)
    except TimeoutError as e:
        raise AssertionError(f"{e}; nginx's error log:\n{n.log()[-4000:]}")


def test_nginx_issues_and_renews_without_reload(nginx, pebble, mdshm):
    port = harness.free_port()
    dead = harness.free_port()  # a CA nobody answers for: stays pending
    n = nginx()
    # The http server's `return` would answer every request: http-01 is
    # answered before it (post-read phase).
    n.write(f"""\
        {_acme(n, pebble)}
        server {{
            listen 127.0.0.1:{pebble.http_port};
            return 404;
        }}
        server {{
            listen 127.0.0.1:{port} ssl reuseport;
            server_name test1.example www.test1.example;
            mdshm on;
            mdshm_ca_challenges http-01;
            location = /pid {{ return 200 "$pid\\n"; }}
            location /md-status {{ mdshm_status; }}
            location = /metrics {{ mdshm_metrics; }}
        }}
        server {{
            listen 127.0.0.1:{port} ssl;
            server_name pending.example;
            mdshm on;
            mdshm_certificate_authority https://127.0.0.1:{dead}/dir;
        }}
        """)
    r = n.start()
    assert r.returncode == 0, r.stderr + n.log()
    master = n.pid()
    store = os.path.join(n.store_base, "mdshm")
    assert os.stat(store).st_uid == int(
        subprocess.check_output(["id", "-u", "nobody"]))

    # no certificate: the fallback, and 503 (mod_md's behaviour)
    held = n.handshake(port, "pending.example")
    assert held.handshake.is_fallback
    status, headers, _ = held.request("/", host="pending.example")
    assert status == 503

    hs = _wait_issued(n, port, "test1.example")
    assert "Pebble" in hs.issuer, n.log()
    # every worker serves it, and the other name of the MD too
    serials = n.serial_by_worker(port, "test1.example")
    assert set(serials.values()) == {hs.serial}, serials
    assert n.handshake(port, "www.test1.example").handshake.serial == \
        hs.serial
    first = hs.serial
    assert n.pid() == master

    # md-status (mod_md's JSON) and the metrics
    held = n.handshake(port, "test1.example")
    status, headers, body = held.request("/md-status", host="test1.example")
    assert status == 200 and "json" in headers["content-type"]
    assert "test1.example" in json.dumps(json.loads(body))
    held = n.handshake(port, "test1.example")
    status, _, _ = held.request("/md-status/nosuch.example",
                                host="test1.example")
    assert status == 404
    held = n.handshake(port, "test1.example")
    status, _, body = held.request("/metrics", host="test1.example")
    assert status == 200 and b"mdshm_" in body

    # a renewal: every worker serves the new serial, no reload
    workers = n.workers()
    r = subprocess.run([mdshm, "--store", store, "renew", "test1.example"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr

    def renewed():
        held = n.handshake(port, "test1.example")
        s = held.handshake.serial
        held.close()
        return s != first and s

    new = harness.wait_until(renewed, DEADLINE, "the renewed certificate",
                             interval=0.5)
    serials = n.serial_by_worker(port, "test1.example")
    assert set(serials.values()) == {new}, serials
    assert n.pid() == master and n.workers() == workers  # no reload
    assert "reconfiguring" not in n.log()
    # nothing left to do: no process spins
    harness.assert_idle({"nginx": master})


def test_nginx_tls_alpn_01(nginx, pebble):
    """tls-alpn-01 on the port pebble validates (its tlsPort), alongside
    nginx's own ALPN (h2, http/1.1), then the certificate served."""
    n = nginx()
    n.write(f"""\
        {_acme(n, pebble)}
        server {{
            listen 127.0.0.1:{pebble.tls_port} ssl http2;
            server_name alpn.example;
            mdshm on;
            mdshm_ca_challenges tls-alpn-01;
        }}
        """)
    r = n.start()
    assert r.returncode == 0, r.stderr + n.log()

    hs = _wait_issued(n, pebble.tls_port, "alpn.example")
    assert "Pebble" in hs.issuer, n.log()
    assert "tls-alpn-01" in n.log()
    # nginx's own protocols are still chosen for other clients
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_alpn_protocols(["h2", "http/1.1"])
    with socket.create_connection(("127.0.0.1", pebble.tls_port),
                                  timeout=10) as s, \
            ctx.wrap_socket(s, server_hostname="alpn.example") as tls:
        assert tls.selected_alpn_protocol() == "h2"


# DER of the acmeIdentifier extension's OID (RFC 8737), 1.3.6.1.5.5.7.1.31
ACME_IDENTIFIER_OID = bytes.fromhex("2b0601050507011f")


def test_nginx_tls_alpn_01_connection_closes_after_handshake(
        nginx, pebble, faultproxy):
    """A validation's connection (ALPN acme-tls/1) is served the challenge
    certificate, then closed by the worker right after the handshake
    (TLS 1.2 and 1.3), not left waiting for a request until
    client_header_timeout (300s here: the read would time out)."""
    n = nginx()
    ca_file = n.copy_in(pebble.ca_file)
    n.write(f"""\
        mdshm_certificate_authority {faultproxy.directory_url};
        mdshm_ca_certificate_file {ca_file};
        mdshm_certificate_agreement accepted;
        mdshm_contact_email admin@example.org;
        mdshm_retry_delay 1s;
        client_header_timeout 300s;
        server {{
            listen 127.0.0.1:{pebble.tls_port} ssl;
            server_name close.example;
            ssl_protocols TLSv1.2 TLSv1.3;  # nginx 1.22: no 1.3 by default
            mdshm on;
            mdshm_ca_challenges tls-alpn-01;
        }}
        """)
    # the answer to the CA held: the challenge stays in the store, and
    # pebble's own validation does not begin
    chall = re.compile(r"^/chalZ/")
    faultproxy.delay(chall, 300, times=1, method="POST")
    r = n.start()
    assert r.returncode == 0, r.stderr + n.log()
    harness.wait_until(lambda: faultproxy.requests(chall, "POST"), DEADLINE,
                       "the challenge answer")
    for version in (ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        ctx.minimum_version = ctx.maximum_version = version
        ctx.set_alpn_protocols(["acme-tls/1"])
        with socket.create_connection(("127.0.0.1", pebble.tls_port),
                                      timeout=30) as s, \
                ctx.wrap_socket(s, server_hostname="close.example") as tls:
            assert tls.selected_alpn_protocol() == "acme-tls/1"
            assert ACME_IDENTIFIER_OID in tls.getpeercert(binary_form=True)
            try:
                data = tls.recv(1)  # a timeout fails the test
            except (ssl.SSLEOFError, ConnectionResetError):
                data = b""
            assert data == b"", (version, data)


FINALIZE = re.compile(r"^/finalize-order/")


def _status(mdshm, n):
    r = subprocess.run([mdshm, "--store", os.path.join(n.store_base, "mdshm"),
                        "status", "--json"], capture_output=True, text=True,
                       timeout=30)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _leader(mdshm, n):
    """The live leader record, or None."""
    ld = _status(mdshm, n)["leader"]
    return ld if ld.get("active") else None


def _start_mid_order(nginx, pebble, proxy, mdshm, md, extra=""):
    """nginx with the one MD @md (http-01 through @proxy), started and
    held at the finalize of its first order: (nginx, https port, the
    leader record)."""
    port = harness.free_port()
    n = nginx()
    ca_file = n.copy_in(pebble.ca_file)
    n.write(f"""\
        mdshm_certificate_authority {proxy.directory_url};
        mdshm_ca_certificate_file {ca_file};
        mdshm_certificate_agreement accepted;
        mdshm_contact_email admin@example.org;
        mdshm_retry_delay 1s;
        mdshm_ca_challenges http-01;
        server {{
            listen 127.0.0.1:{pebble.http_port};
            return 404;
        }}
        server {{
            listen 127.0.0.1:{port} ssl reuseport;
            server_name {md};
            mdshm on;
            location = /pid {{ return 200 "$pid\\n"; }}
            {extra}
        }}
        """)
    proxy.delay(FINALIZE, 300, times=1)
    r = n.start()
    assert r.returncode == 0, r.stderr + n.log()
    harness.wait_until(lambda: proxy.requests(FINALIZE, "POST"), DEADLINE,
                       "the first finalize request")
    ld = _leader(mdshm, n)
    assert ld and ld["pid"] in n.workers(), (ld, n.workers())
    return n, port, ld


def _one_order(proxy):
    """Exactly one newOrder, finalized for that same order: the second
    leader resumed it."""
    assert len(proxy.requests("newOrder", "POST")) == 1
    assert len({r.path for r in proxy.requests(FINALIZE, "POST")}) == 1


def _gone(pids):
    return not any(harness.pid_alive(p) for p in pids)


def test_nginx_leader_killed_mid_order(nginx, pebble, faultproxy, mdshm):
    n, port, old = _start_mid_order(nginx, pebble, faultproxy, mdshm,
                                    "kill.example")
    master = n.pid()
    os.kill(old["pid"], signal.SIGKILL)
    # the master starts a new worker in its place
    harness.wait_until(lambda: len(n.workers()) == 4 and
                       old["pid"] not in n.workers(), 30,
                       "a new worker in place of the killed one")
    hs = _wait_issued(n, port, "kill.example")
    new = _leader(mdshm, n)
    assert new and new["pid"] != old["pid"] and new["term"] > old["term"]
    assert new["pid"] in n.workers()
    _one_order(faultproxy)
    serials = n.serial_by_worker(port, "kill.example")
    assert set(serials.values()) == {hs.serial}, serials
    assert n.pid() == master


def test_nginx_reload_mid_order(nginx, pebble, faultproxy, mdshm):
    n, port, old = _start_mid_order(nginx, pebble, faultproxy, mdshm,
                                    "reload.example")
    master = n.pid()
    before = set(n.workers())
    r = n.ctl("-s", "reload")
    assert r.returncode == 0, r.stderr
    # the old generation exits (the leader's drive, held in its finalize,
    # stops in exit_process); a new one leads under a later term
    harness.wait_until(lambda: _gone(before), DEADLINE,
                       "the old workers to exit")
    hs = _wait_issued(n, port, "reload.example")
    new = _leader(mdshm, n)
    assert new and new["term"] > old["term"], (old, new)
    assert new["pid"] in n.workers() and new["pid"] not in before
    _one_order(faultproxy)
    serials = n.serial_by_worker(port, "reload.example")
    assert set(serials.values()) == {hs.serial}, serials
    assert n.pid() == master

    # a second reload keeps the certificate: no fallback, no new order
    before = set(n.workers())
    r = n.ctl("-s", "reload")
    assert r.returncode == 0, r.stderr
    harness.wait_until(lambda: _gone(before) and len(n.workers()) == 4,
                       DEADLINE, "the next generation of workers")
    serials = n.serial_by_worker(port, "reload.example")
    assert set(serials.values()) == {hs.serial}, serials
    assert len(faultproxy.requests("newOrder", "POST")) == 1


def test_nginx_staples_md_and_its_renewal(nginx, mdshm, pebble_factory,
                                          tmp_path):
    """mdshm_stapling on: the store's staple on the MD's certificate
    (`openssl s_client -status`); after `mdshm renew`, no reload, the new
    certificate with its own staple, never the old one's."""
    from ocsp_responder import OcspResponder
    from test_httpd_ocsp import known_and_stapled_md, own_staple, staple
    from test_ocsp import PebbleIssuer

    responder = OcspResponder(tmp_path).start()
    try:
        pebble = pebble_factory(ocsp_url=responder.url)
        responder.ca = PebbleIssuer(pebble, tmp_path / "pebble-ca")
        port = harness.free_port()
        n = nginx()
        n.write(f"""\
            {_acme(n, pebble)}
            mdshm_stapling on;
            server {{
                listen 127.0.0.1:{pebble.http_port};
                return 404;
            }}
            server {{
                listen 127.0.0.1:{port} ssl;
                server_name test1.example;
                mdshm on;
                mdshm_ca_challenges http-01;
            }}
            """)
        r = n.start()
        assert r.returncode == 0, r.stderr + n.log()
        master = n.pid()
        store = os.path.join(n.store_base, "mdshm")

        def known_and_stapled(serial, what):
            known_and_stapled_md(mdshm, store, responder, port,
                                 "test1.example", serial, what)

        first = _wait_issued(n, port, "test1.example").serial
        known_and_stapled(first, "issued certificate")

        r = subprocess.run([mdshm, "--store", store, "renew",
                            "test1.example"], capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr

        def renewed():
            served, st = staple(port, "test1.example")
            own_staple(served, st)
            return served if served != first else None

        second = harness.wait_until(renewed, DEADLINE,
                                    "the renewed certificate", interval=0.5)
        known_and_stapled(second, "renewed certificate")
        assert n.pid() == master
    finally:
        responder.stop()


def _server_pid(port, sock):
    """The pid of the nginx worker that accepted the connection @sock."""
    mine = sock.getsockname()[1]
    out = subprocess.run(["ss", "-Htnp", "state", "established",
                          f"( sport = :{port} and dport = :{mine} )"],
                         capture_output=True, text=True, check=True).stdout
    m = re.search(r"pid=(\d+)", out)
    return int(m.group(1)) if m else None


def test_nginx_reload_hands_leadership_over_while_the_leader_drains(
        nginx, pebble, faultproxy, mdshm):
    """The leading worker still reads a request when the reload begins: it
    keeps serving it, but its drive stops at once (the shutdown watch), so
    a worker of the new generation leads with a higher term and completes
    the same order while the old one drains.  (Otherwise the old worker
    would lead until its connection ends: client_header_timeout 300s.)"""
    n, port, old = _start_mid_order(nginx, pebble, faultproxy, mdshm,
                                    "drain.example",
                                    extra="client_header_timeout 300s;")
    before = set(n.workers())

    def on_leader():
        held = n.handshake(port, "drain.example")
        if _server_pid(port, held.sock) == old["pid"]:
            return held
        held.close()
        return None

    held = harness.wait_until(on_leader, 60,
                              "a connection to the leading worker",
                              interval=0.01)
    try:
        # half a request: the connection is busy, not idle, and the old
        # worker does not exit while it lasts
        held.sock.sendall(b"GET /pid HTTP/1.1\r\nHost: drain.example\r\n")
        r = n.ctl("-s", "reload")
        assert r.returncode == 0, r.stderr

        def new_leader():
            ld = _leader(mdshm, n)
            return ld if ld and ld["pid"] not in before else None

        new = harness.wait_until(new_leader, DEADLINE,
                                 "a leader of the new generation")
        assert new["term"] > old["term"], (old, new)
        assert harness.pid_alive(old["pid"])  # still draining
        hs = _wait_issued(n, port, "drain.example")
        _one_order(faultproxy)
        # the held connection is still served by the old worker: its
        # handshake got the fallback (mid-order), so the answer is 503
        held.sock.sendall(b"Connection: close\r\n\r\n")
        status, _, _ = _read_response(held.sock)
        assert status == 503
    finally:
        held.close()
    harness.wait_until(lambda: _gone(before), DEADLINE,
                       "the old workers to exit")
    serials = n.serial_by_worker(port, "drain.example")
    assert set(serials.values()) == {hs.serial}, serials


def _read_response(sock):
    data = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return _parse_response(data)


def test_nginx_binary_upgrade_keeps_certificates(nginx, pebble, mdshm):
    """USR2 (a new master from the binary, with its own workers) then QUIT
    to the old master: the new generation serves the issued certificate
    in every worker, with no new order."""
    port = harness.free_port()
    n = nginx()
    n.write(f"""\
        {_acme(n, pebble)}
        server {{
            listen 127.0.0.1:{pebble.http_port};
            return 404;
        }}
        server {{
            listen 127.0.0.1:{port} ssl reuseport;
            server_name up.example;
            mdshm on;
            mdshm_ca_challenges http-01;
            location = /pid {{ return 200 "$pid\\n"; }}
        }}
        """)
    r = n.start()
    assert r.returncode == 0, r.stderr + n.log()
    hs = _wait_issued(n, port, "up.example")
    orders = _status(mdshm, n)["mds"]["up.example"]
    old_master, old_workers = n.pid(), set(n.workers())

    os.kill(old_master, signal.SIGUSR2)
    harness.wait_until(lambda: os.path.exists(n.pidfile + ".oldbin") and
                       os.path.exists(n.pidfile) and n.pid() != old_master
                       and len(n.workers()) == 4, 30,
                       "the new master and its workers")
    os.kill(old_master, signal.SIGQUIT)
    harness.wait_until(lambda: _gone(old_workers | {old_master}), DEADLINE,
                       "the old master and its workers to exit")
    serials = n.serial_by_worker(port, "up.example")
    assert set(serials.values()) == {hs.serial}, serials
    assert not set(serials) & old_workers
    # the same certificate set: no order since
    assert _status(mdshm, n)["mds"]["up.example"]["certs"] == \
        orders["certs"]
