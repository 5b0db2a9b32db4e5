"""test_crl.py -- the leader checks its certificates against their CRL.

pebble's certificates carry no CRL distribution point, so MDCRLUrl names
a CRL served here on 127.0.0.1 and signed with pebble's intermediate key
(from its management port, as test_ocsp.py's responder gets it).  The
server answers 304 to a matching If-None-Match, and counts what it sent.
Listing the issued serial makes the drive renew the MD; the server down
keeps the last outcome.  Every wait polls a condition with a deadline.
"""

import datetime
import hashlib
import http.server
import json
import subprocess
import threading

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

import harness
from test_drive import Drive, wait_certs, write_conf
from test_example_server import servers, wait_served  # noqa: F401 (fixture)
from test_ocsp import Setup as OcspSetup

DEADLINE = 60.0


class CrlServer:
    """A CRL of `issuer` (signed with `key`) at http://127.0.0.1:PORT/crl."""

    @classmethod
    def of_pebble(cls, pebble):
        """pebble's intermediate, its key from the management port."""
        pem = pebble.intermediates()[0].encode()
        status, key = pebble._mgmt_get("/intermediate-keys/0")
        assert status == 200
        return cls(x509.load_pem_x509_certificate(pem),
                   serialization.load_pem_private_key(key, None))

    def __init__(self, issuer, key):
        self.issuer = issuer
        self.key = key
        self.revoked = []
        self.fail = None  # an HTTP status to answer instead of the CRL
        self.lock = threading.Lock()
        self.sent = {200: 0, 304: 0}
        self.publish()
        self.port = harness.free_port()
        self.url = f"http://127.0.0.1:{self.port}/crl"
        self.httpd = None

    def publish(self):
        now = datetime.datetime.now(datetime.timezone.utc)
        b = (x509.CertificateRevocationListBuilder()
             .issuer_name(self.issuer.subject)
             .last_update(now - datetime.timedelta(minutes=1))
             .next_update(now + datetime.timedelta(hours=1)))
        for serial in self.revoked:
            b = b.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(serial)
                .revocation_date(now - datetime.timedelta(seconds=30))
                .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise),
                               critical=False).build())
        der = b.sign(self.key, hashes.SHA256()).public_bytes(
            serialization.Encoding.DER)
        with self.lock:
            self.der = der
            self.etag = '"' + hashlib.sha256(der).hexdigest()[:16] + '"'

    def revoke(self, serial_hex):
        self.revoked.append(int(serial_hex, 16))
        self.publish()

    def start(self):
        srv = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                with srv.lock:
                    der, etag = srv.der, srv.etag
                    code = 304 if self.headers.get("If-None-Match") == etag else 200
                    code = srv.fail or code
                    srv.sent[code] = srv.sent.get(code, 0) + 1
                if code not in (200, 304):
                    self.send_error(code)
                    return
                self.send_response(code)
                self.send_header("ETag", etag)
                if code == 200:
                    self.send_header("Content-Type", "application/pkix-crl")
                    self.send_header("Content-Length", str(len(der)))
                self.end_headers()
                if code == 200:
                    self.wfile.write(der)

            def log_message(self, *a):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", self.port),
                                                     Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self):
        if self.httpd:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None

    def count(self, code):
        with self.lock:
            return self.sent.get(code, 0)


def crl_status(mdshm, store, md):
    r = subprocess.run([mdshm, "--store", str(store), "status", "--json"],
                       capture_output=True, text=True, timeout=20)
    assert r.returncode == 0, r.stderr
    cert = json.loads(r.stdout)["mds"][md]["certs"]["rsa2048"]
    return cert["crl"], cert["serial"]


