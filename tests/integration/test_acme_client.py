"""test_acme_client.py -- mdshm's ACME client (core/acme*.c) against pebble,
through tests/helpers/acme_issue (one complete issuance per run).

The helper prints one JSON line (the summary) and exits 0, 1 (an ACME or
transport error, reported in the summary) or 2 (bad usage); any other exit
(a signal, a sanitizer report) fails the test.  It is found through
$MDSHM_BUILD (the build directory), else ./build of the source tree.
"""

import json
import os
import re
import select
import socket
import stat
import subprocess
import threading
import time

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtensionOID, NameOID

import harness

ERR = "urn:ietf:params:acme:error:"
SRCDIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def helper_path():
    build = os.environ.get("MDSHM_BUILD") or os.path.join(SRCDIR, "build")
    path = os.path.join(build, "tests", "helpers", "acme_issue")
    if not os.access(path, os.X_OK):
        pytest.skip(f"{path} not built (make build-tests)")
    return path


class Issue:
    """One acme_issue run: .rc, .summary (dict), .stderr, .out, .key."""

    def __init__(self, rc, summary, stderr, out, key):
        self.rc, self.summary, self.stderr, self.out, self.key = rc, summary, stderr, out, key

    def __getitem__(self, k):
        return self.summary[k]

    def get(self, k, default=None):
        return self.summary.get(k, default)

    def __repr__(self):
        return f"rc={self.rc} summary={self.summary}\nstderr:\n{self.stderr[-4000:]}"


def issue(tmp_path, directory_url, ca_file, names, *args, http_port=None,
          timeout=240, out_name="cert.pem"):
    out = str(tmp_path / out_name)
    argv = [helper_path(), "--dir", directory_url, "--ca-file", ca_file,
            "--out", out, "--timeout", "150"]
    if http_port:
        argv += ["--http01-port", str(http_port)]
    argv += [str(a) for a in args] + list(names)
    p = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    lines = [line for line in p.stdout.splitlines() if line.startswith("{")]
    summary = json.loads(lines[-1]) if lines else {}
    result = Issue(p.returncode, summary, p.stderr, out, out + ".key")
    # A crash, an abort or a sanitizer report is never a "clean error".
    assert p.returncode in (0, 1), result
    assert "ERROR: AddressSanitizer" not in p.stderr, result
    assert "runtime error:" not in p.stderr, result
    assert summary, result
    return result


def ok(r):
    assert r.rc == 0 and r["ok"] is True, r
    return r


def failed(r, step=None, error=None):
    assert r.rc == 1 and r["ok"] is False, r
    if step:
        assert r["step"] == step, r
    if error:
        assert r["error"] == error, r
    return r


def load_chain(path):
    with open(path, "rb") as f:
        return harness.load_pem_chain(f.read())


def cn(name):
    attrs = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return attrs[0].value if attrs else None


def openssl_verify(pebble, chain_path, tmp_path):
    """`openssl verify` of the leaf against pebble's root(s), the rest of
    the chain as untrusted intermediates."""
    roots = pebble.write_roots(str(tmp_path / "roots.pem"))
    p = subprocess.run(["openssl", "verify", "-CAfile", roots, "-untrusted", chain_path,
                        chain_path], capture_output=True, text=True, timeout=30)
    assert p.returncode == 0 and p.stdout.strip().endswith(": OK"), p.stdout + p.stderr


def check_issued(r, pebble, tmp_path, names, key_type=ec.EllipticCurvePrivateKey):
    chain = load_chain(r.out)
    assert len(chain) == r["chain_count"] >= 2
    leaf = chain[0]
    san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    got = set(san.get_values_for_type(x509.DNSName))
    got |= {str(ip) for ip in san.get_values_for_type(x509.IPAddress)}
    assert got == set(names)
    mode = stat.S_IMODE(os.stat(r.key).st_mode)
    assert mode == 0o600, oct(mode)
    with open(r.key, "rb") as f:
        key = serialization.load_pem_private_key(f.read(), None)
    assert isinstance(key, key_type)
    assert key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo) == \
        leaf.public_key().public_bytes(serialization.Encoding.DER,
                                       serialization.PublicFormat.SubjectPublicKeyInfo)
    openssl_verify(pebble, r.out, tmp_path)
    assert r["status"] == "valid"
    assert r["order_url"].startswith("https://")
    return leaf


