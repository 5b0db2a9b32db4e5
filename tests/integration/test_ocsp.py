"""test_ocsp.py -- OCSP stapling by `mdshm drive` against the real
`openssl ocsp` responder logic (ocsp_responder.py, loopback only).

Certificates come from a test CA whose leaves name the responder in
their AIA; they are static MDs (MDCertificateFile) or registered with
`mdshm ocsp register`.  What a worker would staple is read exactly as a
worker reads it (`mdshm ocsp staple`: mdshm_staple_get).  Every wait
polls a condition with a deadline.
"""

import json
import os
import re
import subprocess
import textwrap

import pytest

import harness
from ocsp_responder import OcspCA, OcspResponder, index_serial
from test_drive import Drive as AcmeDrive

DEADLINE = 30.0


def Drive(mdshm, workdir, conf, store, name="drive", timeout_ms=1500, extra=()):
    """The suite's `mdshm drive` (test_drive.Drive) with a short OCSP
    timeout: the slow-responder test must not wait 10 s."""
    return AcmeDrive(mdshm, workdir, conf, store, name=name,
                     extra=["--ocsp-timeout-ms", str(timeout_ms)] + list(extra))


class Setup:
    """A responder, its CA, a store and (after start()) a drive stapling
    the static MDs given."""

    def __init__(self, mdshm, tmp_path, names=("a.test",), in_index=True):
        self.mdshm = mdshm
        self.tmp = tmp_path
        self.store = tmp_path / "store"
        self.responder = OcspResponder(tmp_path).start()
        self.ca = OcspCA(tmp_path / "ca", self.responder.url)
        self.responder.ca = self.ca
        self.certs = {}
        blocks = []
        for n in names:
            chain, key, cert = self.ca.issue(n, in_index=in_index)
            self.certs[n] = (chain, key, cert)
            blocks.append(f"""
                <MDomain {n}>
                    MDCertificateFile {chain}
                    MDCertificateKeyFile {key}
                </MDomain>
                """)
        self.conf = tmp_path / "mdshm.conf"
        self.conf.write_text(textwrap.dedent(f"""\
            MDCertificateAuthority https://127.0.0.1:9/directory
            MDStoreDir {self.store}
            MDRetryDelay 1s
            MDStapling on
            """) + "".join(textwrap.dedent(b) for b in blocks))
        self.drive = None

    def start(self, name="drive", extra=()):
        self.drive = Drive(self.mdshm, self.tmp, self.conf, self.store, name,
                           extra=extra).start()
        return self

    def stop(self):
        if self.drive:
            rc = self.drive.stop()
            self.drive = None
            return rc
        return 0

    def close(self):
        rc = self.stop()
        self.responder.stop()
        assert rc == 0

    def cli(self, *args):
        return subprocess.run([self.mdshm, "--store", str(self.store)] + list(args),
                              capture_output=True, text=True, timeout=20)

    def staple(self, name):
        """(text, DER) a worker staples now for MD `name`, or None."""
        out = self.tmp / f"{name}.resp"
        if out.exists():
            out.unlink()
        r = self.cli("ocsp", "staple", self.certs[name][0], "--out", str(out))
        if r.returncode != 0:
            assert "no staple" in r.stdout, r.stdout + r.stderr
            return None
        return r.stdout, out.read_bytes()

    def status(self, name):
        r = self.cli("status", "--json")
        assert r.returncode == 0, r.stderr
        certs = json.loads(r.stdout)["mds"][name]["certs"] or {}
        return next(iter(certs.values()))["ocsp"] if certs else None

    def wait_staple(self, name, want=None):
        def ok():
            self.check_alive()
            s = self.staple(name)
            return s if s and (want is None or want in s[0]) else None
        return harness.wait_until(ok, DEADLINE, f"a staple for {name}")

    def wait_status(self, name, pred, what):
        def ok():
            self.check_alive()
            s = self.status(name)
            return s if s and pred(s) else None
        return harness.wait_until(ok, DEADLINE, what)

    def check_alive(self):
        if self.drive and not self.drive.process.running():
            raise harness.Fatal(f"the drive exited:\n{self.drive.log_text()[-3000:]}")

    def openssl_check(self, name, der):
        """The response as `openssl ocsp` reads it: verified against the CA
        and for this certificate."""
        chain = self.certs[name][0]
        respf = self.tmp / "check.der"
        respf.write_bytes(der)
        leaf = self.tmp / "leaf.pem"
        leaf.write_text(open(chain).read().split("-----END CERTIFICATE-----")[0]
                        + "-----END CERTIFICATE-----\n")
        r = subprocess.run(["openssl", "ocsp", "-respin", str(respf), "-issuer",
                            self.ca.ca_file, "-cert", str(leaf), "-no_nonce", "-CAfile",
                            self.ca.ca_file], capture_output=True, text=True,
                           timeout=30)
        return r.stdout + r.stderr


