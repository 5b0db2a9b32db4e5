"""test_harness.py -- smoke tests of the integration harness itself:
pebble, challtestsrv, the fault proxy and the http-01 responder do what the
ACME tests will rely on."""

import datetime
import http.client
import json
import time

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, padding

import harness
from acme_mini import AcmeError, MiniAcme

ERR = "urn:ietf:params:acme:error:"


def get_json(url, ca_file, method="GET"):
    status, headers, body = harness.https_request(url, method, ca_file=ca_file)
    return status, headers, (json.loads(body) if body else None)


def verify_issued_by(cert, issuer):
    """cert's issuer is issuer, and issuer's key signed it (else raises)."""
    assert cert.issuer == issuer.subject
    key = issuer.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(cert.signature, cert.tbs_certificate_bytes,
                   ec.ECDSA(cert.signature_hash_algorithm))
    else:
        key.verify(cert.signature, cert.tbs_certificate_bytes, padding.PKCS1v15(),
                   cert.signature_hash_algorithm)


# -- pebble and the proxy ------------------------------------------------------

def test_directory_through_proxy_is_rewritten(pebble, faultproxy):
    status, _, direct = get_json(pebble.directory_url, pebble.ca_file)
    assert status == 200
    assert direct["newNonce"].startswith(pebble.base_url)

    status, headers, proxied = get_json(faultproxy.directory_url, pebble.ca_file)
    assert status == 200
    assert "json" in headers["Content-Type"]
    assert set(proxied) == set(direct)
    for key in ("newNonce", "newAccount", "newOrder", "revokeCert", "keyChange"):
        assert proxied[key].startswith(faultproxy.url + "/"), proxied[key]
        assert proxied[key].split("/", 3)[3] == direct[key].split("/", 3)[3]
    assert "renewalInfo" not in proxied  # ARI is off until a test sets it
    assert proxied["meta"]["externalAccountRequired"] is False
    rec = faultproxy.requests("directory")
    assert len(rec) == 1 and rec[0].status == 200 and rec[0].upstream_status == 200


def test_new_nonce_through_proxy(pebble, faultproxy):
    status, _, d = get_json(faultproxy.directory_url, pebble.ca_file)
    nonces = set()
    for method in ("HEAD", "GET"):
        status, headers, _ = harness.https_request(d["newNonce"], method,
                                                   ca_file=pebble.ca_file)
        assert status in (200, 204)
        assert headers["Replay-Nonce"]
        assert faultproxy.url in headers["Link"]
        nonces.add(headers["Replay-Nonce"])
    assert len(nonces) == 2
    assert [r.method for r in faultproxy.requests("newNonce")] == ["HEAD", "GET"]


def test_account_and_bad_nonce_storm(pebble, faultproxy):
    rule = faultproxy.bad_nonce("newAccount", times=3)
    client = MiniAcme(faultproxy.directory_url, pebble.ca_file)
    account = client.new_account()
    assert account["status"] == "valid"
    assert client.kid.startswith(faultproxy.url + "/")
    assert rule.hits == 3 and rule.exhausted

    posts = faultproxy.requests("newAccount", method="POST")
    assert [r.status for r in posts] == [400, 400, 400, 201]
    assert all(r.protected["jwk"]["kty"] == "EC" for r in posts)
    assert posts[-1].payload == {"termsOfServiceAgreed": True}
    # each retry used the fresh nonce of the injected error, and pebble took it
    for before, after in zip(posts, posts[1:]):
        assert before.response_headers["Replay-Nonce"] == after.nonce
    assert posts[0].response_headers["Content-Type"] == "application/problem+json"