def job_log(mdshm, store, md):
    r = subprocess.run([mdshm, "--store", str(store), "dump", "--json", md],
                       capture_output=True, text=True, timeout=20)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_crl_revocation_renews(mdshm, pebble_factory, tmp_path):
    pebble = pebble_factory()
    crl = CrlServer.of_pebble(pebble).start()
    drive = None
    try:
        store = tmp_path / "store"
        conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store,
                          "MDomain c.example\n",
                          extra=f"MDCRLUrl {crl.url}\nMDCRLInterval 1s\n")
        drive = Drive(mdshm, tmp_path, conf, store, pebble.http_port).start()
        m = wait_certs(mdshm, store, "c.example", ["rsa2048"], drive=drive)
        serial = m["certs"]["rsa2048"]["serial"]

        def checked(want_status, want_serial=None):
            def ok():
                if not drive.process.running():
                    raise harness.Fatal(drive.log_text()[-3000:])
                c, s = crl_status(mdshm, store, "c.example")
                if want_serial and s == want_serial:
                    return None
                return c if c.get("status") == want_status else None
            return ok

        c = harness.wait_until(checked("good"), DEADLINE, "a good CRL outcome")
        assert c["url"] == crl.url and c["errors"] == 0
        first = crl.count(200)
        assert first >= 1
        # unchanged CRL: the next fetches are conditional and answered 304
        harness.wait_until(lambda: crl.count(304) >= 2, DEADLINE, "304 answers")
        c, _ = crl_status(mdshm, store, "c.example")
        assert c["status"] == "good" and c["errors"] == 0
        assert crl.count(200) == first  # a 304 costs no CRL transfer

        # the CA lists our serial: revoked, and a renewal at once
        crl.revoke(serial)
        m = wait_certs(mdshm, store, "c.example", ["rsa2048"], drive=drive,
                       timeout=DEADLINE, changed={"rsa2048": serial})
        new_serial = m["certs"]["rsa2048"]["serial"]
        assert new_serial != serial
        log = job_log(mdshm, store, "c.example")
        assert "crl-revoked" in log and "keyCompromise" in log
        # the new certificate is checked too, and good
        harness.wait_until(checked("good"), DEADLINE,
                           "the new certificate checked good")

        # the server down: errors count, the last outcome stays
        crl.stop()

        def failing():
            c, s = crl_status(mdshm, store, "c.example")
            return c if c["errors"] >= 1 and s == new_serial else None
        c = harness.wait_until(failing, DEADLINE, "a failed CRL fetch")
        assert c["status"] == "good"
        assert c["last_error"]
        assert drive.process.running()
    finally:
        crl.stop()
        if drive:
            assert drive.stop() == 0


def test_crl_renewal_served_by_every_worker(mdshm, pebble_factory, tmp_path,
                                            servers):  # noqa: F811
    """The example server (4 workers, the drive on a thread of each): the
    CRL lists the certificate every worker serves; the leader renews at
    once, and every worker (each reached for certain: the others are held
    busy) serves the new certificate, with no restart."""
    pebble = pebble_factory()
    crl = CrlServer.of_pebble(pebble).start()
    try:
        store = tmp_path / "store"
        conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store,
                          """
            <MDomain w.example>
                MDPrivateKeys secp256r1
                MDCAChallenges http-01
            </MDomain>
            """, extra=f"MDCRLUrl {crl.url}\nMDCRLInterval 1s\n")
        srv = servers(tmp_path, conf=conf, http_port=pebble.http_port)
        workers = srv.worker_pids()
        old = wait_served(srv, mdshm, store, "w.example", "secp256r1",
                          "w.example")

        def crl_of(serial, want):
            def ok():
                if not srv.process.running():
                    raise harness.Fatal(srv.log_text()[-3000:])
                r = subprocess.run([mdshm, "--store", str(store), "status",
                                    "--json"], capture_output=True,
                                   text=True, timeout=20)
                assert r.returncode == 0, r.stderr
                c = (json.loads(r.stdout)["mds"]["w.example"]["certs"]
                     or {}).get("secp256r1") or {}
                return (c if int(c.get("serial", "0"), 16) == serial and
                        c["crl"].get("status") == want else None)
            return ok

        harness.wait_until(crl_of(old, "good"), DEADLINE,
                           "the served certificate checked good")
        crl.revoke(format(old, "x"))
        new = wait_served(srv, mdshm, store, "w.example", "secp256r1",
                          "w.example", not_serial=old)
        assert new != old
        assert "crl-revoked" in job_log(mdshm, store, "w.example")
        harness.wait_until(crl_of(new, "good"), DEADLINE,
                           "the new certificate checked good")
        assert srv.worker_pids() == workers  # no restart
    finally:
        crl.stop()