@pytest.fixture
def setup(mdshm, tmp_path):
    made = []

    def make(*a, **kw):
        s = Setup(mdshm, tmp_path, *a, **kw)
        made.append(s)
        return s
    yield make
    for s in made:
        s.close()


def job_log(s, md):
    r = s.cli("dump", "--json", md)
    assert r.returncode == 0, r.stderr
    return r.stdout


# ---------------------------------------------------------------------------

def test_good_staple(setup):
    s = setup().start()
    text, der = s.wait_staple("a.test", "good")
    assert "Response verify OK" in s.openssl_check("a.test", der)
    assert ": good" in s.openssl_check("a.test", der)
    st = s.wait_status("a.test", lambda x: x["status"] == "good", "status good")
    assert st["responder_url"] == s.responder.url
    assert st["errors"] == 0 and st["valid_until"] and st["renew_at_ms"]
    # a nonce was sent, so POST (RFC 5019's GET is for nonce-less requests)
    assert s.responder.requests[0][0] == "POST"
    harness.wait_until(lambda: "event:ocsp-renewed" in job_log(s, "a.test"),
                       DEADLINE, "the ocsp-renewed event in the job log")


def test_get_without_nonce(setup):
    s = setup().start(extra=["--ocsp-no-nonce"])
    _, der = s.wait_staple("a.test", "good")
    assert ": good" in s.openssl_check("a.test", der)
    # RFC 5019: a small request without a nonce goes as GET
    assert s.responder.requests[0][0] == "GET"


def test_revoked_staple_and_renewal(setup):
    s = setup()
    s.ca.revoke("a.test")
    s.start()
    s.wait_staple("a.test", "revoked")
    harness.wait_until(lambda: "renewal requested" in s.drive.log_text(),
                       DEADLINE, "a renewal requested for the revoked MD")
    assert "its certificate is revoked" in s.drive.log_text()
    assert "ocsp-revoked" in job_log(s, "a.test")
    assert s.status("a.test")["status"] == "revoked"


def test_unknown_is_an_error(setup):
    s = setup(in_index=False).start()
    st = s.wait_status("a.test", lambda x: x.get("errors", 0) >= 1,
                       "an OCSP error recorded")
    assert "unknown" in st["last_error"]
    assert st["status"] == "none"
    assert s.staple("a.test") is None
    harness.wait_until(lambda: "event:ocsp-errored" in job_log(s, "a.test"),
                       DEADLINE, "the ocsp-errored event in the job log")


FAULTS = {
    "trylater": "tryLater",
    "wrong_signer": "did not certify|does not verify",
    "expired": "expired",
    "other_cert": "another certificate",
    "garbage": "not a DER OCSP response",
    "oversized": "exceeds",
    "slow": "imed out|timeout|Timeout",
}


