"""test_example_server.py -- the example prefork HTTPS server
(adapters/custom/, 4 workers) on the embedding API, with pebble.

Issuance end to end with the drive on a thread of every worker; every
worker serves the certificate; a forced renewal goes live in every worker
with no restart and no failed handshake; the leading worker SIGKILLed
mid-order; every worker killed in turn; http-01 and tls-alpn-01 answered by
the workers; "503 until issued" with the fallback certificate; OCSP
stapling from the store (a real response made by `openssl ocsp`).

The HTTPS port is picked by the kernel (bind to port 0: no race with
other processes) except in the tls-alpn-01 test, where pebble dictates it;
the plain HTTP port is pebble's http-01 port.  Every wait is a poll with a
deadline (harness.wait_until); a worker is
reached deterministically by holding the others busy (ExampleServer.hold).
"""

import json
import os
import re
import signal
import socket
import subprocess
import threading
import time

import pytest

import harness
from example_server import ExampleServer, _parse_response
from ocsp_responder import index_serial
from test_drive import write_conf  # one configuration writer for the suite

DEADLINE = 60.0
WORKERS = 4


@pytest.fixture
def servers(mdshm_build):
    made = []

    def make(*args, **kw):
        s = ExampleServer(mdshm_build, *args, **kw)
        made.append(s)
        return s.start()

    yield make
    failed = []
    for s in reversed(made):
        rc = s.stop()
        log = s.log_text()
        if rc != 0:
            failed.append(f"{s.name} exited {rc}:\n{log[-3000:]}")
        # sanitizer builds: a report in any worker fails the test
        for bad in ("Sanitizer", "runtime error:"):
            if bad in log:
                i = log.index(bad)
                failed.append(f"{s.name}: {log[max(0, i - 500):i + 2500]}")
    assert not failed, "\n".join(failed)


def status(mdshm, store):
    out = subprocess.run([mdshm, "--store", str(store), "status", "--json"],
                         capture_output=True, text=True, timeout=20)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def stored_serial(mdshm, store, md, spec):
    certs = status(mdshm, store)["mds"].get(md, {}).get("certs") or {}
    c = certs.get(spec)
    return int(c["serial"], 16) if c else None


def every_worker(server, name):
    """Handshake with every worker (held connections) and ask each for its
    pid: {pid: Handshake}."""
    held = server.hold(WORKERS, name)
    seen = {}
    for h in held:
        st, headers, _ = h.request("/", name)
        assert st == 200
        seen[int(headers["x-worker-pid"])] = h.handshake
    assert len(seen) == WORKERS, seen
    return seen


def wait_served(server, mdshm, store, md, spec, name, not_serial=None,
                timeout=DEADLINE):
    """Wait for the store to have a set (other than not_serial), then for
    every worker to serve it; returns the serial."""
    def stored():
        if not server.process.running():
            raise harness.Fatal(f"server exited:\n{server.log_text()[-3000:]}")
        s = stored_serial(mdshm, store, md, spec)
        return s if s and s != not_serial else None
    serial = harness.wait_until(stored, timeout, f"{md}/{spec} in the store")
    seen = every_worker(server, name)
    assert {hs.serial for hs in seen.values()} == {serial}
    return serial


def conf_for(tmp_path, pebble, store, body, ca_url=None):
    return write_conf(tmp_path, ca_url or pebble.directory_url, pebble.ca_file,
                      store, body)


# ---------------------------------------------------------------------------

def test_issuance_renewal_every_worker(mdshm, pebble, tmp_path, servers):
    """Issue, serve from every worker, force a renewal under load: every
    worker serves the new serial, no handshake fails, no worker restarts."""
    store = tmp_path / "store"
    conf = conf_for(tmp_path, pebble, store, """
        <MDomain ex.example www.ex.example>
            MDPrivateKeys secp256r1
            MDCAChallenges http-01
        </MDomain>
        """)
    srv = servers(tmp_path, conf=conf, http_port=pebble.http_port)
    workers = srv.worker_pids()
    old = wait_served(srv, mdshm, store, "ex.example", "secp256r1", "ex.example")
    hs = srv.handshake("www.ex.example")
    assert hs.serial == old and "Pebble" in hs.issuer and hs.version == "TLSv1.3"
    st, _, body = srv.get("www.ex.example")
    assert st == 200 and b"hello" in body

    # hammer handshakes from two threads while the renewal goes live
    results, stop = [[], []], threading.Event()

    def hammer(out):
        while not stop.is_set():
            try:
                out.append(srv.handshake("ex.example").serial)
            except Exception as e:  # noqa: BLE001 -- counted as a failure
                out.append(e)

    threads = [threading.Thread(target=hammer, args=(r,)) for r in results]
    for t in threads:
        t.start()
    try:
        out = subprocess.run([mdshm, "--store", str(store), "renew", "ex.example"],
                             capture_output=True, text=True, timeout=20)
        assert out.returncode == 0, out.stderr
        new = wait_served(srv, mdshm, store, "ex.example", "secp256r1",
                          "ex.example", not_serial=old)
        # more handshakes after every worker switched
        n = [len(r) for r in results]
        harness.wait_until(lambda: all(len(r) > k + 10 for r, k in zip(results, n)),
                           DEADLINE, "handshakes after the switch")
    finally:
        stop.set()
        for t in threads:
            t.join()
    for r in results:
        failures = [x for x in r if isinstance(x, Exception)]
        assert not failures, failures[:3]
        assert set(r) <= {old, new} and r[-1] == new
        # the commit is global: once one handshake served the new
        # certificate, no later one (any worker) served the old
        first_new = r.index(new)
        assert old not in r[first_new:]
    assert srv.worker_pids() == workers  # no restart
    assert "killed by signal" not in srv.log_text()
    # nothing left to do: no process spins
    harness.assert_idle({"server": srv.process.pid})


