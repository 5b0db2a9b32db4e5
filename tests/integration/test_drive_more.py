"""test_drive_more.py -- more `mdshm drive` runs against pebble:
tls-alpn-01 answered from the store by a separate responder process, IP
identifiers, 5xx answers and slow answers from the CA, and MDMustStaple.

The tls-alpn-01 responder is tests/helpers/alpn_responder (built into
$MDSHM_BUILD/tests/helpers): it opens the drive's store read-only, as a
worker would, and answers `acme-tls/1` handshakes with the certificate of
challenges/tls-alpn-01/<sni>.  It logs one line per connection
("HANDSHAKE ok sni=NAME" or "HANDSHAKE failed sni=NAME reason").

Helpers (Drive, wait_certs, status, dump, write_conf, the drives fixture)
come from test_drive.py.  Deadlines are generous and nothing sleeps
blindly: every wait polls with a deadline.
"""

import hashlib
import os
import re
import subprocess

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import ExtensionOID

import harness
from test_drive import (DEADLINE, drives, dump, md_status, wait_certs,  # noqa: F401
                        write_conf)


# ---------------------------------------------------------------------------
# the tls-alpn-01 responder

class AlpnResponder:
    """tests/helpers/alpn_responder on 127.0.0.1:port against a store."""

    LINE = re.compile(r"^HANDSHAKE (ok|failed) sni=(\S+)(?: (.*))?$", re.M)

    def __init__(self, build, store, port, workdir, name="alpn_responder"):
        binary = os.path.join(build, "tests", "helpers", "alpn_responder")
        if not os.access(binary, os.X_OK):
            pytest.skip(f"{binary} not built (make build-tests)")
        self.port = port
        self.name = name
        self.log_path = os.path.join(str(workdir), f"{name}.log")
        self.process = harness.ManagedProcess(
            name, [binary, "--store", str(store), "--listen", f"127.0.0.1:{port}"],
            self.log_path)

    def start(self):
        self.process.start()
        harness.register(self)

        def ready():
            if not self.process.running():
                raise harness.Fatal(f"{self.name} exited:\n{self.log_text()}")
            return f"READY {self.port}" in self.log_text()
        harness.wait_until(ready, harness.STARTUP_TIMEOUT, self.name)
        return self

    def log_text(self):
        return self.process.log_text()

    def handshakes(self):
        """[(ok: bool, sni, reason)] in order."""
        return [(m.group(1) == "ok", m.group(2), m.group(3) or "")
                for m in self.LINE.finditer(self.log_text())]

    def report_sections(self):
        return [(f"{self.name} log ({self.log_path})", harness.tail(self.log_path))]

    def stop(self):
        harness.unregister(self)
        return self.process.stop()


@pytest.fixture
def alpn_responders(mdshm_build):
    made = []

    def make(store, port, workdir, **kw):
        r = AlpnResponder(mdshm_build, store, port, workdir, **kw)
        made.append(r)
        return r.start()

    yield make
    failed = []
    for r in reversed(made):
        rc = r.stop()
        if rc != 0:  # SIGTERM is a clean stop; sanitizers report here
            failed.append(f"{r.name} exited {rc}:\n{r.log_text()[-3000:]}")
    assert not failed, "\n".join(failed)


def init_store(mdshm, store):
    out = subprocess.run([mdshm, "--store", str(store), "init"],
                         capture_output=True, text=True, timeout=20)
    assert out.returncode == 0, out.stderr


def job_log(mdshm, store, md):
    return dump(mdshm, store)["databases"]["jobs"][md]["log"]


def capture_certificates(faultproxy):
    """Keep every certificate chain (PEM) the CA hands out through the
    proxy: the list fills as the drive downloads them."""
    chains = []

    def keep(status, headers, body):
        if status == 200 and b"BEGIN CERTIFICATE" in body:
            chains.append(body)
        return status, headers, body
    faultproxy.mutate(re.compile(r"^/certZ/"), keep, method="POST")
    return chains