# -- issuance ----------------------------------------------------------------

def test_issue_ec(pebble, tmp_path):
    names = ["ec.mdshm.test", "www.ec.mdshm.test"]
    r = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                 http_port=pebble.http_port))
    leaf = check_issued(r, pebble, tmp_path, names)
    assert isinstance(leaf.public_key(), ec.EllipticCurvePublicKey)
    assert leaf.public_key().curve.name == "secp256r1"
    assert r["responder_requests"] >= 2  # pebble validated both names
    assert [a["identifier"] for a in r["authorizations"]] != []


def test_issue_rsa_with_rsa_account(pebble, tmp_path):
    names = ["rsa.mdshm.test"]
    r = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                 "--key-spec", "rsa2048", "--account-key-spec", "rsa2048",
                 http_port=pebble.http_port))
    leaf = check_issued(r, pebble, tmp_path, names, key_type=rsa.RSAPrivateKey)
    assert leaf.public_key().key_size == 2048


def test_issue_p384(pebble, tmp_path):
    names = ["p384.mdshm.test"]
    r = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                 "--key-spec", "secp384r1", "--account-key-spec", "secp384r1",
                 http_port=pebble.http_port))
    leaf = check_issued(r, pebble, tmp_path, names)
    assert leaf.public_key().curve.name == "secp384r1"


def test_ip_identifier(pebble, tmp_path):
    names = ["127.0.0.1", "ip.mdshm.test"]
    r = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                 http_port=pebble.http_port))
    check_issued(r, pebble, tmp_path, names)
    assert {a["identifier"] for a in r["authorizations"]} == set(names)


def csr_of_finalize(proxy):
    fin = [r for r in proxy.requests(None, method="POST")
           if isinstance(r.payload, dict) and "csr" in r.payload]
    assert len(fin) == 1
    return x509.load_der_x509_csr(harness.b64url_decode(fin[0].payload["csr"]))


def test_must_staple(pebble, faultproxy, tmp_path):
    names = ["staple.mdshm.test", "127.0.0.1"]
    r = ok(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, names,
                 "--must-staple", http_port=pebble.http_port))
    leaf = check_issued(r, pebble, tmp_path, names)
    # the CSR asks for it: TLS feature status_request (RFC 7633), and
    # carries every name as a SAN (DNS and IP), no CN
    csr = csr_of_finalize(faultproxy)
    tf = csr.extensions.get_extension_for_oid(ExtensionOID.TLS_FEATURE).value
    assert list(tf) == [x509.TLSFeatureType.status_request]
    san = csr.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["staple.mdshm.test"]
    assert [str(i) for i in san.get_values_for_type(x509.IPAddress)] == ["127.0.0.1"]
    assert csr.is_signature_valid
    # Debian's pebble 2.4 does not copy the extension into the certificate
    # (later pebbles do); when it is there, it must be status_request
    try:
        tf = leaf.extensions.get_extension_for_oid(ExtensionOID.TLS_FEATURE).value
        assert x509.TLSFeatureType.status_request in list(tf)
    except x509.ExtensionNotFound:
        pass


def test_no_must_staple_by_default(pebble, faultproxy, tmp_path):
    ok(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, ["plain.mdshm.test"],
             http_port=pebble.http_port))
    csr = csr_of_finalize(faultproxy)
    with pytest.raises(x509.ExtensionNotFound):
        csr.extensions.get_extension_for_oid(ExtensionOID.TLS_FEATURE)