def test_rate_limit_rule_has_retry_after(pebble, faultproxy):
    faultproxy.rate_limit("newNonce", retry_after=3, times=1)
    url = faultproxy.url + faultproxy.resource_path("newNonce")
    status, headers, body = harness.https_request(url, "GET", ca_file=pebble.ca_file)
    assert status == 429
    assert headers["Retry-After"] == "3"
    assert headers["Replay-Nonce"]
    problem = json.loads(body)
    assert problem["type"] == ERR + "rateLimited"
    assert problem["status"] == 429
    # used up: the next request passes through to pebble
    status, headers, _ = harness.https_request(url, "GET", ca_file=pebble.ca_file)
    assert status in (200, 204)
    first, second = faultproxy.requests("newNonce")
    assert (first.status, first.rule, first.upstream_status) == (429, "429 rateLimited", None)
    assert second.upstream_status == second.status
    assert second.mono >= first.mono

    faultproxy.rate_limit("/dir", retry_after=60, http_date=True)
    status, headers, _ = harness.https_request(faultproxy.directory_url,
                                               ca_file=pebble.ca_file)
    assert status == 429
    when = datetime.datetime.strptime(headers["Retry-After"], "%a, %d %b %Y %H:%M:%S GMT")
    delta = when.replace(tzinfo=datetime.timezone.utc).timestamp() - time.time()
    assert 50 < delta <= 61


def test_server_error_malformed_truncated_drop_delay(pebble, faultproxy):
    d = faultproxy.directory_url
    ca = pebble.ca_file
    faultproxy.server_error("/dir", times=1)
    status, _, body = harness.https_request(d, ca_file=ca)
    assert status == 500 and json.loads(body)["type"] == ERR + "serverInternal"

    faultproxy.malformed_json("/dir", times=1)
    status, headers, body = harness.https_request(d, ca_file=ca)
    assert status == 200 and "json" in headers["Content-Type"]
    with pytest.raises(ValueError):
        json.loads(body)

    faultproxy.truncate("/dir", times=1)
    with pytest.raises(http.client.IncompleteRead):
        harness.https_request(d, ca_file=ca)

    faultproxy.drop("/dir", times=1)
    with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
        harness.https_request(d, ca_file=ca)

    faultproxy.delay("/dir", 1.0, times=1)
    t0 = time.monotonic()
    status, _, body = harness.https_request(d, ca_file=ca)
    assert status == 200 and "newOrder" in json.loads(body)
    assert time.monotonic() - t0 >= 1.0

    assert [r.status for r in faultproxy.requests("/dir")] == [500, 200, 200, "dropped", 200]
    # all rules are used up: plain pass-through again
    status, _, body = harness.https_request(d, ca_file=ca)
    assert status == 200 and "newOrder" in json.loads(body)


def test_ari_renewal_info(pebble, faultproxy):
    faultproxy.ari_renew_now(retry_after=600)
    later = faultproxy.ari_wait(days=10, certid="aaaa.AQ")
    status, _, d = get_json(faultproxy.directory_url, pebble.ca_file)
    assert d["renewalInfo"] == faultproxy.url + "/renewalInfo"

    status, headers, info = get_json(d["renewalInfo"] + "/bbbb.Ag", pebble.ca_file)
    assert status == 200 and headers["Retry-After"] == "600"
    start = datetime.datetime.fromisoformat(info["suggestedWindow"]["start"].replace("Z", "+00:00"))
    end = datetime.datetime.fromisoformat(info["suggestedWindow"]["end"].replace("Z", "+00:00"))
    now = datetime.datetime.now(datetime.timezone.utc)
    assert start < end < now

    status, headers, info = get_json(d["renewalInfo"] + "/aaaa.AQ", pebble.ca_file)
    assert status == 200 and "Retry-After" not in headers
    start = info["suggestedWindow"]["start"]
    assert start == harness.rfc3339(later["start"])
    assert datetime.datetime.fromisoformat(start.replace("Z", "+00:00")) \
        > now + datetime.timedelta(days=9)
    assert [r.rule for r in faultproxy.requests("renewalInfo")] == ["ari", "ari"]

    faultproxy.disable_ari()
    status, _, d = get_json(faultproxy.directory_url, pebble.ca_file)
    assert "renewalInfo" not in d
    faultproxy.enable_ari()
    status, _, problem = get_json(faultproxy.url + "/renewalInfo/cccc.Aw", pebble.ca_file)
    assert status == 404 and problem["type"] == ERR + "malformed"