def installed_leaf(mdshm, store, md, chains, spec="rsa2048"):
    """The leaf among the downloaded chains that the store holds as the
    active set of md/spec (matched by SHA-256 of its DER)."""
    want = dump(mdshm, store)["databases"]["certs"][f"{md}/{spec}"]["sha256"]
    for pem in chains:
        leaf = harness.load_pem_chain(pem)[0]
        der = leaf.public_bytes(serialization.Encoding.DER)
        if hashlib.sha256(der).hexdigest() == want:
            return leaf
    raise AssertionError(f"the active {md}/{spec} was not among the "
                         f"{len(chains)} downloaded chains")


# ---------------------------------------------------------------------------
# tls-alpn-01

def test_tls_alpn01_issuance_via_store(mdshm, pebble, tmp_path, drives,
                                       alpn_responders):
    """MDCAChallenges tls-alpn-01, no --http01-listen: the drive puts the
    challenge certificate in the store, a separate process serves it."""
    store = tmp_path / "store"
    init_store(mdshm, store)
    responder = alpn_responders(store, pebble.tls_port, tmp_path)
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        <MDomain alpn-issue.example www.alpn-issue.example>
            MDCAChallenges tls-alpn-01
        </MDomain>
        """)
    drive = drives(mdshm, tmp_path, conf, store)
    m = wait_certs(mdshm, store, "alpn-issue.example", ["rsa2048"], drive=drive)
    assert m["state"] == "complete"
    assert m["job"]["errors"] == 0
    # pebble validated both names through the responder
    ok = {sni for good, sni, _ in responder.handshakes() if good}
    assert {"alpn-issue.example", "www.alpn-issue.example"} <= ok, \
        responder.log_text()
    # and nothing else: no http-01 records were ever needed
    types = [e["detail"] for e in job_log(mdshm, store, "alpn-issue.example")
             if e["type"] == "event:challenge-setup"]
    assert types and all("tls-alpn-01" in t for t in types), types
    # the challenge records are gone afterwards
    assert dump(mdshm, store)["databases"]["challenges"] == {}


def test_tls_alpn01_without_responder_fails_and_retries(mdshm, pebble, tmp_path,
                                                        drives, alpn_responders):
    """Nobody answers on the tls-alpn-01 port: the run fails with the CA's
    problem; once the responder is up, the retry succeeds."""
    store = tmp_path / "store"
    init_store(mdshm, store)
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        <MDomain alpn-late.example>
            MDCAChallenges tls-alpn-01
        </MDomain>
        """)
    drive = drives(mdshm, tmp_path, conf, store)

    def failed():
        job = md_status(mdshm, store, "alpn-late.example").get("job") or {}
        return job.get("errors", 0) >= 1 and job
    job = harness.wait_until(failed, DEADLINE, "the failed validation")
    assert job["last"]["status"] != 0
    assert job["last"]["problem"].startswith("urn:ietf:params:acme:error:"), job
    assert any(e["type"] == "renewal-error"
               for e in job_log(mdshm, store, "alpn-late.example"))
    responder = alpn_responders(store, pebble.tls_port, tmp_path)
    m = wait_certs(mdshm, store, "alpn-late.example", ["rsa2048"], drive=drive)
    assert m["job"]["errors"] == 0
    assert ("alpn-late.example" in
            {sni for good, sni, _ in responder.handshakes() if good})


# ---------------------------------------------------------------------------
# IP identifiers

def _ip_sans(cert):
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    return ([str(i) for i in san.get_values_for_type(x509.IPAddress)],
            san.get_values_for_type(x509.DNSName))