def test_tls_alpn_01(pebble, tmp_path):
    names = ["alpn.mdshm.test"]
    r = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                 "--challenge", "tls-alpn-01", "--tlsalpn01-port", pebble.tls_port))
    check_issued(r, pebble, tmp_path, names)
    assert r["responder_requests"] >= 1


def test_dns01_wildcard(pebble, challtestsrv, tmp_path):
    names = ["*.wild.mdshm.test", "wild.mdshm.test"]
    r = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                 "--challtestsrv", challtestsrv.mgmt_url))
    check_issued(r, pebble, tmp_path, names)


def test_eab(pebble_factory, tmp_path):
    pebble = pebble_factory(eab=True)
    names = ["eab.mdshm.test"]
    # refused before anything is sent: the directory requires EAB
    r = failed(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                     http_port=pebble.http_port), "account-new", "MDSHM_EBADINPUT")
    assert r["http_status"] == 0
    assert "external account" in r["detail"]
    # a wrong MAC key: pebble says no
    bad = harness.b64url(b"\x01" * 32)
    r = failed(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                     "--eab", f"{pebble.eab_kid}:{bad}", http_port=pebble.http_port),
               "account-new")
    assert r["http_status"] in (400, 401, 403) and r["problem"].startswith(ERR), r
    r = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                 "--eab", f"{pebble.eab_kid}:{pebble.eab_hmac}", http_port=pebble.http_port))
    assert r["eab_required"] is True
    check_issued(r, pebble, tmp_path, names)


def test_alternate_chains_and_preferred_chain(pebble_factory, tmp_path):
    pebble = pebble_factory(alternate_roots=1)
    roots = [x509.load_pem_x509_certificate(p.encode()) for p in pebble.roots()]
    assert len(roots) == 2
    names = ["alt.mdshm.test"]
    r = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                 http_port=pebble.http_port))
    assert r["chains"] == 2 and len(r["alternates"]) == 1 and r["chosen"] == 0
    default_top = load_chain(r.out)[-1]
    for root in roots:
        want = cn(root.subject)
        r = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                     "--preferred-chain", want.split()[-1],  # a substring of the CN
                     http_port=pebble.http_port, out_name=f"{want.split()[-1]}.pem"))
        top = load_chain(r.out)[-1]
        assert cn(top.issuer) == want, (cn(top.issuer), want)
        openssl_verify(pebble, r.out, tmp_path)
    # a preference nobody matches keeps the default chain
    r = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                 "--preferred-chain", "No Such CA", http_port=pebble.http_port,
                 out_name="nomatch.pem"))
    assert r["chosen"] == 0
    assert cn(load_chain(r.out)[-1].issuer) == cn(default_top.issuer)


# -- accounts ------------------------------------------------------------------

def test_account_find_rollover_deactivate(pebble, tmp_path):
    names = ["acct.mdshm.test"]
    k1, k2 = str(tmp_path / "acct1.pem"), str(tmp_path / "acct2.pem")
    r1 = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                  "--account-key-out", k1, "--contact", "mailto:admin@mdshm.test",
                  http_port=pebble.http_port))
    assert stat.S_IMODE(os.stat(k1).st_mode) == 0o600
    # the same key finds the same account (onlyReturnExisting)
    r2 = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                  "--account-key", k1, "--update-contact", "mailto:new@mdshm.test",
                  "--update-contact", "mailto:other@mdshm.test",
                  http_port=pebble.http_port))
    assert r2["account_found"] is True and r2["account_url"] == r1["account_url"]
    assert r2["contacts"] == ["mailto:new@mdshm.test", "mailto:other@mdshm.test"]
    # key rollover, then the new key finds the same account
    r3 = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                  "--account-key", k1, "--rollover", "--account-key-out", k2,
                  http_port=pebble.http_port))
    assert r3["rolled_over"] is True and r3["account_url"] == r1["account_url"]
    r4 = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                  "--account-key", k2, "--deactivate", http_port=pebble.http_port))
    assert r4["account_found"] is True and r4["account_url"] == r1["account_url"]
    assert r4["account_status"] == "deactivated"
    # a deactivated account is refused by the CA
    r5 = failed(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                      "--account-key", k2, http_port=pebble.http_port))
    assert r5["step"] in ("account-find", "order-new"), r5
    assert r5["http_status"] in (401, 403), r5