def test_reject_replaces(pebble, faultproxy):
    rule = faultproxy.reject_replaces()
    client = MiniAcme(faultproxy.directory_url, pebble.ca_file)
    client.new_account()
    with pytest.raises(AcmeError) as err:
        client.new_order(["replace.example"], replaces="aaaa.AQ")
    assert err.value.status == 409 and err.value.type == ERR + "alreadyReplaced"
    order_url, order = client.new_order(["replace.example"])
    assert order_url.startswith(faultproxy.url + "/")
    assert order["status"] == "pending"
    assert all(u.startswith(faultproxy.url + "/") for u in order["authorizations"])
    posts = faultproxy.requests("newOrder", method="POST")
    assert [r.status for r in posts] == [409, 201]
    assert posts[0].payload["replaces"] == "aaaa.AQ" and "replaces" not in posts[1].payload
    assert rule.hits == 1


def test_issue_http01_through_proxy(pebble, faultproxy, http01):
    client = MiniAcme(faultproxy.directory_url, pebble.ca_file)
    client.new_account()
    pem, key = client.issue(["www.http01.example", "http01.example"], http01=http01)
    chain = harness.load_pem_chain(pem)
    assert len(chain) >= 2
    leaf, inter = chain[0], chain[1]
    san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert sorted(san.get_values_for_type(x509.DNSName)) == \
        ["http01.example", "www.http01.example"]
    assert leaf.public_key().public_numbers() == key.public_key().public_numbers()
    # pebble validated over http-01 on its httpPort, on 127.0.0.1
    assert {p for _, p, s in http01.requests if s == 200} >= {
        "/.well-known/acme-challenge/" + t for t in list(http01.tokens)}
    assert len(http01.requests) >= 2
    # the chain goes up to the root from the management interface
    roots = [harness.load_pem_chain(p)[0] for p in pebble.roots()]
    inters = [harness.load_pem_chain(p)[0] for p in pebble.intermediates()]
    assert inter in inters
    verify_issued_by(leaf, inter)
    verify_issued_by(inter, roots[0])
    status = pebble.cert_status(format(leaf.serial_number, "x"))
    assert status["Status"] == "Valid"
    # the ARI id of a pebble cert is well formed
    aki, serial = harness.ari_cert_id(pem).split(".")
    assert harness.b64url_decode(serial)[0] < 0x80
    assert int.from_bytes(harness.b64url_decode(serial), "big") == leaf.serial_number
    assert aki


def test_issue_dns01(pebble, challtestsrv):
    client = MiniAcme(pebble.directory_url, pebble.ca_file)
    client.new_account()
    pem, _ = client.issue(["dns01.example"], dns01=challtestsrv)
    leaf = harness.load_pem_chain(pem)[0]
    assert leaf.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value \
        == "dns01.example"
    assert challtestsrv.query("_acme-challenge.dns01.example", "TXT")


def test_challtestsrv_dns(challtestsrv):
    name = "_acme-challenge.txt.example"
    assert challtestsrv.query(name, "TXT") == []
    challtestsrv.set_txt(name, "value-1")
    rcode, answers = harness.dns_query(challtestsrv.dns_port, name, "TXT")
    assert rcode == 0 and answers == ["value-1"]
    challtestsrv.clear_txt(name)
    assert challtestsrv.query(name, "TXT") == []

    assert challtestsrv.query("any.example", "A") == ["127.0.0.1"]
    assert challtestsrv.query("any.example", "AAAA") == []
    challtestsrv.add_a("other.example", ["127.0.0.2", "127.0.0.3"])
    assert sorted(challtestsrv.query("other.example", "A")) == ["127.0.0.2", "127.0.0.3"]
    challtestsrv.clear_a("other.example")
    assert challtestsrv.query("other.example", "A") == ["127.0.0.1"]


# -- pebble variants -------------------------------------------------------------

