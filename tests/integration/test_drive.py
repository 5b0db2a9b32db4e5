"""test_drive.py -- `mdshm drive` against pebble: issuance, key types,
dns-01 wildcards, forced renewal, failover mid-order, CA faults.

Each test writes an mdshm.conf into tmp_path, runs `mdshm drive` as a
subprocess (the built-in http-01 responder listens on pebble's http-01
port) and polls `mdshm status --json` with a deadline until the store
shows what the test waits for.  The drive is always stopped at teardown
(SIGTERM, then SIGKILL).
"""

import json
import os
import re
import signal
import stat
import subprocess
import sys
import textwrap
import time

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

import harness

DEADLINE = 60.0  # seconds: CI machines are slow; nothing here sleeps blindly


# ---------------------------------------------------------------------------
# helpers

class Drive:
    """One `mdshm drive` process (harness.ManagedProcess) on a store."""

    def __init__(self, mdshm, workdir, conf, store, http01_port=None, name="drive",
                 extra=()):
        self.mdshm = mdshm
        self.store = str(store)
        argv = [mdshm, "-v", "--store", self.store, "drive", "--conf", str(conf)]
        if http01_port:
            argv += ["--http01-listen", f"127.0.0.1:{http01_port}"]
        argv += list(extra)
        self.name = name
        self.log_path = os.path.join(str(workdir), f"{name}.log")
        self.process = harness.ManagedProcess(name, argv, self.log_path)

    def start(self):
        self.process.start()
        harness.register(self)
        return self

    killed = False

    def kill(self):
        """SIGKILL: no clean-up of any kind, as a crash."""
        self.killed = True
        self.process.proc.send_signal(signal.SIGKILL)
        self.process.proc.wait(10)

    def stop(self):
        harness.unregister(self)
        return self.process.stop()

    def log_text(self):
        return self.process.log_text()

    def report_sections(self):
        return [(f"{self.name} log ({self.log_path})", harness.tail(self.log_path))]


def status(mdshm, store):
    out = subprocess.run([mdshm, "--store", str(store), "status", "--json"],
                         capture_output=True, text=True, timeout=20)
    if out.returncode != 0:
        raise RuntimeError(f"mdshm status: {out.returncode}: {out.stderr}")
    return json.loads(out.stdout)


def dump(mdshm, store):
    out = subprocess.run([mdshm, "--store", str(store), "dump", "--json"],
                         capture_output=True, text=True, timeout=20)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def md_status(mdshm, store, md):
    return status(mdshm, store)["mds"][md]


def wait_certs(mdshm, store, md, specs, timeout=DEADLINE, drive=None, changed=None):
    """Wait until every key spec of @md has an active set (and, with
    changed={spec: serial}, a different serial than given)."""
    def ready():
        if drive is not None and not drive.process.running():
            raise harness.Fatal(f"the drive exited:\n{drive.log_text()[-3000:]}")
        m = md_status(mdshm, store, md)
        certs = m.get("certs") or {}
        for spec in specs:
            c = certs.get(spec)
            if not c:
                return None
            if changed and c["serial"] == changed.get(spec):
                return None
        # The run that installed them records its outcome (job log, next
        # run) in a commit of its own right after: wait for that too.
        installed = max(certs[s].get("installed_ms") or 0 for s in specs)
        job = m.get("job") or {}
        if (job.get("last_run_ms") or 0) < installed or not job.get("next_run_ms"):
            return None
        return m
    return harness.wait_until(ready, timeout, f"certificates {specs} for {md}")


def write_conf(tmp_path, ca_url, ca_file, store, body, extra=""):
    text = textwrap.dedent(f"""\
        MDCertificateAuthority {ca_url}
        MDCACertificateFile {ca_file}
        MDCertificateAgreement accepted
        MDContactEmail admin@example.org
        MDStoreDir {store}
        MDRetryDelay 1s
        """) + textwrap.dedent(extra) + textwrap.dedent(body)
    path = tmp_path / "mdshm.conf"
    path.write_text(text)
    return path