def test_unknown_key_is_not_found_then_registered(pebble, tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    path = tmp_path / "fresh.pem"
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    os.chmod(path, 0o600)
    r = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, ["fresh.mdshm.test"],
                 "--account-key", str(path), http_port=pebble.http_port))
    assert r["account_found"] is False and r["account_url"]


def test_resume_order_by_url(pebble, tmp_path):
    """A new leader resumes the order of a dead one from its URL alone."""
    names = ["resume.mdshm.test"]
    key = str(tmp_path / "acct.pem")
    r1 = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                  "--account-key-out", key, "--stop-after", "order",
                  http_port=pebble.http_port))
    assert r1["order_status"] == "pending" and "cert_url" not in r1.summary
    r2 = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, names,
                  "--account-key", key, "--order-url", r1["order_url"],
                  http_port=pebble.http_port))
    assert r2["order_url"] == r1["order_url"]
    check_issued(r2, pebble, tmp_path, names)


# -- faults ------------------------------------------------------------------

def test_bad_nonce_storm(pebble_factory, faultproxy_factory, tmp_path):
    # pebble itself rejects 10 % of good nonces, and the proxy answers
    # every other POST with badNonce on top: still one clean issuance
    # (a request fails only after 11 rejections in a row: ~1e-5)
    pebble = pebble_factory(nonce_reject=10)
    proxy = faultproxy_factory(pebble)
    flip = {"n": 0}

    def every_other(rec):
        flip["n"] += 1
        return flip["n"] % 2 == 1

    rule = proxy.bad_nonce("*", times=None, method="POST", when=every_other)
    names = ["storm.mdshm.test"]
    r = ok(issue(tmp_path, proxy.directory_url, pebble.ca_file, names,
                 http_port=pebble.http_port))
    check_issued(r, pebble, tmp_path, names)
    posts = proxy.requests(None, method="POST")
    rejected = [p for p in posts if p.status == 400]
    assert rule.hits >= 6 and len(rejected) >= rule.hits
    # every attempt carried a different nonce
    nonces = [p.nonce for p in posts]
    assert len(nonces) == len(set(nonces))


def test_bad_nonce_gives_up_after_ten(pebble, faultproxy, tmp_path):
    faultproxy.bad_nonce("newOrder", times=None)
    r = failed(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, ["x.mdshm.test"],
                     http_port=pebble.http_port), "order-new")
    assert r["problem"] == ERR + "badNonce"
    assert len(faultproxy.requests("newOrder", method="POST")) == 11  # 1 + 10 retries


def test_server_error_then_success(pebble, faultproxy, tmp_path):
    faultproxy.server_error("newOrder", status=500, times=1)
    faultproxy.server_error("newAccount", status=503, times=1,
                            headers={"Retry-After": "1"})
    names = ["flaky.mdshm.test"]
    r = ok(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, names,
                 http_port=pebble.http_port))
    check_issued(r, pebble, tmp_path, names)
    orders = faultproxy.requests("newOrder", method="POST")
    assert [o.status for o in orders] == [500, 201]
    accts = faultproxy.requests("newAccount", method="POST")
    assert [a.status for a in accts] == [503, 201]
    assert accts[1].mono - accts[0].mono >= 0.9  # Retry-After: 1 honoured


def test_persistent_server_error_is_reported(pebble, faultproxy, tmp_path):
    faultproxy.server_error("newOrder", status=500, times=None)
    r = failed(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, ["x.mdshm.test"],
                     http_port=pebble.http_port), "order-new", "EIO")
    assert r["http_status"] == 500 and r["problem"] == ERR + "serverInternal"
    assert len(faultproxy.requests("newOrder", method="POST")) == 3  # 1 + 2 retries


