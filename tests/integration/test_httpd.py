"""test_httpd.py -- mod_mdshm inside Debian's apache2 (adapters/httpd,
docs/httpd.md): configtest errors, mod_md alongside, the exported symbols,
and an MD issued from pebble with children running as nobody: the
fallback with 503 first, then pebble's certificate and a renewal served
by every child, with no reload."""

import json
import os
import shutil
import subprocess
import textwrap

import pytest
from cryptography import x509

import harness
from apache import Apache, module_path
from test_drive import DEADLINE

pytestmark = pytest.mark.skipif(os.geteuid() != 0,
                                reason="runs apache2 as root with User nobody")


@pytest.fixture
def apache():
    made = []

    def make(**kw):
        a = Apache(module_path(), **kw)
        made.append(a)
        return a

    yield make
    for a in reversed(made):
        a.stop()
        shutil.rmtree(a.root, ignore_errors=True)


def test_httpd_exports_only_the_module():
    so = module_path()
    out = subprocess.run(["nm", "-D", "--defined-only", so],
                         capture_output=True, text=True, check=True).stdout
    names = {line.split()[-1] for line in out.splitlines() if line.strip()}
    assert names - {"_init", "_fini"} == {"mdshm_module"}


def test_httpd_configtest_errors_name_httpd_file_and_line(apache):
    a = apache()
    conf = a.write("""\
        MDCertificateAgreement accepted
        MDStoreDir md
        MDomain one.example www.one.example
        <MDomain two.example>
          MDRenewWindow bogus
        </MDomain>
        """)
    r = a.configtest()
    assert r.returncode != 0
    # the MDRenewWindow line is line 5 of the body, after the header
    with open(conf) as f:
        lines = f.read().splitlines()
    n = next(i for i, t in enumerate(lines, 1) if "MDRenewWindow" in t)
    assert f"{conf}:{n}:" in r.stderr, r.stderr
    # a directive httpd rejects itself (MDomain inside a virtual host)
    a.write("""\
        <VirtualHost 127.0.0.1:80>
          MDomain three.example
        </VirtualHost>
        """)
    r = a.configtest()
    assert r.returncode != 0
    assert "MDomain cannot occur within <VirtualHost>" in r.stderr, r.stderr


def test_httpd_refuses_mod_md_alongside(apache):
    if not os.path.exists("/usr/lib/apache2/modules/mod_md.so"):
        pytest.skip("libapache2-mod-md not installed")
    a = apache()
    a.write("MDomain one.example\n",
            extra_modules="LoadModule md_module "
                          "/usr/lib/apache2/modules/mod_md.so\n")
    r = a.configtest()
    assert r.returncode != 0
    # httpd refuses the duplicate directive names, or our check does
    assert "mod_mdshm and mod_md are both loaded" in r.stderr, r.stderr
    assert "disable one of them" in r.stderr


def _acme(a, pebble):
    """The global MD directives for pebble (its CA file copied where the
    children, running as nobody, can read it)."""
    ca_file = a.copy_in(pebble.ca_file)
    return (f"MDCertificateAuthority {pebble.directory_url}\n"
            f"MDCACertificateFile {ca_file}\n"
            "MDCertificateAgreement accepted\n"
            "MDContactEmail admin@example.org\n"
            "MDRetryDelay 1s")


def _served(a, port, name):
    hs = a.handshake(port, name)
    status, _, _ = hs.request("/", host=name)
    return hs.handshake, status


