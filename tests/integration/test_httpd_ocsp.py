"""test_httpd_ocsp.py -- OCSP stapling in mod_mdshm (docs/httpd.md, "OCSP
stapling"), checked from outside with `openssl s_client -status` against
Debian's apache2 (children as nobody), the `openssl ocsp` responder
wrapper (ocsp_responder.py) and pebble:

- an MD with MDStapling on: its certificate is stapled; after `mdshm renew`
  (no reload) the new certificate is served with the new serial's staple,
  never the old one's;
- a virtual host with its own SSLCertificateFile: with MDStapleOthers on
  the leader fetches its staple (mod_ssl's ssl_ocsp_* hooks); with it off
  nothing is stapled by us, and SSLUseStapling (mod_ssl's own stapling)
  still works next to our status callback;
- an `unknown` response, or one that has expired, is never stapled.
"""

import json
import os
import re
import subprocess

import pytest
from cryptography import x509

import harness
from ocsp_responder import OcspCA, OcspResponder
from test_drive import DEADLINE
from test_httpd import _acme, apache  # noqa: F401 -- apache is a fixture
from test_ocsp import PebbleIssuer

pytestmark = pytest.mark.skipif(os.geteuid() != 0,
                                reason="runs apache2 as root with User nobody")


def staple(port, name):
    """(served certificate's serial, staple) over one handshake with SNI
    @name; staple is None, or a dict: serial, status, next_update."""
    r = subprocess.run(["openssl", "s_client", "-connect", f"127.0.0.1:{port}",
                        "-servername", name, "-status"], input="",
                       capture_output=True, text=True, timeout=30)
    out = r.stdout
    # after the staple, which may carry the responder's certificate
    m = re.search(r"Server certificate\n(-----BEGIN CERTIFICATE-----.*?"
                  r"-----END CERTIFICATE-----)", out, re.S)
    assert m, out + r.stderr
    served = x509.load_pem_x509_certificate(m.group(1).encode()).serial_number
    if "OCSP response: no response sent" in out:
        return served, None
    assert "OCSP Response Data:" in out, out
    st = {"serial": int(re.search(r"Serial Number: ([0-9A-F]+)", out).group(1),
                        16),
          "status": re.search(r"Cert Status: (\w+)", out).group(1),
          "next_update": re.search(r"Next Update: (.*)", out).group(1)}
    return served, st


def own_staple(served, st):
    """A staple, if any, must be the served certificate's own: raised as
    Fatal so that wait_until does not take it for "not yet"."""
    if st is not None and st["serial"] != served:
        raise harness.Fatal(f"certificate {served:X} served with the staple "
                            f"of {st['serial']:X}")


def known_and_stapled_md(mdshm, store, responder, port, md, serial, what):
    """Make @responder know @serial, have the leader fetch again, and wait
    for the served certificate @serial with its own good staple."""
    def good_staple():
        served, st = staple(port, md)
        own_staple(served, st)
        if served != serial:
            return None
        return st if st and st["status"] == "good" else None

    # the responder answers "unknown" (an error) until it knows the serial:
    # then the leader fetches again at once
    responder.ca.add(f"{serial:X}")
    subprocess.run([mdshm, "--store", store, "ocsp", "refresh", md],
                   check=True, timeout=30)
    st = harness.wait_until(good_staple, DEADLINE,
                            f"a good staple for the {what}", interval=0.5)
    assert st["serial"] == serial