@pytest.mark.parametrize("where,step", [("directory", "directory"),
                                        ("newOrder", "order-new"),
                                        ("newAccount", "account-new")])
def test_malformed_json_is_a_clean_error(pebble, faultproxy, tmp_path, where, step):
    faultproxy.malformed_json(where, times=None)
    r = failed(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, ["x.mdshm.test"],
                     http_port=pebble.http_port), step, "EBADMSG")
    assert "JSON" in r["detail"] or "json" in r["detail"]


def test_hostile_order_fields(pebble, faultproxy, tmp_path):
    def hostile(status, headers, body):
        doc = json.loads(body)
        doc["authorizations"] = [{"not": "a url"}] * 3
        doc["identifiers"] = "x" * 100000
        return status, headers, json.dumps(doc).encode()

    faultproxy.mutate("newOrder", hostile)
    r = failed(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, ["x.mdshm.test"],
                     http_port=pebble.http_port), "order-new", "EBADMSG")
    assert "order" in r["detail"]


def test_truncated_answer_is_retried(pebble, faultproxy, tmp_path):
    faultproxy.truncate("newOrder", times=1)
    names = ["trunc.mdshm.test"]
    r = ok(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, names,
                 http_port=pebble.http_port))
    check_issued(r, pebble, tmp_path, names)


@pytest.mark.parametrize("http_date", [False, True])
def test_rate_limit_reports_retry_after(pebble, faultproxy, tmp_path, http_date):
    faultproxy.rate_limit("newOrder", retry_after=120, times=None, http_date=http_date)
    before = time.time()
    r = failed(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, ["x.mdshm.test"],
                     http_port=pebble.http_port), "order-new", "EAGAIN")
    assert r["http_status"] == 429 and r["problem"] == ERR + "rateLimited"
    delta = r["retry_after_ms"] / 1000 - before
    assert 110 <= delta <= 125, delta
    # never retried inline
    assert len(faultproxy.requests("newOrder", method="POST")) == 1


def test_slow_answer_times_out(pebble, faultproxy, tmp_path):
    faultproxy.delay("newOrder", 8, times=None)
    start = time.monotonic()
    r = failed(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, ["x.mdshm.test"],
                     "--http-timeout", "2", http_port=pebble.http_port),
               "order-new", "ETIMEDOUT")
    assert time.monotonic() - start < 20
    assert r["detail"]


def test_body_limit(pebble, tmp_path):
    r = failed(issue(tmp_path, pebble.directory_url, pebble.ca_file, ["x.mdshm.test"],
                     "--max-body", "64", http_port=pebble.http_port),
               "directory", "MDSHM_ETOOBIG")
    assert "64" in r["detail"]


def test_connection_refused(tmp_path, pki):
    port = harness.free_port()
    start = time.monotonic()
    failed(issue(tmp_path, f"https://127.0.0.1:{port}/dir", pki.ca_file,
                     ["x.mdshm.test"], "--http01-port", harness.free_port()),
               "directory", "ECONNREFUSED")
    assert time.monotonic() - start < 15


def test_untrusted_ca_is_refused(pebble, pki, tmp_path):
    other = harness.PKI(tmp_path / "otherpki")
    r = failed(issue(tmp_path, pebble.directory_url, other.ca_file, ["x.mdshm.test"],
                     http_port=pebble.http_port), "directory", "EPROTO")
    assert r["detail"]


# -- orders: replaces, ARI ---------------------------------------------------

def test_replaces_rejected_is_retried_without(pebble, faultproxy, tmp_path):
    faultproxy.reject_replaces(status=409, type="alreadyReplaced")
    names = ["replace.mdshm.test"]
    rid = "aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE"
    r = ok(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, names,
                 "--replaces", rid, http_port=pebble.http_port))
    assert r["replaces_dropped"] is True
    orders = faultproxy.requests("newOrder", method="POST")
    assert [o.status for o in orders] == [409, 201]
    assert orders[0].payload["replaces"] == rid and "replaces" not in orders[1].payload
    check_issued(r, pebble, tmp_path, names)