@pytest.mark.parametrize("mode", sorted(FAULTS))
def test_bad_response_keeps_the_previous(setup, mode):
    s = setup().start()
    _, der = s.wait_staple("a.test", "good")
    s.responder.other = s.ca.issue("other.test")[2]
    s.responder.mode = mode
    s.responder.slow_s = 4
    r = s.cli("ocsp", "refresh", "a.test")
    assert r.returncode == 0, r.stderr
    st = s.wait_status("a.test", lambda x: x.get("errors", 0) >= 1,
                       f"the {mode} response refused")
    assert re.search(FAULTS[mode], st["last_error"]), st["last_error"]
    # the previous good response is still what workers staple
    again = s.staple("a.test")
    assert again and again[1] == der and st["status"] == "good"
    assert "the previous response, if any, stays" in s.drive.log_text()


def test_refresh_without_md_refreshes_every_staple(setup):
    s = setup().start()
    _, der = s.wait_staple("a.test", "good")
    s.responder.mode = "trylater"
    r = s.cli("ocsp", "refresh")  # no MD: every certificate
    assert r.returncode == 0, r.stderr
    st = s.wait_status("a.test", lambda x: x.get("errors", 0) >= 1,
                       "a fetch for a.test after `mdshm ocsp refresh`")
    assert "tryLater" in st["last_error"]
    assert s.staple("a.test")[1] == der


def test_responder_down_serves_until_expiry(setup):
    s = setup()
    s.responder.mode = "short"  # valid for 10 s, signed by the issuer itself
    s.responder.short_s = 10
    s.start()
    s.wait_staple("a.test", "good")
    s.responder.down()
    assert s.staple("a.test") is not None  # still served while valid
    harness.wait_until(lambda: s.staple("a.test") is None, DEADLINE,
                       "the expired staple no longer served")
    st = s.status("a.test")
    assert st["status"] == "expired" and st["errors"] >= 1
    s.responder.mode = "ok"
    s.responder.up()
    s.wait_staple("a.test", "good")


def test_restart_serves_stored_staples_without_fetching(setup):
    s = setup(names=("a.test", "b.test")).start()
    s.wait_staple("a.test", "good")
    s.wait_staple("b.test", "good")
    assert s.stop() == 0
    s.responder.down()
    before = s.responder.count()
    # every process gone: a worker opening the store staples at once
    assert s.staple("a.test") and s.staple("b.test")
    s.responder.up()
    s.start("drive2")
    # the new leader's first stapling round finds nothing due
    harness.wait_until(lambda: "OCSP round:" in s.drive.log_text(), DEADLINE,
                       "the new leader's first stapling round")
    assert "OCSP round: 0 due, 0 requests" in s.drive.log_text()
    assert s.staple("a.test") and s.staple("b.test")
    assert s.responder.count() == before


def test_register_other_certificate(setup):
    s = setup().start()
    s.wait_staple("a.test", "good")
    chain, _, _ = s.ca.issue("other.test")
    s.certs["other.test"] = (chain, None, None)
    r = s.cli("ocsp", "register", chain)
    assert r.returncode == 0 and "registered" in r.stdout, r.stdout + r.stderr
    s.wait_staple("other.test", "good")
    # no responder URL: a normal state, nothing to staple
    chain2, _, _ = s.ca.issue("noocsp.test", ocsp_url="")
    r = s.cli("ocsp", "register", chain2)
    assert r.returncode == 0 and "no OCSP responder" in r.stdout


def test_unused_registration_dropped(setup):
    s = setup()
    with open(s.conf, "a") as f:
        f.write("MDStaplingKeepResponse 3s\n")
    s.start()
    s.wait_staple("a.test", "good")  # the store exists, the drive leads
    chain, _, _ = s.ca.issue("gone.test")
    s.certs["gone.test"] = (chain, None, None)
    r = s.cli("ocsp", "register", chain)
    assert r.returncode == 0, r.stderr
    s.wait_staple("gone.test", "good")
    # not registered again: dropped with its response after 3 s; the MD's
    # own certificate, in use, stays
    harness.wait_until(lambda: s.staple("gone.test") is None, DEADLINE,
                       "the unused registration dropped")
    assert "dropped 1 responses unused" in s.drive.log_text()
    assert s.staple("a.test")