def test_roots_and_intermediates(pebble):
    roots = pebble.roots()
    inters = pebble.intermediates()
    assert len(roots) == 1 and len(inters) == 1
    root = harness.load_pem_chain(roots[0])[0]
    inter = harness.load_pem_chain(inters[0])[0]
    assert root.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert "Pebble Root CA" in root.subject.rfc4514_string()
    verify_issued_by(inter, root)
    path = pebble.write_roots()
    assert harness.load_pem_chain(open(path).read())[0] == root


def test_eab_required(pebble_factory):
    p = pebble_factory(eab=True)
    assert p.eab_kid and p.eab_hmac and p.eab_keys == {p.eab_kid: p.eab_hmac}
    status, _, d = get_json(p.directory_url, p.ca_file)
    assert d["meta"]["externalAccountRequired"] is True

    with pytest.raises(AcmeError) as err:
        MiniAcme(p.directory_url, p.ca_file).new_account()
    assert err.value.type == ERR + "externalAccountRequired"

    bad = harness.b64url(b"\x01" * 32)
    with pytest.raises(AcmeError) as err:
        MiniAcme(p.directory_url, p.ca_file).new_account(eab=(p.eab_kid, bad))
    assert err.value.status in (400, 401, 403)

    account = MiniAcme(p.directory_url, p.ca_file).new_account(eab=(p.eab_kid, p.eab_hmac))
    assert account["status"] == "valid"


def test_nonce_reject_variant(pebble_factory):
    p = pebble_factory(nonce_reject=100)
    client = MiniAcme(p.directory_url, p.ca_file, bad_nonce_retries=2)
    with pytest.raises(AcmeError) as err:
        client.new_account()
    assert err.value.type == ERR + "badNonce"
    assert "PEBBLE_WFE_NONCEREJECT" not in open(p.config_path).read()
    assert "reject 100% of good nonces" in open(p.log_path).read()


def test_always_valid_short_validity_blocklist_variant(pebble_factory):
    p = pebble_factory(always_valid=True, validity_period=3600,
                       domain_blocklist=["blocked.example"])
    client = MiniAcme(p.directory_url, p.ca_file)
    client.new_account()
    # nothing answers on p.http_port: only PEBBLE_VA_ALWAYS_VALID validates
    assert not harness.port_open(p.http_port)
    pem, _ = client.issue(["always.example"], http01=harness.Http01Responder(0))
    leaf = harness.load_pem_chain(pem)[0]
    lifetime = leaf.not_valid_after - leaf.not_valid_before
    assert datetime.timedelta(minutes=59) <= lifetime <= datetime.timedelta(minutes=61)
    with pytest.raises(AcmeError) as err:
        client.new_order(["blocked.example"])
    assert err.value.type == ERR + "rejectedIdentifier"


# -- teardown --------------------------------------------------------------------
# The first test leaves its processes to the fixtures' teardown; the second,
# run after it (pytest keeps file order), checks they are gone.

_left_behind = {}


def test_teardown_part1_start(pebble, challtestsrv, faultproxy, http01):
    _left_behind.update(pebble_pid=pebble.pid, cts_pid=challtestsrv.pid,
                        ports=[pebble.listen_port, pebble.mgmt_port, faultproxy.port,
                               http01.port, challtestsrv.mgmt_port])
    assert harness.pid_alive(pebble.pid, "pebble")
    assert harness.pid_alive(challtestsrv.pid, "pebble-challtestsrv")
    for port in _left_behind["ports"]:
        assert harness.port_open(port), port


def test_teardown_part2_all_gone():
    if not _left_behind:
        pytest.skip("test_teardown_part1_start did not run")
    assert not harness.pid_alive(_left_behind["pebble_pid"], "pebble")
    assert not harness.pid_alive(_left_behind["cts_pid"], "pebble-challtestsrv")
    for port in _left_behind["ports"]:
        assert not harness.port_open(port), port
    assert harness.live_objects() == []


def test_stop_is_immediate_and_waited(pebble_factory):
    p = pebble_factory()
    pid = p.pid
    p.stop()
    assert p.process.proc.returncode is not None
    assert not harness.pid_alive(pid, "pebble")
    assert not harness.port_open(p.listen_port)
    p.stop()  # idempotent; the fixture's teardown stops it again