def test_replaces_forbidden_is_retried_without(pebble, faultproxy, tmp_path):
    faultproxy.reject_replaces(status=403, type="unauthorized")
    r = ok(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, ["r2.mdshm.test"],
                 "--replaces", "AAAA.AQ", http_port=pebble.http_port))
    assert r["replaces_dropped"] is True


def test_other_order_errors_are_not_retried(pebble, faultproxy, tmp_path):
    faultproxy.problem("newOrder", 400, "rejectedIdentifier", "no such names",
                       method="POST", times=None)
    r = failed(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, ["x.mdshm.test"],
                     "--replaces", "AAAA.AQ", http_port=pebble.http_port),
               "order-new", "MDSHM_EBADINPUT")
    assert r["problem"] == ERR + "rejectedIdentifier"
    assert len(faultproxy.requests("newOrder", method="POST")) == 1


def test_ari_window(pebble, faultproxy, tmp_path):
    faultproxy.set_ari(10 * 86400, 11 * 86400, retry_after=21600,
                       explanation_url="https://ca.example/why")
    names = ["ari.mdshm.test"]
    now = time.time()
    r = ok(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, names, "--ari",
                 http_port=pebble.http_port))
    with open(r.out) as f:
        assert r["ari_cert_id"] == harness.ari_cert_id(f.read())
    ari = r["ari"]
    assert abs(ari["start_ms"] / 1000 - (now + 10 * 86400)) < 60
    assert abs(ari["end_ms"] / 1000 - (now + 11 * 86400)) < 60
    assert ari["start_ms"] <= ari["pick_ms"] <= ari["end_ms"]  # inside, not before
    assert abs(ari["retry_after_ms"] / 1000 - (now + 21600)) < 60
    assert ari["explanation_url"] == "https://ca.example/why"
    gets = faultproxy.requests("renewalInfo", method="GET")
    assert len(gets) == 1 and gets[0].path.endswith("/" + r["ari_cert_id"])


def test_ari_absent(pebble, tmp_path):
    r = ok(issue(tmp_path, pebble.directory_url, pebble.ca_file, ["noari.mdshm.test"],
                 "--ari", http_port=pebble.http_port))
    assert r["ari_error"] == "MDSHM_EUNSUPPORTED"
    assert re.fullmatch(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+", r["ari_cert_id"])


def test_challenge_failure_is_reported(pebble, tmp_path):
    # no responder on the port pebble validates: the authorization fails
    r = failed(issue(tmp_path, pebble.directory_url, pebble.ca_file, ["fail.mdshm.test"],
                     http_port=harness.free_port()), "authz-poll", "EPROTO")
    assert r["problem"].startswith(ERR), r
    assert r["detail"]


# -- what goes over the wire ---------------------------------------------------

def test_request_shape(pebble, faultproxy, tmp_path):
    names = ["shape.mdshm.test"]
    r = ok(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, names,
                 "--profile", "shortlived", http_port=pebble.http_port))
    recs = faultproxy.requests(None)
    assert all(x.headers.get("User-Agent", "").startswith("mdshm/") for x in recs)
    posts = [x for x in recs if x.method == "POST"]
    assert posts and all(x.headers["Content-Type"] == "application/jose+json"
                         for x in posts)
    # newAccount carries the JWK, everything after it the account URL
    first = faultproxy.requests("newAccount", method="POST")[0]
    assert first.protected["jwk"]["kty"] == "EC" and "kid" not in first.protected
    assert first.protected["alg"] == "ES256"
    later = [x for x in posts if x.mono > first.mono]
    assert later and all(x.protected["kid"] == r["account_url"] and
                         "jwk" not in x.protected for x in later)
    # every JWS names the URL it was sent to, and carries a nonce
    for x in posts:
        assert x.jws_url == faultproxy.url + x.path and x.nonce
    # the profile is passed through as given
    order = faultproxy.requests("newOrder", method="POST")[0]
    assert order.payload["profile"] == "shortlived"
    assert order.payload["identifiers"] == [{"type": "dns", "value": "shape.mdshm.test"}]
    # reads are POST-as-GET; the challenge answer is {}
    cert = [x for x in posts if x.jws_url == r["cert_url"]]
    assert len(cert) == 1 and cert[0].post_as_get
    assert cert[0].headers["Accept"] == "application/pem-certificate-chain"
    assert any(x.payload == {} for x in posts)
    # one nonce per request, none reused
    nonces = [x.nonce for x in posts]
    assert len(nonces) == len(set(nonces))
    assert len(faultproxy.requests("newNonce")) == 1  # then reused from answers