def test_leader_killed_mid_order(mdshm, pebble, faultproxy, tmp_path, servers):
    store = tmp_path / "store"
    conf = conf_for(tmp_path, pebble, store, """
        <MDomain kill.example>
            MDPrivateKeys secp256r1
            MDCAChallenges http-01
        </MDomain>
        """, ca_url=faultproxy.directory_url)
    finalize = re.compile(r"^/finalize-order/")
    faultproxy.delay(finalize, 300, times=1)  # hold the first finalize
    srv = servers(tmp_path, conf=conf, http_port=pebble.http_port)
    harness.wait_until(lambda: faultproxy.requests(finalize, "POST"), DEADLINE,
                       "the first finalize request")
    leader = status(mdshm, store)["leader"]
    assert leader["pid"] in srv.worker_pids()
    os.kill(leader["pid"], signal.SIGKILL)
    serial = wait_served(srv, mdshm, store, "kill.example", "secp256r1",
                         "kill.example")
    assert serial
    new_leader = status(mdshm, store)["leader"]
    assert new_leader["pid"] != leader["pid"]
    assert new_leader["term"] > leader["term"]
    # the order was resumed, not started again
    assert len(faultproxy.requests("newOrder", "POST")) == 1
    assert len(srv.worker_pids()) == WORKERS  # the dead worker was replaced
    assert "killed by signal 9" in srv.log_text()


def test_kill_every_worker_in_turn(mdshm, pebble, tmp_path, servers):
    store = tmp_path / "store"
    conf = conf_for(tmp_path, pebble, store, """
        <MDomain turn.example>
            MDPrivateKeys secp256r1
            MDCAChallenges http-01
        </MDomain>
        """)
    srv = servers(tmp_path, conf=conf, http_port=pebble.http_port)
    serial = wait_served(srv, mdshm, store, "turn.example", "secp256r1",
                         "turn.example")
    for pid in list(srv.worker_pids()):
        os.kill(pid, signal.SIGKILL)
        harness.wait_until(
            lambda: pid not in srv.worker_pids() and len(srv.worker_pids()) == WORKERS,
            DEADLINE, f"worker {pid} replaced")
        seen = every_worker(srv, "turn.example")
        assert {hs.serial for hs in seen.values()} == {serial}
    assert stored_serial(mdshm, store, "turn.example", "secp256r1") == serial
    assert status(mdshm, store)["leader"]["pid"] in srv.worker_pids()


def test_drive_in_a_process_of_its_own(mdshm, pebble, tmp_path, servers):
    """--drive process: a dedicated drive child leads; workers only serve."""
    store = tmp_path / "store"
    conf = conf_for(tmp_path, pebble, store, """
        <MDomain proc.example>
            MDPrivateKeys secp256r1
            MDCAChallenges http-01
        </MDomain>
        """)
    srv = servers(tmp_path, conf=conf, drive="process",
                  http_port=pebble.http_port)
    wait_served(srv, mdshm, store, "proc.example", "secp256r1", "proc.example")
    workers = every_worker(srv, "proc.example")  # the four serving pids
    leader = status(mdshm, store)["leader"]["pid"]
    assert leader in srv.worker_pids() and leader not in workers