def test_crl_static_and_registered(mdshm, tmp_path):
    """A static MD and a certificate an adapter registered (MDStapleOthers)
    are checked too; revoked, neither can be renewed by us: the static
    MD's job log says so, the registered one's outcome is in the store.
    (test_ocsp.Setup: a test CA, its OCSP responder, the static MD.)"""
    s = OcspSetup(mdshm, tmp_path, names=("s.test",))
    crl = CrlServer(s.ca.cert, s.ca.key).start()
    try:
        with open(s.conf, "a") as f:
            f.write(f"MDCRLUrl {crl.url}\nMDCRLInterval 1s\n")
        s.start()
        cert = s.certs["s.test"][2]

        def cli(*args):
            r = s.cli(*args)
            assert r.returncode == 0, r.stdout + r.stderr
            return r.stdout

        def static_crl(want):
            def ok():
                s.check_alive()
                certs = json.loads(cli("status", "--json"))["mds"]["s.test"]["certs"]
                c = next(iter(certs.values()))["crl"] if certs else {}
                return c if c.get("status") == want else None
            return ok

        harness.wait_until(static_crl("good"), DEADLINE, "the static MD checked")
        assert "REVOKED" not in cli("status")
        assert "warnings" not in json.loads(cli("status", "--md-status"))[
            "managed-domains"][0]
        other, _, other_cert = s.ca.issue("other.test")
        assert "registered" in cli("ocsp", "register", other)
        sha = other_cert.fingerprint(hashes.SHA256()).hex()

        def registered(want):
            def ok():
                s.check_alive()
                dump = json.loads(cli("dump", "--json"))["databases"]["ocsp"]
                r = dump.get("crl-" + sha)
                return r if r and r["status"] == want else None
            return ok

        harness.wait_until(registered("good"), DEADLINE,
                           "the registered certificate checked")
        crl.revoke(format(cert.serial_number, "x"))
        crl.revoke(format(other_cert.serial_number, "x"))
        c = harness.wait_until(static_crl("revoked"), DEADLINE,
                               "the static MD's certificate revoked")
        assert c["reason"] == 1  # keyCompromise
        harness.wait_until(registered("revoked"), DEADLINE,
                           "the registered certificate revoked")
        log = cli("dump", "--json", "s.test")
        assert "crl-revoked" in log and "a static certificate" in log
        # the operator must replace it: a warning line in mdshm status
        # (text and JSON) and in md-status
        serial = format(cert.serial_number, "X")
        text = cli("status")
        line = next(ln for ln in text.splitlines() if "REVOKED:" in ln)
        assert serial in line.upper() and crl.url in line, line
        assert "keyCompromise" in line and "static certificate" in line
        w = json.loads(cli("status", "--json"))["mds"]["s.test"]["warnings"]
        assert len(w) == 1 and "static certificate" in w[0]
        md = json.loads(cli("status", "--md-status"))["managed-domains"][0]
        assert md["name"] == "s.test"
        assert len(md["warnings"]) == 1
        assert "REVOKED" in md["warnings"][0] and crl.url in md["warnings"][0]
    finally:
        crl.stop()
        s.close()


def test_crl_every_distribution_point(mdshm, tmp_path):
    """A certificate with four distribution points: nothing listening,
    an HTTP error, a CRL signed by another key, a good CRL.  Each failure
    moves on to the next URL; the fourth gives the outcome, and status
    names it.  All of them failing counts one error that names each URL,
    and the last outcome (and its URL) stays."""
    s = OcspSetup(mdshm, tmp_path, names=("s.test",))
    from cryptography.hazmat.primitives.asymmetric import ec
    good = CrlServer(s.ca.cert, s.ca.key).start()
    http_err = CrlServer(s.ca.cert, s.ca.key)
    http_err.fail = 503
    http_err.start()
    forged = CrlServer(s.ca.cert, ec.generate_private_key(ec.SECP256R1())).start()
    refused = f"http://127.0.0.1:{harness.free_port()}/crl"
    urls = [refused, http_err.url, forged.url, good.url]
    chain, key, _ = s.ca.issue("dp.test", crl_urls=urls)
    with open(s.conf, "a") as f:
        f.write(f"<MDomain dp.test>\n  MDCertificateFile {chain}\n"
                f"  MDCertificateKeyFile {key}\n</MDomain>\n"
                "MDCRLInterval 1s\n")
    try:
        s.start()

        def crl(pred):
            def ok():
                s.check_alive()
                r = s.cli("status", "--json")
                assert r.returncode == 0, r.stderr
                certs = json.loads(r.stdout)["mds"]["dp.test"]["certs"] or {}
                c = next(iter(certs.values()))["crl"] if certs else {}
                return c if pred(c) else None
            return ok

        c = harness.wait_until(crl(lambda c: c.get("status") == "good"),
                               DEADLINE, "an outcome from the fourth URL")
        assert c["url"] == good.url and c["errors"] == 0
        assert http_err.count(503) >= 1 and forged.count(200) >= 1
        assert "answered by " + good.url in s.drive.log_text()

        good.stop()
        c = harness.wait_until(crl(lambda c: c.get("errors", 0) >= 1),
                               DEADLINE, "every URL failed")
        assert c["status"] == "good" and c["url"] == good.url
        for u in urls:
            assert u in c["last_error"], c["last_error"]
        assert "503" in c["last_error"]
        assert "signature" in c["last_error"], c["last_error"]
    finally:
        for srv in (good, http_err, forged):
            srv.stop()
        s.close()