class ConnectProxy:
    """A minimal forward proxy that only does CONNECT (for MDHttpProxy)."""

    def __init__(self):
        while True:  # not a port free_port() promised to another server
            self.sock = socket.socket()
            self.sock.bind(("127.0.0.1", 0))
            self.port = self.sock.getsockname()[1]
            if harness.claim_port(self.port):
                break
            self.sock.close()
        self.sock.listen(16)
        self.tunnels = []
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while self.running:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(c,), daemon=True).start()

    def _serve(self, c):
        try:
            c.settimeout(10)
            head = b""
            while b"\r\n\r\n" not in head and len(head) < 8192:
                data = c.recv(4096)
                if not data:
                    return
                head += data
            line = head.split(b"\r\n", 1)[0].decode()
            method, target, _ = line.split(" ", 2)
            if method != "CONNECT":
                c.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
                return
            host, port = target.rsplit(":", 1)
            up = socket.create_connection((host, int(port)), timeout=10)
            self.tunnels.append(target)
            # headers of the proxy's answer must not leak into the ACME answer
            c.sendall(b"HTTP/1.1 200 Connection established\r\n"
                      b"Replay-Nonce: proxy-nonce-must-be-ignored\r\n"
                      b"Location: https://proxy.invalid/\r\n\r\n")
            socks = [c, up]
            while True:
                r, _, _ = select.select(socks, [], [], 10)
                if not r:
                    break
                for s in r:
                    data = s.recv(65536)
                    if not data:
                        return
                    (up if s is c else c).sendall(data)
        except (OSError, ValueError):
            pass
        finally:
            c.close()

    def stop(self):
        self.running = False
        self.sock.close()


def test_forward_proxy(pebble, faultproxy, tmp_path):
    proxy = ConnectProxy()
    try:
        names = ["proxied.mdshm.test"]
        r = ok(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, names,
                     "--proxy", f"http://127.0.0.1:{proxy.port}",
                     http_port=pebble.http_port))
        check_issued(r, pebble, tmp_path, names)
        assert proxy.tunnels and all(t == faultproxy.netloc for t in proxy.tunnels)
        nonces = [x.nonce for x in faultproxy.requests(None, method="POST")]
        assert "proxy-nonce-must-be-ignored" not in nonces
    finally:
        proxy.stop()


def is_cert_download(rec):
    return rec.method == "POST" and \
        rec.headers.get("Accept") == "application/pem-certificate-chain"


def test_garbage_certificate_is_a_clean_error(pebble, faultproxy, tmp_path):
    faultproxy.mutate(is_cert_download,
                      lambda status, headers, body: (status, headers,
                                                     b"-----BEGIN CERTIFICATE-----\nnope\n"))
    r = failed(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, ["g.mdshm.test"],
                     http_port=pebble.http_port), "download", "EBADMSG")
    assert not os.path.exists(r.out)