def test_tls_alpn01_issuance(mdshm, pebble, tmp_path, servers):
    """pebble validates tls-alpn-01 against the server's HTTPS port."""
    store = tmp_path / "store"
    conf = conf_for(tmp_path, pebble, store, """
        <MDomain alpn.example>
            MDPrivateKeys secp256r1
            MDCAChallenges tls-alpn-01
        </MDomain>
        """)
    srv = servers(tmp_path, conf=conf, https_port=pebble.tls_port)
    wait_served(srv, mdshm, store, "alpn.example", "secp256r1", "alpn.example")
    # no challenge left: acme-tls/1 now gets no handshake
    with pytest.raises(Exception):
        srv._connect("alpn.example", alpn=["acme-tls/1"])


def test_pending_md_gets_503_and_fallback(mdshm, pebble, tmp_path, servers):
    store = tmp_path / "store"
    dead_ca = f"https://127.0.0.1:{harness.free_port()}/dir"  # nobody listens
    conf = conf_for(tmp_path, pebble, store, """
        MDomain pending.example
        """, ca_url=dead_ca)
    srv = servers(tmp_path, conf=conf)
    harness.wait_until(lambda: "pending.example" in status(mdshm, store)["mds"],
                       DEADLINE, "the MD in the store")
    for _ in range(WORKERS):
        st, _, body = srv.get("pending.example")
        assert st == 503 and b"not issued yet" in body, (st, body[:300])
    hs = srv.handshake("pending.example")
    assert hs.is_fallback, hs.subject_cn
    # a name nobody manages: the fallback too (no certificate of its own),
    # but no 503
    hs = srv.handshake("other.example")
    assert hs.is_fallback, hs.subject_cn
    st, _, body = srv.get("other.example")
    assert st == 200, (st, body[:300])
    # status and metrics are served
    st, h, body = srv.get("pending.example", "/md-status")
    assert st == 200 and h["content-type"] == "application/json", (st, h)
    assert h["transfer-encoding"] == "chunked", h  # streamed, never held whole
    doc = json.loads(body)
    # paging: a page of one MD, then the page after it (nothing: one MD)
    st, _, body = srv.get("pending.example", "/md-status?limit=1")
    page = json.loads(body)
    assert st == 200 and page["managed-domains"] == doc["managed-domains"][:1]
    st, _, body = srv.get("pending.example",
                          "/md-status?after=pending.example&limit=1")
    assert st == 200 and json.loads(body)["managed-domains"] == []
    assert srv.get("pending.example", "/md-status?limit=x")[0] == 400
    st, _, body = srv.get("pending.example", "/metrics")
    assert st == 200 and b"mdshm_leader" in body
    # a browser (Accept: text/html) gets the HTML page, paged the same way
    browser = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    st, h, body = srv.get("pending.example", "/md-status", browser)
    assert st == 200 and h["content-type"] == "text/html; charset=utf-8"
    assert body.startswith(b"<!DOCTYPE html>") and body.endswith(b"</html>\n")
    assert b'data-md="pending.example"' in body and b"Leader" in body
    st, _, body = srv.get("pending.example",
                          "/md-status?after=pending.example&limit=1", browser)
    assert st == 200 and b"No managed domains after this point." in body
    # an MD's own document stays JSON; so does a client asking for JSON
    st, h, _ = srv.get("pending.example", "/md-status/pending.example",
                       browser)
    assert st == 200 and h["content-type"] == "application/json"
    st, h, _ = srv.get("pending.example", "/md-status",
                       {"Accept": "application/json"})
    assert h["content-type"] == "application/json"


def _ocsp_response(tmp_path, pki, cert, key, revoked=False):
    """A real OCSP response for cert (signed by the test CA) via openssl."""
    from cryptography import x509 as cx509
    c = cx509.load_pem_x509_certificate(open(cert, "rb").read())
    expiry = c.not_valid_after.strftime("%y%m%d%H%M%SZ")
    index = tmp_path / "index.txt"
    status, when = ("R", "240101000000Z") if revoked else ("V", "")
    index.write_text(f"{status}\t{expiry}\t{when}\t{index_serial(c.serial_number)}\tunknown\t"
                     "/CN=static.example\n")
    req = tmp_path / "req.der"
    resp = tmp_path / ("revoked.der" if revoked else "resp.der")
    subprocess.run(["openssl", "ocsp", "-issuer", pki.ca_file, "-cert", cert,
                    "-reqout", str(req), "-no_nonce"], check=True,
                   capture_output=True)
    subprocess.run(["openssl", "ocsp", "-index", str(index), "-rsigner", pki.ca_file,
                    "-rkey", pki.ca_key_file, "-CA", pki.ca_file, "-reqin", str(req),
                    "-respout", str(resp), "-ndays", "1"], check=True,
                   capture_output=True)
    return resp