def ocsp_records(mdshm, store):
    """The store's ocsp records (mdshm dump --json)."""
    r = subprocess.run([mdshm, "--store", store, "dump", "--json"],
                       capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["databases"]["ocsp"]


def vhost(a, port, ca, name, extra="", **issue):
    """A virtual host with its own certificate file (leaf + issuer) from
    the test CA, copied where mod_ssl reads it."""
    chain, key, cert = ca.issue(name, **issue)
    return cert, f"""\
        <VirtualHost 127.0.0.1:{port}>
          ServerName {name}
          SSLEngine on
          SSLCertificateFile {a.copy_in(chain)}
          SSLCertificateKeyFile {a.copy_in(key)}
          {extra}
        </VirtualHost>
        """


def dead_md(port):
    """An MD whose CA nobody answers for: the module runs a leader without
    pebble."""
    return f"""\
        MDCertificateAgreement accepted
        <MDomain pending.example>
          MDCertificateAuthority https://127.0.0.1:{port}/dir
        </MDomain>
        """


@pytest.fixture
def responder(tmp_path):
    r = OcspResponder(tmp_path).start()
    r.ca = OcspCA(tmp_path / "ca", r.url)
    yield r
    r.stop()


def test_httpd_staples_md_and_its_renewal(apache, mdshm, pebble_factory,  # noqa: F811
                                          tmp_path):
    responder = OcspResponder(tmp_path).start()
    try:
        pebble = pebble_factory(ocsp_url=responder.url)
        responder.ca = PebbleIssuer(pebble, tmp_path / "pebble-ca")
        port = harness.free_port()
        a = apache(mpm="event")
        a.write(f"""\
            Listen 127.0.0.1:{pebble.http_port}
            Listen 127.0.0.1:{port} https
            {_acme(a, pebble)}
            MDStapling on
            SSLStaplingCache shmcb:{a.root}/stapling(32768)
            MDomain test1.example
            MDCAChallenges http-01
            <VirtualHost 127.0.0.1:{port}>
              ServerName test1.example
              SSLEngine on
              SSLUseStapling on
            </VirtualHost>
            """)
        r = a.start()
        assert r.returncode == 0, r.stderr + a.log()
        parent = a.pid()
        store = os.path.join(a.store_base, "mdshm")

        def served_by_pebble():
            r = subprocess.run([mdshm, "--store", store, "status", "--json"],
                               capture_output=True, text=True, timeout=30)
            if r.returncode != 0:
                return None
            certs = json.loads(r.stdout).get("mds", {}).get(
                "test1.example", {}).get("certs") or {}
            return next(iter(certs.values()))["serial"] if certs else None

        def known_and_stapled(serial, what):
            known_and_stapled_md(mdshm, store, responder, port,
                                 "test1.example", serial, what)

        first = int(harness.wait_until(served_by_pebble, DEADLINE,
                                       "pebble's certificate", interval=0.5),
                    16)
        known_and_stapled(first, "issued certificate")

        # renewal, no reload: the new certificate with its own staple
        r = subprocess.run([mdshm, "--store", store, "renew", "test1.example"],
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr

        def renewed():
            served, st = staple(port, "test1.example")
            # never the old certificate's staple on the new certificate
            own_staple(served, st)
            return served if served != first else None

        second = harness.wait_until(renewed, DEADLINE, "the renewed "
                                    "certificate", interval=0.5)
        known_and_stapled(second, "renewed certificate")
        assert a.pid() == parent
        assert "SIGHUP" not in a.log() and "SIGUSR1" not in a.log()
    finally:
        responder.stop()


@pytest.mark.parametrize("others", ["on", "off"])
def test_httpd_staple_others(apache, mdshm, responder, others):  # noqa: F811
    """A virtual host with its own certificate file: stapled by the leader
    with MDStapleOthers on, not by us with it off.  A second host with
    SSLUseStapling on is stapled by mod_ssl itself when MDStapleOthers is
    off (our status callback hands its certificates on to mod_ssl's)."""
    port = harness.free_port()
    a = apache(mpm="event")
    own, own_conf = vhost(a, port, responder.ca, "own.example")
    ssl, ssl_conf = vhost(a, port, responder.ca, "modssl.example",
                          "SSLUseStapling on")
    _, no_url_conf = vhost(a, port, responder.ca, "nourl.example",
                           ocsp_url="")
    a.write(f"""\
        Listen 127.0.0.1:{port} https
        {dead_md(harness.free_port())}
        MDStapling on
        MDStapleOthers {others}
        SSLStaplingCache shmcb:{a.root}/stapling(32768)
        """ + own_conf + ssl_conf + no_url_conf)
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    store = os.path.join(a.store_base, "mdshm")

    def good(name, cert):
        def ok():
            served, st = staple(port, name)
            if served != cert.serial_number:
                raise harness.Fatal(f"{name}: another certificate served")
            own_staple(served, st)
            return st if st and st["status"] == "good" else None
        return ok

    # mod_ssl's own stapling, or ours, for the SSLUseStapling host
    st = harness.wait_until(good("modssl.example", ssl), DEADLINE,
                            "a staple for modssl.example", interval=0.5)
    assert st["serial"] == ssl.serial_number
    if others == "on":
        st = harness.wait_until(good("own.example", own), DEADLINE,
                                "a staple for own.example", interval=0.5)
        assert st["serial"] == own.serial_number
        assert "stapling the certificate of own.example" in a.log()
        assert len(ocsp_records(mdshm, store)) == 2  # both hosts' files
        # a certificate without a responder: left to mod_ssl, not stapled
        assert re.search(r"certificate of nourl.example \(\S+:\d+\) names "
                         r"no OCSP responder", a.log())
        assert staple(port, "nourl.example")[1] is None
    else:
        # mod_ssl fetched for modssl.example; the leader was never asked
        # for own.example and nothing staples it
        assert staple(port, "own.example")[1] is None
        assert ocsp_records(mdshm, store) == {}
        assert "stapling the certificate of" not in a.log()


def test_httpd_never_staples_unknown_or_expired(apache, mdshm,  # noqa: F811
                                                responder):
    port = harness.free_port()
    a = apache(mpm="prefork")
    good, good_conf = vhost(a, port, responder.ca, "good.example")
    chain, key, unknown = responder.ca.issue("unknown.example",
                                             in_index=False)
    unknown_conf = f"""\
        <VirtualHost 127.0.0.1:{port}>
          ServerName unknown.example
          SSLEngine on
          SSLCertificateFile {a.copy_in(chain)}
          SSLCertificateKeyFile {a.copy_in(key)}
        </VirtualHost>
        """
    a.write(f"""\
        Listen 127.0.0.1:{port} https
        {dead_md(harness.free_port())}
        MDStapling on
        MDRetryDelay 1s
        """ + good_conf + unknown_conf)
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    store = os.path.join(a.store_base, "mdshm")

    def stapled(name):
        def ok():
            st = staple(port, name)[1]
            return st if st else None
        return ok

    st = harness.wait_until(stapled("good.example"), DEADLINE,
                            "a staple for good.example", interval=0.5)
    assert st["status"] == "good" and st["serial"] == good.serial_number

    # "unknown": fetched, refused by the leader, never stapled
    def refused():
        for rec in ocsp_records(mdshm, store).values():
            if rec["cert"]["subject"] == "CN=unknown.example" and \
                    "status unknown" in (rec.get("last_error") or ""):
                return rec
        return None
    rec = harness.wait_until(refused, DEADLINE,
                             "the unknown response refused", interval=0.5)
    assert rec["der"]["size"] == 0
    assert staple(port, "unknown.example")[1] is None

    # a response that expires: stapled while valid, then never again once
    # its nextUpdate passed (the responder is down: nothing replaces it)
    responder.mode = "short"
    responder.short_s = 8
    subprocess.run([mdshm, "--store", store, "ocsp", "refresh"], check=True,
                   timeout=30)

    def short_one():
        st = staple(port, "good.example")[1]
        return st if st and st["next_update"] != good_st["next_update"] \
            else None
    good_st = st
    harness.wait_until(short_one, DEADLINE, "the short-lived staple",
                       interval=0.5)
    responder.down()
    harness.wait_until(lambda: staple(port, "good.example")[1] is None,
                       DEADLINE, "the expired staple no longer sent",
                       interval=0.5)