@pytest.fixture
def drives():
    made = []

    def make(*args, **kw):
        d = Drive(*args, **kw)
        made.append(d)
        return d.start()

    yield make
    failed = []
    for d in reversed(made):
        rc = d.stop()
        if not d.killed and rc != 0:  # a clean stop; sanitizers report here
            failed.append(f"{d.name} exited {rc}:\n{d.log_text()[-3000:]}")
    assert not failed, "\n".join(failed)


def csr_key(rec):
    """Public key (DER) of the CSR a finalize request carried."""
    csr = x509.load_der_x509_csr(harness.b64url_decode(rec.payload["csr"]))
    return csr.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def newest_log_types(m):
    return [e["type"] for e in (m.get("job") or {}).get("log", [])]


# ---------------------------------------------------------------------------
# issuance

def test_http01_issuance(mdshm, pebble, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        MDomain test1.example www.test1.example
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    m = wait_certs(mdshm, store, "test1.example", ["rsa2048"], drive=drive)
    assert m["state"] == "complete"
    c = m["certs"]["rsa2048"]
    assert c["valid"] and "Pebble" in c["issuer"]
    assert m["renew_at_ms"] > 0
    job = m["job"]
    assert job["errors"] == 0 and job["last"]["status"] == 0
    assert job["next_run_ms"] > time.time() * 1000
    assert "event:installed" in newest_log_types(m)
    # the challenge records are gone, the account stays for the next order
    d = dump(mdshm, store)["databases"]
    assert d["challenges"] == {}
    assert d["staging"] == {}
    assert len(d["accounts"]) == 1
    # the store is private
    assert stat.S_IMODE(os.stat(store).st_mode) == 0o700
    assert drive.stop() == 0  # SIGTERM: clean stop


def test_ec_and_rsa_sets(mdshm, pebble, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        <MDomain two.example>
            MDPrivateKeys secp256r1 rsa2048
        </MDomain>
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    m = wait_certs(mdshm, store, "two.example", ["secp256r1", "rsa2048"], drive=drive)
    ec_set, rsa_set = m["certs"]["secp256r1"], m["certs"]["rsa2048"]
    assert ec_set["serial"] != rsa_set["serial"]
    d = dump(mdshm, store)["databases"]["certs"]
    assert set(d) == {"two.example/secp256r1", "two.example/rsa2048"}
    text = json.dumps(d)
    assert "BEGIN" not in text  # dump shows key fingerprints, never keys


def _dns_script(tmp_path):
    script = tmp_path / "dns01.py"
    script.write_text(textwrap.dedent("""\
        import json, sys, urllib.request
        mgmt, log, verb, domain = sys.argv[1:5]
        value = sys.argv[5] if len(sys.argv) > 5 else None
        host = "_acme-challenge." + domain + "."
        if verb == "setup":
            path, body = "/set-txt", {"host": host, "value": value}
        else:
            path, body = "/clear-txt", {"host": host}
        req = urllib.request.Request(mgmt + path, data=json.dumps(body).encode(),
                                     method="POST")
        urllib.request.urlopen(req, timeout=10).read()
        with open(log, "a") as f:
            f.write(" ".join(sys.argv[3:]) + "\\n")
        """))
    return script


def test_wildcard_dns01(mdshm, pebble, challtestsrv, tmp_path, drives):
    store = tmp_path / "store"
    script = _dns_script(tmp_path)
    log = tmp_path / "dns01.log"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, f"""
        <MDomain wild.example *.wild.example>
            MDCAChallenges dns-01
            MDChallengeDns01 {sys.executable} {script} {challtestsrv.mgmt_url} {log}
        </MDomain>
        """)
    drive = drives(mdshm, tmp_path, conf, store)
    m = wait_certs(mdshm, store, "wild.example", ["rsa2048"], drive=drive)
    assert m["state"] == "complete"
    calls = log.read_text().split("\n")
    setups = [c for c in calls if c.startswith("setup wild.example ")]
    teardowns = [c for c in calls if c.startswith("teardown wild.example")]
    # apex and wildcard: two TXT values on one name, both torn down
    assert len(setups) == 2 and len(set(setups)) == 2
    assert len(teardowns) == 2
    assert challtestsrv.query("_acme-challenge.wild.example", "TXT") == []


# ---------------------------------------------------------------------------
# renewal

def test_forced_renewal_archives_old_set(mdshm, pebble, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        MDomain renew.example
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    m = wait_certs(mdshm, store, "renew.example", ["rsa2048"], drive=drive)
    old = m["certs"]["rsa2048"]
    out = subprocess.run([mdshm, "--store", str(store), "renew", "renew.example"],
                         capture_output=True, text=True, timeout=20)
    assert out.returncode == 0, out.stderr
    assert "requested" in out.stdout
    m = wait_certs(mdshm, store, "renew.example", ["rsa2048"], drive=drive,
                   changed={"rsa2048": old["serial"]})
    new = m["certs"]["rsa2048"]
    assert new["gen"] > old["gen"]
    archive = dump(mdshm, store)["databases"]["archive"]
    assert list(archive) == ["renew.example/rsa2048/0000000001"]
    assert archive["renew.example/rsa2048/0000000001"]["serial"] == old["serial"]
    # the request was consumed
    assert os.listdir(store / "requests") == []


def test_renew_request_needs_a_valid_name(mdshm, tmp_path):
    store = tmp_path / "store"
    subprocess.run([mdshm, "--store", str(store), "init"], check=True,
                   capture_output=True)
    out = subprocess.run([mdshm, "--store", str(store), "renew", "../etc"],
                         capture_output=True, text=True)
    assert out.returncode == 2
    # an MD the store does not know: an error, not a request nobody acts on
    out = subprocess.run([mdshm, "--store", str(store), "renew", "a.example"],
                         capture_output=True, text=True)
    assert out.returncode == 1
    assert "no managed domain a.example" in out.stderr
    assert not (store / "requests").exists() or \
        os.listdir(store / "requests") == []


# ---------------------------------------------------------------------------
# failover

def test_failover_resumes_the_same_order(mdshm, pebble, faultproxy, tmp_path,
                                         drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain failover.example
        """)
    finalize = re.compile(r"^/finalize-order/")
    # Hold the first finalize long enough to kill the drive meanwhile.
    faultproxy.delay(finalize, 300, times=1)
    first = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive1")
    harness.wait_until(lambda: faultproxy.requests(finalize, "POST"), DEADLINE,
                       "the first finalize request")
    # authorizations are valid, the order is staged with its key
    m = md_status(mdshm, store, "failover.example")
    staged = m["staging"]["rsa2048"]
    assert staged["state"] == "finalizing"
    order_url = staged["order_url"]
    first.kill()

    second = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive2")
    m = wait_certs(mdshm, store, "failover.example", ["rsa2048"], drive=second)
    assert m["state"] == "complete"
    orders = faultproxy.requests("newOrder", "POST")
    assert len(orders) == 1, orders
    fins = faultproxy.requests(finalize, "POST")
    assert len(fins) == 2
    assert fins[0].path == fins[1].path
    assert order_url.endswith(fins[0].path.replace("finalize-order", "my-order"))
    # the same key: both CSRs carry one public key
    assert csr_key(fins[0]) == csr_key(fins[1])
    assert "resuming" in second.log_text()


# ---------------------------------------------------------------------------
# faults

def test_rate_limit_honours_retry_after(mdshm, pebble, faultproxy, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain limited.example
        """)
    rule = faultproxy.rate_limit("newOrder", retry_after=4, times=1)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    wait_certs(mdshm, store, "limited.example", ["rsa2048"], drive=drive)
    assert rule.hits == 1
    orders = faultproxy.requests("newOrder", "POST")
    assert len(orders) == 2
    assert orders[0].status == 429
    # MDRetryDelay is 1s: only the Retry-After explains the wait
    assert orders[1].time - orders[0].time >= 3.9
    m = md_status(mdshm, store, "limited.example")
    assert m["job"]["errors"] == 0


def test_bad_nonce_storm(mdshm, pebble_factory, tmp_path, drives):
    pebble = pebble_factory(nonce_reject=50)
    store = tmp_path / "store"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        MDomain nonce.example
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    wait_certs(mdshm, store, "nonce.example", ["rsa2048"], drive=drive)


def test_malformed_and_truncated_answers(mdshm, pebble, faultproxy, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain broken.example
        """)
    faultproxy.malformed_json("newOrder", times=1)
    faultproxy.truncate(re.compile(r"^/finalize-order/"), times=1)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    m = wait_certs(mdshm, store, "broken.example", ["rsa2048"], drive=drive)
    assert m["state"] == "complete"
    assert drive.process.running()


def test_ari_window_in_the_past_renews_with_replaces(mdshm, pebble, faultproxy,
                                                      tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain ari.example
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive1")
    m = wait_certs(mdshm, store, "ari.example", ["rsa2048"], drive=drive)
    old = m["certs"]["rsa2048"]
    drive.stop()
    # The CA now says: renew now.  A restart checks at once (MDInitialDelay 0).
    faultproxy.ari_renew_now()
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive2")
    wait_certs(mdshm, store, "ari.example", ["rsa2048"], drive=drive,
               changed={"rsa2048": old["serial"]})
    orders = faultproxy.requests("newOrder", "POST")
    assert len(orders) == 2
    assert "replaces" not in orders[0].payload
    assert orders[1].payload.get("replaces")
    assert faultproxy.requests("renewalInfo", "GET")


def test_ari_window_in_the_future_waits(mdshm, pebble, faultproxy, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain later.example
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive1")
    wait_certs(mdshm, store, "later.example", ["rsa2048"], drive=drive)
    drive.stop()
    faultproxy.ari_wait(days=30, retry_after=3600)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive2")

    def checked():
        m = md_status(mdshm, store, "later.example")
        return "checked: renewal in" in m["job"]["last"]["detail"] and m
    m = harness.wait_until(checked, DEADLINE, "a check after the restart")
    assert faultproxy.requests("renewalInfo", "GET")
    assert len(faultproxy.requests("newOrder", "POST")) == 1
    # the ARI Retry-After is kept: no ARI request before it
    assert m["job"]["retry_after_ms"] > time.time() * 1000 + 3000 * 1000
    # the suggested point (inside the window, RFC 9773) is the new renew-at
    now_ms = time.time() * 1000
    assert now_ms + 29.9 * 86400e3 <= m["renew_at_ms"] <= now_ms + 31 * 86400e3
    # Another restart within the Retry-After: a check, no ARI request, the
    # same point.
    asked = len(faultproxy.requests("renewalInfo", "GET"))
    drive.stop()
    drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive3")
    again = harness.wait_until(
        lambda: (lambda x: x["job"]["last_run_ms"] > m["job"]["last_run_ms"] and x)(
            md_status(mdshm, store, "later.example")),
        DEADLINE, "a check by the third drive")
    assert len(faultproxy.requests("renewalInfo", "GET")) == asked
    assert again["renew_at_ms"] == m["renew_at_ms"]
    assert again["job"]["retry_after_ms"] == m["job"]["retry_after_ms"]


def test_static_md_is_not_renewed(mdshm, pebble, pki, tmp_path, drives):
    store = tmp_path / "store"
    cert_file, key_file = pki.issue("static.example", dns=["static.example"])
    key = tmp_path / "static.key"
    key.write_bytes(open(key_file, "rb").read())
    os.chmod(key, 0o600)
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, f"""
        <MDomain static.example>
            MDCertificateFile {cert_file}
            MDCertificateKeyFile {key}
        </MDomain>
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)

    def checked():
        m = md_status(mdshm, store, "static.example")
        return m.get("job") and m
    m = harness.wait_until(checked, DEADLINE, "the static MD checked")
    assert m["is_static"]
    assert "static" in m["job"]["last"]["detail"]
    assert drive.process.running()


# ---------------------------------------------------------------------------
# scheduling

def test_orders_run_concurrently(mdshm, pebble, faultproxy, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain c1.example
        MDomain c2.example
        MDomain c3.example
        MDomain c4.example
        """)
    # Each newOrder is held until all four have arrived: with runs one
    # after another only one would ever be held (a gate, not a timing:
    # a loaded machine only makes the wait longer).
    gate = faultproxy.gate("newOrder", 4, method="POST")
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    for md in ("c1.example", "c2.example", "c3.example", "c4.example"):
        wait_certs(mdshm, store, md, ["rsa2048"], drive=drive)
    assert len(faultproxy.requests("newOrder", "POST")) == 4
    assert gate.params["most"] == 4, \
        f"newOrders held at once: {gate.params['most']} (4 expected)"


def test_backoff_survives_a_restart(mdshm, pebble, faultproxy, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain backoff.example
        MDomain witness.example
        """)

    def for_backoff(rec):
        return "backoff.example" in json.dumps(rec.payload)
    rule = faultproxy.problem("newOrder", 400, "rejectedIdentifier",
                              method="POST", when=for_backoff)
    first = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive1")
    wait_certs(mdshm, store, "witness.example", ["rsa2048"], drive=first)

    def failed_once():
        job = md_status(mdshm, store, "backoff.example").get("job") or {}
        return job.get("errors") == 1 and job
    job = harness.wait_until(failed_once, DEADLINE, "the first failure")
    assert job["last"]["problem"].endswith(":rejectedIdentifier")
    assert job["last"]["error"] == "MDSHM_EBADINPUT"
    # an input error waits the maximum (12..24 h), not MDRetryDelay
    assert job["next_run_ms"] / 1000 - time.time() > 11 * 3600
    first.stop()

    second = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive2")
    # The witness's renewal shows the new leader planned and dispatched;
    # the failed MD stays in its backoff.
    old = md_status(mdshm, store, "witness.example")["certs"]["rsa2048"]
    subprocess.run([mdshm, "--store", str(store), "renew", "witness.example"],
                   check=True, capture_output=True)
    wait_certs(mdshm, store, "witness.example", ["rsa2048"], drive=second,
               changed={"rsa2048": old["serial"]})
    m = md_status(mdshm, store, "backoff.example")
    assert m["job"]["errors"] == 1
    assert m["job"]["next_run_ms"] == job["next_run_ms"]
    assert rule.hits == 1


def test_retry_after_failure_at_the_persisted_time(mdshm, pebble, faultproxy,
                                                   tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain retry.example
        """, extra="MDRetryDelay 8s\n")
    faultproxy.problem("newOrder", 403, "unauthorized", times=1, method="POST")
    first = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive1")

    def failed_once():
        job = md_status(mdshm, store, "retry.example").get("job") or {}
        return job.get("errors") == 1 and job
    job = harness.wait_until(failed_once, DEADLINE, "the first failure")
    first.stop()
    second = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive2")
    wait_certs(mdshm, store, "retry.example", ["rsa2048"], drive=second)
    orders = faultproxy.requests("newOrder", "POST")
    assert len(orders) == 2
    # 4..8 s of backoff, kept across the restart
    assert orders[1].time >= job["next_run_ms"] / 1000 - 0.2
    assert md_status(mdshm, store, "retry.example")["job"]["errors"] == 0


def test_ca_failover(mdshm, pebble, tmp_path, drives):
    store = tmp_path / "store"
    dead = f"https://127.0.0.1:{harness.free_port()}/dir"
    conf = write_conf(tmp_path, f"{dead} {pebble.directory_url}", pebble.ca_file,
                      store, """
        MDomain failover-ca.example
        """, extra="MDRetryFailover 1\n")
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    m = wait_certs(mdshm, store, "failover-ca.example", ["rsa2048"], drive=drive)
    assert "Pebble" in m["certs"]["rsa2048"]["issuer"]
    log = drive.log_text()
    assert dead in log and pebble.directory_url in log
    accounts = dump(mdshm, store)["databases"]["accounts"]
    assert [a["ca_url"] for a in accounts.values()] == [pebble.directory_url]


# ---------------------------------------------------------------------------
# events

def _event_script(tmp_path, veto=None):
    log = tmp_path / "events.log"
    script = tmp_path / "events.py"
    script.write_text(textwrap.dedent(f"""\
        import sys
        with open({str(log)!r}, "a") as f:
            f.write(" ".join(sys.argv[1:]) + "\\n")
        sys.exit(1 if sys.argv[1] == {veto!r} else 0)
        """))
    return script, log


def test_events_and_job_log(mdshm, pebble, tmp_path, drives):
    store = tmp_path / "store"
    script, log = _event_script(tmp_path)
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        MDomain events.example
        """, extra=f"MDMessageCmd {sys.executable} {script}\n"
                   f"MDNotifyCmd {sys.executable} {script} notify\n")
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    wait_certs(mdshm, store, "events.example", ["rsa2048"], drive=drive)
    harness.wait_until(lambda: "installed" in log.read_text(), DEADLINE,
                       "the installed event")
    lines = log.read_text().splitlines()
    assert lines[0] == "renewing events.example"
    assert "challenge-setup events.example" in lines
    assert "renewed events.example" in lines
    assert "notify events.example" in lines
    assert lines[-1] == "installed events.example"
    types = [e["type"] for e in dump(mdshm, store)["databases"]["jobs"]
             ["events.example"]["log"]]
    for t in ("event:renewing", "event:challenge-setup", "event:renewed",
              "event:installed"):
        assert t in types


def test_renewing_veto(mdshm, pebble, faultproxy, tmp_path, drives):
    store = tmp_path / "store"
    script, log = _event_script(tmp_path, veto="renewing")
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain veto.example
        """, extra=f"MDMessageCmd {sys.executable} {script}\n")
    drives(mdshm, tmp_path, conf, store, pebble.http_port)

    def vetoed():
        job = md_status(mdshm, store, "veto.example").get("job") or {}
        return "vetoed" in (job.get("last") or {}).get("detail", "") and job
    job = harness.wait_until(vetoed, DEADLINE, "the veto")
    assert job["errors"] == 0  # a veto is no error
    assert faultproxy.requests("newOrder") == []
    assert log.read_text().splitlines() == ["renewing veto.example"]


def test_activation_delay(mdshm, pebble, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        MDomain delay.example
        """, extra="MDActivationDelay 4s\n")
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    # a first certificate is not delayed: nothing is served meanwhile
    old = wait_certs(mdshm, store, "delay.example", ["rsa2048"],
                     drive=drive)["certs"]["rsa2048"]
    subprocess.run([mdshm, "--store", str(store), "renew", "delay.example"],
                   check=True, capture_output=True)

    def staged():
        m = md_status(mdshm, store, "delay.example")
        st = m["staging"].get("rsa2048")
        return st and st["state"] == "done" and m
    m = harness.wait_until(staged, DEADLINE, "the staged replacement")
    assert m["certs"]["rsa2048"]["serial"] == old["serial"]
    m = wait_certs(mdshm, store, "delay.example", ["rsa2048"], drive=drive,
                   changed={"rsa2048": old["serial"]})
    new = m["certs"]["rsa2048"]
    assert new["installed_ms"] >= new["not_before"] * 1000 + 4000


# ---------------------------------------------------------------------------
# configuration changes

def test_removed_md_is_kept_but_not_renewed(mdshm, pebble, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        MDomain keep.example
        MDomain gone.example
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive1")
    wait_certs(mdshm, store, "gone.example", ["rsa2048"], drive=drive)
    wait_certs(mdshm, store, "keep.example", ["rsa2048"], drive=drive)
    drive.stop()
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        MDomain keep.example www.keep.example
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="drive2")
    # the new name makes keep.example incomplete: a new certificate
    harness.wait_until(
        lambda: (md_status(mdshm, store, "keep.example")["certs"]["rsa2048"] or {})
        .get("gen", 0) > 0 and "www.keep.example" in
        md_status(mdshm, store, "keep.example")["names"] and
        dump(mdshm, store)["databases"]["archive"], DEADLINE,
        "keep.example with its new name")
    d = dump(mdshm, store)["databases"]
    assert d["mds"]["gone.example"]["renew_mode"] == "manual"
    assert "gone.example/rsa2048" in d["certs"]
    assert d["names"]["gone.example"]["md"] == "gone.example"
    assert d["names"]["www.keep.example"]["md"] == "keep.example"


def test_account_unknown_to_the_ca_is_replaced(mdshm, pebble, faultproxy, tmp_path,
                                              drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        MDomain acct.example
        """)
    faultproxy.problem("newOrder", 400, "accountDoesNotExist", times=1,
                       method="POST")
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    wait_certs(mdshm, store, "acct.example", ["rsa2048"], drive=drive)
    accounts = dump(mdshm, store)["databases"]["accounts"]
    assert sorted(a["status"] for a in accounts.values()) == ["deactivated", "valid"]
    assert len(faultproxy.requests("newAccount", "POST")) == 2


# ---------------------------------------------------------------------------
# challenge choice

def test_dns01_setup_failure_falls_back_to_http01(mdshm, pebble, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        <MDomain fallback.example>
            MDCAChallenges dns-01 http-01
            MDChallengeDns01 /bin/false
        </MDomain>
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    m = wait_certs(mdshm, store, "fallback.example", ["rsa2048"], drive=drive)
    assert m["job"]["errors"] == 0
    log = drive.log_text()
    assert "dns-01 setup for fallback.example failed" in log
    assert "setting up http-01 for fallback.example" in log
    assert dump(mdshm, store)["databases"]["challenges"] == {}


def test_tls_alpn01_challenge_record(mdshm, pebble, faultproxy, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, faultproxy.directory_url, pebble.ca_file, store, """
        <MDomain alpn.example>
            MDCAChallenges tls-alpn-01
        </MDomain>
        """)
    # Hold the answer to the CA: the record must be in place before it.
    chall = re.compile(r"^/chalZ/")
    faultproxy.delay(chall, 300, times=1)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    harness.wait_until(lambda: faultproxy.requests(chall, "POST"), DEADLINE,
                       "the challenge answer")
    rec = dump(mdshm, store)["databases"]["challenges"]["tls-alpn-01/alpn.example"]
    assert rec["type"] == "tls-alpn-01"
    assert rec["name"] == "alpn.example"
    assert rec["cert"]["names"] == ["alpn.example"]
    assert "public_key_sha256" in rec["pkey"]
    assert "BEGIN" not in json.dumps(rec)
    # SIGTERM while the ACME request hangs: a clean, quick stop (the
    # drives fixture checks the exit status)
    t0 = time.monotonic()
    assert drive.stop() == 0
    assert time.monotonic() - t0 < 10
    # the setup was undone on the way out
    assert dump(mdshm, store)["databases"]["challenges"] == {}


def test_external_account_binding(mdshm, pebble_factory, tmp_path, drives):
    pebble = pebble_factory(eab=True)
    store = tmp_path / "store"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        MDomain eab.example
        """, extra=f"MDExternalAccountBinding {pebble.eab_kid} {pebble.eab_hmac}\n")
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    wait_certs(mdshm, store, "eab.example", ["rsa2048"], drive=drive)
    accounts = dump(mdshm, store)["databases"]["accounts"]
    (acct,) = accounts.values()
    assert acct["eab_kid"] == pebble.eab_kid
    text = json.dumps(accounts) + drive.log_text()
    assert pebble.eab_hmac not in text  # the MAC key is never shown


def test_no_agreement_no_account(mdshm, pebble, tmp_path, drives):
    store = tmp_path / "store"
    conf = tmp_path / "mdshm.conf"
    conf.write_text(textwrap.dedent(f"""\
        MDCertificateAuthority {pebble.directory_url}
        MDCACertificateFile {pebble.ca_file}
        MDStoreDir {store}
        MDomain noagree.example
        """))
    drives(mdshm, tmp_path, conf, store, pebble.http_port)

    def failed():
        job = md_status(mdshm, store, "noagree.example").get("job") or {}
        return job.get("errors") and job
    job = harness.wait_until(failed, DEADLINE, "the failure")
    assert "MDCertificateAgreement" in job["last"]["detail"]
    assert job["last"]["problem"].endswith(":userActionRequired")
    # our input: the next attempt waits the maximum, not MDRetryDelay
    assert job["next_run_ms"] / 1000 - time.time() > 11 * 3600