def test_http01_every_worker_and_stapling(mdshm, mdshm_build, pki, tmp_path,
                                          servers):
    """A store with an imported certificate, no drive: http-01 is answered
    by every worker; the stored OCSP response is stapled."""
    store = tmp_path / "store"
    cert, key = pki.issue("static.example", dns=["static.example"])
    subprocess.run([mdshm, "--store", str(store), "init"], check=True,
                   capture_output=True)
    subprocess.run([mdshm, "--store", str(store), "import", "staticmd",
                    "--cert", cert, "--key", key], check=True, capture_output=True)
    helpers = os.path.join(mdshm_build, "tests", "helpers")
    subprocess.run([os.path.join(helpers, "put_records"), str(store),
                    "staticmd"], check=True, capture_output=True)
    resp = _ocsp_response(tmp_path, pki, cert, key)
    subprocess.run([os.path.join(helpers, "put_ocsp"), str(store), "staticmd",
                    str(resp), str(int(time.time()) + 86400)], check=True,
                   capture_output=True)
    srv = servers(tmp_path, store=store, drive="none", http_port=0)

    # http-01 from every worker: four held TLS connections are four
    # different workers (a plain connection cannot be held that way: TCP
    # completes it before any worker accepts it)
    pids = set()
    for h in srv.hold(WORKERS, "static.example"):
        st, headers, body = h.request("/.well-known/acme-challenge/tok-staticmd")
        assert st == 200 and body == b"tok.thumbprint"
        pids.add(int(headers["x-worker-pid"]))
    assert len(pids) == WORKERS
    # and on the plain HTTP port (the one CAs use)
    s = socket.create_connection(("127.0.0.1", srv.http_port), timeout=10)
    s.sendall(b"GET /.well-known/acme-challenge/tok-staticmd HTTP/1.1\r\n"
              b"Host: static.example\r\n\r\n")
    data = b""
    while chunk := s.recv(4096):
        data += chunk
    s.close()
    st, _, body = _parse_response(data)
    assert st == 200 and body == b"tok.thumbprint"
    st, _, _ = srv.get("static.example", "/.well-known/acme-challenge/nope")
    assert st == 404

    # stapling: openssl s_client -status shows the stored response
    out = subprocess.run(
        ["openssl", "s_client", "-connect", f"127.0.0.1:{srv.https_port}",
         "-servername", "static.example", "-status", "-CAfile", pki.ca_file],
        input=b"", capture_output=True, timeout=20)
    text = out.stdout.decode(errors="replace")
    assert "OCSP Response Status: successful" in text, text[-2000:]
    assert "Cert Status: good" in text
    assert "Verify return code: 0 (ok)" in text

    # the workers staple from their caches; a newer response stored by
    # the leader path is stapled on the very next handshake of any worker
    # (an OCSP write raises the store's gen, which every handshake checks)
    def stapled():
        out = subprocess.run(
            ["openssl", "s_client", "-connect", f"127.0.0.1:{srv.https_port}",
             "-servername", "static.example", "-status"],
            input=b"", capture_output=True, timeout=20)
        text = out.stdout.decode(errors="replace")
        assert "OCSP Response Status: successful" in text, text[-2000:]
        return "revoked" if "Cert Status: revoked" in text else "good"
    for _ in range(6):
        assert stapled() == "good"
    revoked = _ocsp_response(tmp_path, pki, cert, key, revoked=True)
    subprocess.run([os.path.join(helpers, "put_ocsp"), str(store), "staticmd",
                    str(revoked), str(int(time.time()) + 86400)], check=True,
                   capture_output=True)
    for _ in range(8):
        assert stapled() == "revoked"
    stats = []
    for h in srv.hold(WORKERS, "static.example"):
        st, _, body = h.request("/worker", "static.example")
        assert st == 200
        stats.append(json.loads(body))
    assert sum(s["staples"] for s in stats) == 15, stats
    assert sum(s["staples_cached"] for s in stats) == 15, stats
    assert all(s["staple_reads"] == 0 for s in stats), stats


def test_shutdown_does_not_pass_leadership_around(mdshm, pebble, tmp_path,
                                                  servers):
    """SIGTERM to the server: the other workers stop first and the leader
    last, so no stopping worker takes over (the term stays)."""
    store = tmp_path / "store"
    conf = conf_for(tmp_path, pebble, store, """
        <MDomain down.example>
            MDPrivateKeys secp256r1
            MDCAChallenges http-01
        </MDomain>
        """)
    srv = servers(tmp_path, conf=conf, http_port=pebble.http_port)
    wait_served(srv, mdshm, store, "down.example", "secp256r1", "down.example")
    before = status(mdshm, store)["leader"]
    assert before["pid"] in srv.worker_pids()
    assert srv.stop() == 0
    after = status(mdshm, store)["leader"]
    assert after["term"] == before["term"], (before, after, srv.log_text()[-2000:])
    assert after["pid"] == before["pid"]