def test_ip_identifier_http01(mdshm, pebble, faultproxy, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain 127.0.0.1
        """)
    chains = capture_certificates(faultproxy)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    m = wait_certs(mdshm, store, "127.0.0.1", ["rsa2048"], drive=drive)
    assert m["state"] == "complete"
    # the order asked for an "ip" identifier, not a DNS name
    (order,) = faultproxy.requests("newOrder", "POST")
    assert order.payload["identifiers"] == [{"type": "ip", "value": "127.0.0.1"}]
    # the CSR carried an iPAddress SAN
    (fin,) = [r for r in faultproxy.requests(re.compile(r"^/finalize-order/"), "POST")
              if isinstance(r.payload, dict)]
    csr = x509.load_der_x509_csr(harness.b64url_decode(fin.payload["csr"]))
    ips, dns = _ip_sans(csr)
    assert ips == ["127.0.0.1"] and dns == []
    # and so does the issued certificate, the one the store serves
    ips, dns = _ip_sans(installed_leaf(mdshm, store, "127.0.0.1", chains))
    assert ips == ["127.0.0.1"] and dns == []
    cert = dump(mdshm, store)["databases"]["certs"]["127.0.0.1/rsa2048"]
    assert cert["chain"][0]["names"] == ["127.0.0.1"]
    # a worker finds the MD by the address (SNI lookup table)
    assert dump(mdshm, store)["databases"]["names"]["127.0.0.1"]["md"] == "127.0.0.1"


def test_ip_identifier_tls_alpn01(mdshm, pebble, tmp_path, drives, alpn_responders):
    """RFC 8738: for an IP identifier the validation SNI is the reverse-DNS
    name; the store record is keyed by the address."""
    store = tmp_path / "store"
    init_store(mdshm, store)
    responder = alpn_responders(store, pebble.tls_port, tmp_path)
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        <MDomain 127.0.0.1>
            MDCAChallenges tls-alpn-01
        </MDomain>
        """)
    drive = drives(mdshm, tmp_path, conf, store)
    wait_certs(mdshm, store, "127.0.0.1", ["rsa2048"], drive=drive)
    ok = {sni for good, sni, _ in responder.handshakes() if good}
    assert ok == {"1.0.0.127.in-addr.arpa"}, responder.log_text()


# ---------------------------------------------------------------------------
# CA faults

def test_server_errors_on_new_order_retried_inline(mdshm, pebble, faultproxy,
                                                   tmp_path, drives):
    """Two 500s: the ACME client's own retries (2 per request) absorb
    them within the run; no failure is counted."""
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain five-hundred.example
        """)  # MDRetryDelay 1s (write_conf)
    rule = faultproxy.server_error("newOrder", times=2, method="POST")
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    m = wait_certs(mdshm, store, "five-hundred.example", ["rsa2048"], drive=drive)
    assert rule.hits == 2
    orders = faultproxy.requests("newOrder", "POST")
    assert [o.status for o in orders] == [500, 500, 201], orders
    # the inline retries back off (0.5 s, 1 s)
    assert orders[1].time - orders[0].time >= 0.4
    assert orders[2].time - orders[1].time >= 0.9
    assert m["job"]["errors"] == 0 and m["job"]["last"]["status"] == 0
    log = job_log(mdshm, store, "five-hundred.example")
    assert not [e for e in log if e["type"] == "renewal-error"], log


def test_server_errors_on_new_order_fail_the_run_then_retry(mdshm, pebble,
                                                            faultproxy, tmp_path,
                                                            drives):
    """Five 500s: the first run gives up after its inline retries, the
    failure is recorded, and the run after MDRetryDelay (1 s, jittered)
    succeeds."""
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain five-hundreds.example
        """)  # MDRetryDelay 1s (write_conf)
    rule = faultproxy.server_error("newOrder", times=5, method="POST")
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    m = wait_certs(mdshm, store, "five-hundreds.example", ["rsa2048"], drive=drive)
    assert rule.hits == 5
    orders = faultproxy.requests("newOrder", "POST")
    assert [o.status for o in orders] == [500] * 5 + [201], orders
    # the second run came after the backoff (1 s jittered to 50-100 %)
    assert orders[3].time - orders[2].time >= 0.45
    job = m["job"]
    assert job["errors"] == 0 and job["last"]["status"] == 0
    log = job_log(mdshm, store, "five-hundreds.example")
    errors = [e for e in log if e["type"] == "renewal-error"]
    assert len(errors) == 1, log
    assert ("serverInternal" in errors[0]["detail"]
            or "injected server error" in errors[0]["detail"]), errors
    types = [e["type"] for e in log]
    assert types.index("renewal-error") < types.index("installed")
    assert types.count("starting") >= 1