def test_bad_alternate_chain_is_skipped(pebble_factory, faultproxy_factory, tmp_path):
    pebble = pebble_factory(alternate_roots=2)
    proxy = faultproxy_factory(pebble)
    seen = []

    def second_download(rec):
        if not is_cert_download(rec):
            return False
        seen.append(rec.path)
        return len(seen) == 2  # the first alternate

    proxy.mutate(second_download, lambda status, headers, body: (status, headers, b"junk"))
    names = ["alts.mdshm.test"]
    r = ok(issue(tmp_path, proxy.directory_url, pebble.ca_file, names,
                 http_port=pebble.http_port))
    assert len(seen) == 3 and r["chains"] == 2 and len(r["alternates"]) == 1
    assert "alternate chain" in r.stderr
    check_issued(r, pebble, tmp_path, names)


def authz_mutator(pending_answers, retry_after=None):
    """A mutate() function that makes the first @pending_answers
    authorization reads say "pending" (with Retry-After if given)."""
    state = {"n": 0}

    def fn(status, headers, body):
        try:
            doc = json.loads(body)
        except ValueError:
            return status, headers, body
        if not isinstance(doc, dict) or "challenges" not in doc:
            return status, headers, body
        state["n"] += 1
        if pending_answers is None or state["n"] <= pending_answers:
            doc["status"] = "pending"
            if retry_after is not None:
                headers = [(k, v) for k, v in headers if k.lower() != "retry-after"]
                headers.append(("Retry-After", str(retry_after)))
        return status, headers, json.dumps(doc).encode()

    return fn, state


def test_poll_honours_retry_after(pebble, faultproxy, tmp_path):
    fn, state = authz_mutator(3, retry_after=1)
    faultproxy.mutate(lambda rec: rec.method == "POST" and rec.post_as_get, fn)
    names = ["poll.mdshm.test"]
    r = ok(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, names,
                 http_port=pebble.http_port))
    check_issued(r, pebble, tmp_path, names)
    authz = [x for x in faultproxy.requests(None, method="POST")
             if x.post_as_get and x.jws_url == r["authorizations"][0]["url"]]
    # one read by the client, then the polls: 1 s apart while "pending"
    polls = authz[1:]
    assert len(polls) >= 3
    for a, b in zip(polls, polls[1:3]):
        assert b.mono - a.mono >= 0.9, [p.mono for p in polls]


def test_poll_gives_back_a_long_retry_after(pebble, faultproxy, tmp_path):
    fn, _ = authz_mutator(None, retry_after=3600)
    faultproxy.mutate(lambda rec: rec.method == "POST" and rec.post_as_get, fn)
    before = time.time()
    start = time.monotonic()
    r = failed(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, ["long.mdshm.test"],
                     "--timeout", "30", http_port=pebble.http_port),
               "authz-poll", "EAGAIN")
    assert time.monotonic() - start < 20  # not waited for
    assert abs(r["retry_after_ms"] / 1000 - (before + 3600)) < 30


def test_poll_deadline(pebble, faultproxy, tmp_path):
    fn, _ = authz_mutator(None)
    faultproxy.mutate(lambda rec: rec.method == "POST" and rec.post_as_get, fn)
    start = time.monotonic()
    failed(issue(tmp_path, faultproxy.directory_url, pebble.ca_file, ["slow.mdshm.test"],
                 "--timeout", "4", http_port=pebble.http_port), "authz-poll", "ETIMEDOUT")
    took = time.monotonic() - start
    assert 3.5 < took < 15
    # backoff, not a busy loop: polls start 50 ms apart and the gap doubles
    # (50, 100, 200, ... ms: 7 fit in 4 s), plus the order and authz reads
    polls = [x for x in faultproxy.requests(None, method="POST") if x.post_as_get]
    assert len(polls) <= 12, len(polls)
    authz = [x for x in polls if "authz" in (x.jws_url or x.path).lower()]
    gaps = [b.mono - a.mono for a, b in zip(authz, authz[1:])]
    # the first gaps are request round trips, then each one doubles; the
    # last is cut short by the deadline
    grown = gaps[3:-1]
    assert len(grown) >= 2, gaps
    assert all(later >= 1.5 * earlier for earlier, later
               in zip(grown, grown[1:])), gaps