@pytest.mark.parametrize("mpm", ["event", "prefork"])
def test_httpd_issues_and_renews_without_reload(apache, pebble, mdshm, mpm):
    port = harness.free_port()
    dead = harness.free_port()  # a CA nobody answers for: stays pending
    a = apache(mpm=mpm)
    a.write(f"""\
        Listen 127.0.0.1:{pebble.http_port}
        Listen 127.0.0.1:{port} https
        {_acme(a, pebble)}
        MDomain test1.example
        MDCAChallenges http-01
        <MDomain pending.example>
          MDCertificateAuthority https://127.0.0.1:{dead}/dir
        </MDomain>
        <VirtualHost 127.0.0.1:{port}>
          ServerName pending.example
          SSLEngine on
        </VirtualHost>
        <VirtualHost 127.0.0.1:{port}>
          ServerName test1.example
          ServerAlias www.test1.example
          SSLEngine on
        </VirtualHost>
        <Location /md-status>
          SetHandler md-status
        </Location>
        <Location /metrics>
          SetHandler mdshm-metrics
        </Location>
        """)
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    parent = a.pid()
    store = os.path.join(a.store_base, "mdshm")
    st = os.stat(store)
    assert st.st_uid == int(subprocess.check_output(["id", "-u", "nobody"]))

    # no certificate: the fallback, and 503 (mod_md's behaviour)
    hs, status = _served(a, port, "pending.example")
    assert hs.is_fallback and status == 503

    def issued():
        hs, status = _served(a, port, "test1.example")
        return None if hs.is_fallback else (hs, status)

    hs, status = harness.wait_until(issued, DEADLINE, "pebble's certificate",
                                    interval=0.5)
    assert "Pebble" in hs.issuer and status != 503, a.log()
    # the alias joined the MD (MDMembers auto) and is served the same set
    assert a.handshake(port, "www.test1.example").handshake.serial == \
        hs.serial
    first = hs.serial
    assert a.pid() == parent  # no restart

    # md-status (mod_md's JSON) and the metrics, from any child
    held = a.handshake(port, "test1.example")
    status, headers, body = held.request("/md-status", host="test1.example")
    assert status == 200 and "json" in headers["content-type"]
    doc = json.loads(body)
    assert "test1.example" in json.dumps(doc)
    held = a.handshake(port, "test1.example")
    status, _, body = held.request("/md-status/nosuch.example",
                                   host="test1.example")
    assert status == 404
    held = a.handshake(port, "test1.example")
    status, _, body = held.request("/metrics", host="test1.example")
    assert status == 200 and b"mdshm_" in body

    # a renewal: every child serves the new serial, no reload
    r = subprocess.run([mdshm, "--store", store, "renew", "test1.example"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr

    def every_child_renewed():
        # connections held open at once: under prefork each one occupies a
        # child of its own, so as many as there are children cover them all
        held = [a.handshake(port, "test1.example")
                for _ in range(len(a.children()))]
        serials = {h.handshake.serial for h in held}
        for h in held:
            h.close()
        return first not in serials and len(serials) == 1

    harness.wait_until(every_child_renewed, DEADLINE,
                       "the renewed certificate in every child", interval=0.5)
    assert a.pid() == parent
    assert "SIGHUP" not in a.log() and "SIGUSR1" not in a.log()
    # nothing left to do: no process spins
    harness.assert_idle({"httpd": parent})
    a.stop()


def test_httpd_tls_alpn_01(apache, pebble):
    """tls-alpn-01 answered through mod_ssl's ssl_answer_challenge on the
    port pebble validates (its tlsPort), then the certificate served."""
    a = apache(mpm="event")
    a.write(f"""\
        Listen 127.0.0.1:{pebble.tls_port} https
        Protocols http/1.1 acme-tls/1
        {_acme(a, pebble)}
        <MDomain alpn.example>
          MDCAChallenges tls-alpn-01
        </MDomain>
        <VirtualHost 127.0.0.1:{pebble.tls_port}>
          ServerName alpn.example
          Protocols http/1.1 acme-tls/1
          SSLEngine on
        </VirtualHost>
        """)
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()

    def issued():
        hs = a.handshake(pebble.tls_port, "alpn.example").handshake
        return None if hs.is_fallback else hs

    hs = harness.wait_until(issued, DEADLINE, "pebble's certificate",
                            interval=0.5)
    assert "Pebble" in hs.issuer, a.log()
    assert "tls-alpn-01" in a.log()


def test_httpd_install_into_destdir(tmp_path):
    module_path()
    src = os.environ.get("MDSHM_SRCDIR", ".")
    dest = tmp_path / "dest"
    r = subprocess.run(["make", "-C", src, "install-httpd",
                        f"DESTDIR={dest}"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    libexec = subprocess.check_output(["apxs", "-q", "LIBEXECDIR"],
                                      text=True).strip()
    so = dest / libexec.lstrip("/") / "mod_mdshm.so"
    load = dest / "etc/apache2/mods-available/mdshm.load"
    assert so.exists()
    assert load.read_text().strip() == \
        f"LoadModule mdshm_module {libexec}/mod_mdshm.so"


def test_httpd_graceful_restart_keeps_serving(apache, pebble):
    """apachectl graceful: the parent makes a new context, the new
    children attach to the same store and serve the issued certificate."""
    port = harness.free_port()
    a = apache(mpm="prefork")
    a.write(f"""\
        Listen 127.0.0.1:{pebble.http_port}
        Listen 127.0.0.1:{port} https
        {_acme(a, pebble)}
        MDomain grace.example
        MDCAChallenges http-01
        <VirtualHost 127.0.0.1:{port}>
          ServerName grace.example
          SSLEngine on
        </VirtualHost>
        """)
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()

    def issued():
        hs = a.handshake(port, "grace.example").handshake
        return None if hs.is_fallback else hs

    serial = harness.wait_until(issued, DEADLINE, "pebble's certificate",
                                interval=0.5).serial
    before = set(a.children())
    r = a.ctl("-k", "graceful")
    assert r.returncode == 0, r.stderr
    harness.wait_until(lambda: before.isdisjoint(a.children()), DEADLINE,
                       "a new generation of children")
    held = [a.handshake(port, "grace.example")
            for _ in range(len(a.children()))]
    assert {h.handshake.serial for h in held} == {serial}
    for h in held:
        status, _, _ = h.request("/", host="grace.example")
        assert status != 503
    assert "cannot" not in a.log(), a.log()


def test_httpd_static_key_only_root_can_read(apache):
    """MDCertificateFile / MDCertificateKeyFile with the key 0600 root (as
    mod_md and mod_ssl expect it): the root parent reads both files before
    the children (nobody) run the drive, and every child serves the
    certificate.  Read by the leading child, the key was refused and the
    MD never served."""
    port = harness.free_port()
    a = apache(mpm="prefork")
    cert = os.path.join(a.root, "static.pem")
    key = os.path.join(a.root, "static.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec",
                    "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", key, "-out", cert, "-days", "30",
                    "-subj", "/CN=static.example",
                    "-addext", "subjectAltName=DNS:static.example"],
                   check=True, capture_output=True)
    os.chown(key, 0, 0)
    os.chmod(key, 0o600)
    os.chmod(cert, 0o644)
    a.write(f"""\
        Listen 127.0.0.1:{port} https
        MDCertificateAgreement accepted
        <MDomain static.example>
          MDCertificateFile {cert}
          MDCertificateKeyFile {key}
        </MDomain>
        <VirtualHost 127.0.0.1:{port}>
          ServerName static.example
          SSLEngine on
        </VirtualHost>
        """)
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    with open(cert, "rb") as f:
        want = x509.load_pem_x509_certificate(f.read()).serial_number

    def served():
        hs, status = _served(a, port, "static.example")
        return hs.serial == want and status != 503
    harness.wait_until(served, DEADLINE, "the static certificate served")
    # by every child (prefork: held connections land on distinct children)
    held = [a.handshake(port, "static.example") for _ in a.children()]
    assert all(h.handshake.serial == want for h in held)
    for h in held:
        h.close()
    assert "cannot open private key" not in a.log()
    a.stop()