def test_slow_ca_answers(mdshm, pebble, faultproxy, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain slow.example
        """)
    finalize = re.compile(r"^/finalize-order/")
    slow = [faultproxy.delay("newOrder", 3, times=1, method="POST"),
            faultproxy.delay(finalize, 3, times=1, method="POST"),
            faultproxy.delay("newNonce", 3, times=1)]
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    m = wait_certs(mdshm, store, "slow.example", ["rsa2048"], drive=drive)
    assert m["job"]["errors"] == 0
    assert all(r.hits == 1 for r in slow), slow
    # slow is not failed: one order, one finalize
    assert len(faultproxy.requests("newOrder", "POST")) == 1
    assert len([r for r in faultproxy.requests(finalize, "POST")
                if isinstance(r.payload, dict)]) == 1


# ---------------------------------------------------------------------------
# MDMustStaple

def test_must_staple_csr_has_tls_feature(mdshm, pebble, faultproxy, tmp_path,
                                         drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        <MDomain staple.example>
            MDMustStaple on
        </MDomain>
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    m = wait_certs(mdshm, store, "staple.example", ["rsa2048"], drive=drive)
    fins = [r for r in faultproxy.requests(re.compile(r"^/finalize-order/"), "POST")
            if isinstance(r.payload, dict) and "csr" in r.payload]
    assert fins
    csr = x509.load_der_x509_csr(harness.b64url_decode(fins[0].payload["csr"]))
    feature = csr.extensions.get_extension_for_oid(ExtensionOID.TLS_FEATURE).value
    assert list(feature) == [x509.TLSFeatureType.status_request]
    assert csr.is_signature_valid
    assert m["job"]["errors"] == 0
    assert dump(mdshm, store)["databases"]["mds"]["staple.example"]["must_staple"]


# The CA ignoring must-staple (pebble 2.4 does) must not make every later
# check order a new certificate: the set records that it was asked for.
def test_must_staple_ignored_by_the_ca_does_not_renew_forever(
        mdshm, pebble, faultproxy, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        <MDomain staple-loop.example>
            MDMustStaple on
        </MDomain>
        """)
    chains = capture_certificates(faultproxy)
    first = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive1")
    m = wait_certs(mdshm, store, "staple-loop.example", ["rsa2048"], drive=first)
    leaf = installed_leaf(mdshm, store, "staple-loop.example", chains)
    try:
        leaf.extensions.get_extension_for_oid(ExtensionOID.TLS_FEATURE)
        pytest.skip("this CA keeps the TLS feature: nothing to test")
    except x509.ExtensionNotFound:
        pass  # pebble 2.4 drops it
    first.stop()
    # A restart checks every MD at once (MDInitialDelay 0).
    second = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive2")

    def checked():
        x = md_status(mdshm, store, "staple-loop.example")
        return (x.get("job") or {}).get("last_run_ms", 0) > m["job"]["last_run_ms"] and x
    x = harness.wait_until(checked, DEADLINE, "a check by the second drive")
    assert second.process.running()
    # what the first drive accepted, the second keeps
    assert len(faultproxy.requests("newOrder", "POST")) == 1
    assert x["certs"]["rsa2048"]["serial"] == m["certs"]["rsa2048"]["serial"]