def test_md_without_responder_is_normal(mdshm, tmp_path):
    resp = OcspResponder(tmp_path)
    ca = OcspCA(tmp_path / "ca", "")
    resp.ca = ca
    chain, key, _ = ca.issue("n.test", ocsp_url="")
    store = tmp_path / "store"
    conf = tmp_path / "mdshm.conf"
    conf.write_text(textwrap.dedent(f"""\
        MDCertificateAuthority https://127.0.0.1:9/directory
        MDStoreDir {store}
        MDStapling on
        <MDomain n.test>
            MDCertificateFile {chain}
            MDCertificateKeyFile {key}
        </MDomain>
        """))
    d = Drive(mdshm, tmp_path, conf, store).start()
    try:
        def st():
            r = subprocess.run([mdshm, "--store", str(store), "status", "--json"],
                               capture_output=True, text=True, timeout=20)
            if r.returncode != 0:
                return None
            certs = json.loads(r.stdout).get("mds", {}).get("n.test", {}).get("certs")
            return certs and next(iter(certs.values()))["ocsp"]
        o = harness.wait_until(st, DEADLINE, "status of n.test")
        assert o["status"] == "no responder"
    finally:
        assert d.stop() == 0


# ---------------------------------------------------------------------------
# a pebble-issued certificate, the responder signing with pebble's
# intermediate key (from its management port)

class PebbleIssuer:
    """What OcspResponder needs of a CA, for pebble's intermediate."""

    def __init__(self, pebble, directory):
        os.makedirs(directory, exist_ok=True)
        self.dir = str(directory)
        self.ca_file = os.path.join(self.dir, "intermediate.pem")
        self.signer_file = self.ca_file
        self.signer_key_file = os.path.join(self.dir, "intermediate.key")
        with open(self.ca_file, "w") as f:
            f.write(pebble.intermediates()[0])
        status, key = pebble._mgmt_get("/intermediate-keys/0")
        assert status == 200
        with open(self.signer_key_file, "wb") as f:
            f.write(key)
        os.chmod(self.signer_key_file, 0o600)
        self.index = os.path.join(self.dir, "index.txt")
        open(self.index, "w").close()
        with open(self.index + ".attr", "w") as f:
            f.write("unique_subject = no\n")
        self.leaves = {}

    def add(self, serial_hex):
        with open(self.index, "a") as f:
            f.write(f"V\t491231235959Z\t\t{index_serial(serial_hex)}\tunknown\t/CN=x\n")


def test_pebble_certificate_stapled(mdshm, pebble_factory, tmp_path):
    from test_drive import wait_certs, write_conf
    responder = OcspResponder(tmp_path).start()
    drive = None
    try:
        pebble = pebble_factory(ocsp_url=responder.url)
        responder.ca = PebbleIssuer(pebble, tmp_path / "pebble-ca")
        store = tmp_path / "store"
        conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store,
                          "MDomain p.example\n", extra="MDStapling on\n")
        drive = AcmeDrive(mdshm, tmp_path, conf, store, pebble.http_port).start()
        m = wait_certs(mdshm, store, "p.example", ["rsa2048"], drive=drive)
        cert = m["certs"]["rsa2048"]
        # until the responder knows the serial it answers "unknown": an
        # error, retried after MDRetryDelay (1 s here)
        responder.ca.add(cert["serial"])
        r = subprocess.run([mdshm, "--store", str(store), "ocsp", "refresh",
                            "p.example"], capture_output=True, text=True, timeout=20)
        assert r.returncode == 0, r.stderr

        def good():
            out = subprocess.run([mdshm, "--store", str(store), "status", "--json"],
                                 capture_output=True, text=True, timeout=20)
            o = json.loads(out.stdout)["mds"]["p.example"]["certs"]["rsa2048"]["ocsp"]
            return o if o["status"] == "good" else None
        o = harness.wait_until(good, DEADLINE, "a good staple for the pebble certificate")
        assert o["responder_url"] == responder.url
        assert o["errors"] == 0
    finally:
        if drive:
            drive.stop()
        responder.stop()
