"""test_httpd_lifecycle.py -- mod_mdshm's processes inside Debian's apache2
(docs/httpd.md "Processes"), under mpm_prefork, mpm_event and mpm_worker,
children as nobody, pebble behind the fault proxy (which counts newOrder
and holds an order at its finalize):

- SIGKILL of the leading child mid-order: another child completes the same
  order (one newOrder);
- `apache2 -k graceful` mid-order: the old generation drains, a new one
  leads with a higher term and completes the same order; with threaded
  MPMs, also while the old leader still serves a connection;
- MaxConnectionsPerChild under a loop of handshakes: leadership moves as
  children exit, no handshake fails, the certificate stays served;
- graceful-stop and stop: no process left, the store consistent;
- the mod_md store of MDStoreDir imported on the first start (Debian's
  mod_md against the same pebble): same serials, no new order, mod_md's
  files untouched, no second import; an MD that cannot be imported is
  left out with an error and the server starts.
"""

import json
import os
import re
import signal
import subprocess
import textwrap

import pytest

import harness
from test_drive import DEADLINE
from test_httpd import apache  # noqa: F401 -- the fixture
from test_import_mod_md import (_need_apache, _write, fixture_store,
                                make_mod_md_store, pem_serial, snapshot)

pytestmark = pytest.mark.skipif(os.geteuid() != 0,
                                reason="runs apache2 as root with User nobody")

FINALIZE = re.compile(r"^/finalize-order/")
MPMS = ["prefork", "event", "worker"]


def _store(a):
    return os.path.join(a.store_base, "mdshm")


def _mdshm(mdshm, a, *args):
    return subprocess.run([mdshm, "--store", _store(a), *args],
                          capture_output=True, text=True, timeout=30)


def _status(mdshm, a):
    r = _mdshm(mdshm, a, "status", "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _leader(mdshm, a):
    """The live leader record, or None."""
    ld = _status(mdshm, a)["leader"]
    return ld if ld.get("active") else None


def _check_store(mdshm, a):
    r = _mdshm(mdshm, a, "check")
    assert r.returncode == 0, r.stdout + r.stderr


def _conf(a, proxy, pebble, port, mds, extra="", md_text=None):
    """MDs (http-01) ordered from pebble through @proxy, one SSL virtual
    host per MD on @port (@mds: name -> its other names); @md_text, if
    given, defines the MDs instead of one MDomain line each."""
    ca_file = a.copy_in(pebble.ca_file)
    if md_text is None:
        md_text = "".join(f"MDomain {md} {' '.join(more)}\n"
                          for md, more in mds.items())
    return textwrap.dedent(f"""\
        Listen 127.0.0.1:{pebble.http_port}
        Listen 127.0.0.1:{port} https
        MDCertificateAuthority {proxy.directory_url}
        MDCACertificateFile {ca_file}
        MDCertificateAgreement accepted
        MDContactEmail admin@example.org
        MDRetryDelay 1s
        MDCAChallenges http-01
        {extra}
        """) + md_text + _vhosts(port, mds)


def _vhosts(port, mds):
    """One SSL virtual host on @port per MD (@mds: name -> its other
    names)."""
    return textwrap.dedent("".join(f"""
        <VirtualHost 127.0.0.1:{port}>
          ServerName {md}
          {"ServerAlias " + " ".join(more) if more else ""}
          SSLEngine on
        </VirtualHost>
        """ for md, more in mds.items()))


def _issued(a, port, name):
    hs = a.handshake(port, name)
    try:
        return None if hs.handshake.is_fallback else hs.handshake
    finally:
        hs.close()


def _wait_issued(a, port, name):
    hs = harness.wait_until(lambda: _issued(a, port, name), DEADLINE,
                            f"pebble's certificate for {name}", interval=0.5)
    assert "Pebble" in hs.issuer, a.log()
    return hs.serial


def _every_child_serves(a, port, name, serial):
    """Connections held open at once, as many as there are children: under
    prefork each occupies a child of its own."""
    held = [a.handshake(port, name) for _ in range(len(a.children()))]
    try:
        return {h.handshake.serial for h in held} == {serial}
    finally:
        for h in held:
            h.close()


def _hold_first_finalize(proxy):
    """The order gets as far as its finalize, which pebble never sees until
    the leader that sent it is gone (the proxy holds it 300 s)."""
    proxy.delay(FINALIZE, 300, times=1)


def _wait_held(proxy, mdshm, a):
    harness.wait_until(lambda: proxy.requests(FINALIZE, "POST"), DEADLINE,
                       "the first finalize request")
    ld = _leader(mdshm, a)
    assert ld and ld["pid"] in a.children(), (ld, a.children())
    return ld


def _start_mid_order(apache, pebble, proxy, mdshm, mpm, md, extra=""):
    """apache2 with the one MD @md, started and held at the finalize of
    its first order: (apache, https port, the leader record)."""
    port = harness.free_port()
    a = apache(mpm=mpm)
    a.write(_conf(a, proxy, pebble, port, {md: []}, extra=extra))
    _hold_first_finalize(proxy)
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    return a, port, _wait_held(proxy, mdshm, a)


def _wait_every_child_serves(a, port, name, serial):
    harness.wait_until(lambda: _every_child_serves(a, port, name, serial),
                       DEADLINE, "the certificate in every child")


def _gone(pids):
    return not any(harness.pid_alive(p) for p in pids)


def _one_order(proxy):
    """Exactly one newOrder, finalized (once it was let through) for that
    same order: the second leader resumed it."""
    assert len(proxy.requests("newOrder", "POST")) == 1
    assert len({r.path for r in proxy.requests(FINALIZE, "POST")}) == 1


@pytest.mark.parametrize("mpm", MPMS)
def test_leader_killed_mid_order(apache, pebble, faultproxy, mdshm, mpm):
    a, port, old = _start_mid_order(apache, pebble, faultproxy, mdshm, mpm,
                                    "kill.example")
    os.kill(old["pid"], signal.SIGKILL)

    serial = _wait_issued(a, port, "kill.example")
    new = _leader(mdshm, a)
    assert new and new["pid"] != old["pid"] and new["term"] > old["term"]
    assert new["pid"] in a.children()
    _one_order(faultproxy)
    _wait_every_child_serves(a, port, "kill.example", serial)
    _check_store(mdshm, a)


@pytest.mark.parametrize("mpm", MPMS)
def test_graceful_mid_order(apache, pebble, faultproxy, mdshm, mpm):
    a, port, old = _start_mid_order(apache, pebble, faultproxy, mdshm, mpm,
                                    "grace.example")
    parent = a.pid()
    before = set(a.children())

    r = a.ctl("-k", "graceful")
    assert r.returncode == 0, r.stderr
    # the old generation drains: the leader among it, held in its finalize,
    # stops its drive (the request is cancelled) and gives up leadership
    harness.wait_until(lambda: _gone(before), DEADLINE,
                       "the old children to exit")
    serial = _wait_issued(a, port, "grace.example")
    new = _leader(mdshm, a)
    # the fencing term moved: the new generation writes under a later term
    assert new and new["term"] > old["term"], (old, new)
    assert new["pid"] in a.children() and new["pid"] not in before
    _one_order(faultproxy)
    # no write lost: what the old leader stored (the order) was resumed, and
    # what the new one stored is what every child serves
    _wait_every_child_serves(a, port, "grace.example", serial)
    m = _status(mdshm, a)["mds"]["grace.example"]
    assert m["state"] == "complete", m
    assert a.pid() == parent
    _check_store(mdshm, a)
    assert "cannot" not in a.log(), a.log()


def _server_pid(port, held):
    """The pid of the apache2 child that accepted the connection @held."""
    mine = held.sock.getsockname()[1]
    out = subprocess.run(["ss", "-Htnp", "state", "established",
                          f"( sport = :{port} and dport = :{mine} )"],
                         capture_output=True, text=True, check=True).stdout
    m = re.search(r"pid=(\d+)", out)
    return int(m.group(1)) if m else None


@pytest.mark.parametrize("mpm", MPMS)
def test_graceful_hands_leadership_over_while_the_leader_drains(
        apache, pebble, faultproxy, mdshm, mpm):
    """The leading child is still serving a connection when the graceful
    restart begins.  It keeps serving it, but its drive stops at once
    (threaded MPMs: httpd's child_stopping hook; prefork: the watcher of
    the scoreboard's generation): a child of the new generation leads, with
    a higher term, and completes the same order while the old one drains.
    (Otherwise the old child would lead until its connection ends: Timeout
    300.)"""
    a, port, old = _start_mid_order(apache, pebble, faultproxy, mdshm, mpm,
                                    "drain.example", extra="Timeout 300")
    before = set(a.children())
    # connections (handshake done, no request) until one is the leader's
    held = []
    for _ in range(12):
        held.append(a.handshake(port, "drain.example"))
        if _server_pid(port, held[-1]) == old["pid"]:
            break
    else:
        pytest.fail(f"no connection reached the leader {old['pid']}")
    try:
        r = a.ctl("-k", "graceful")
        assert r.returncode == 0, r.stderr
        serial = _wait_issued(a, port, "drain.example")
        new = _leader(mdshm, a)
        assert new and new["term"] > old["term"], (old, new)
        assert new["pid"] not in before, (new, before)
        # the old leader is still there, draining its connection
        assert harness.pid_alive(old["pid"])
        _one_order(faultproxy)
    finally:
        for h in held:
            h.close()
    harness.wait_until(lambda: _gone(before), DEADLINE,
                       "the old children to exit")
    _wait_every_child_serves(a, port, "drain.example", serial)
    _check_store(mdshm, a)


@pytest.mark.parametrize("mpm", MPMS)
def test_max_connections_per_child(apache, pebble, faultproxy, mdshm, mpm):
    port = harness.free_port()
    a = apache(mpm=mpm)
    a.write(_conf(a, faultproxy, pebble, port, {"cycle.example": []},
                  extra="MaxConnectionsPerChild 10"))
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    serial = _wait_issued(a, port, "cycle.example")
    first = harness.wait_until(lambda: _leader(mdshm, a), DEADLINE,
                               "a leader")
    leaders, seen = {first["pid"]}, set(a.children())
    for i in range(200):
        # every handshake succeeds and gets the certificate, never the
        # fallback, while the children are replaced under it
        hs = a.handshake(port, "cycle.example")
        try:
            assert hs.handshake.serial == serial, i
        finally:
            hs.close()
        if i % 10 == 9:
            seen |= set(a.children())
            ld = _leader(mdshm, a)
            if ld:
                leaders.add(ld["pid"])
    assert first["pid"] not in a.children()  # the first leader exited
    assert len(seen) > 4  # children were replaced
    last = harness.wait_until(
        lambda: (ld := _leader(mdshm, a)) and ld["pid"] in a.children()
        and ld, DEADLINE, "a leader among the current children")
    assert last["term"] > first["term"] and len(leaders | {last["pid"]}) > 1
    assert len(faultproxy.requests("newOrder", "POST")) == 1
    _check_store(mdshm, a)


@pytest.mark.parametrize("mpm", MPMS)
def test_graceful_stop_and_stop_are_clean(apache, pebble, faultproxy, mdshm,
                                          mpm):
    port = harness.free_port()
    a = apache(mpm=mpm)
    a.write(_conf(a, faultproxy, pebble, port, {"halt.example": []}))
    for how in ("graceful-stop", "stop"):
        r = a.start()
        assert r.returncode == 0, r.stderr + a.log()
        serial = _wait_issued(a, port, "halt.example")
        harness.wait_until(lambda: _leader(mdshm, a), DEADLINE, "a leader")
        procs = [a.pid()] + a.children()
        r = a.ctl("-k", how)
        assert r.returncode == 0, r.stderr
        harness.wait_until(lambda: _gone(procs), DEADLINE,
                           f"every apache2 process to exit ({how})")
        a.started = False
        # nobody leads, nothing holds the lock, the last leader stepped
        # down (it did not just die), the records decode
        ld = _status(mdshm, a)["leader"]
        assert ld["present"] and not ld["active"] and not ld["lock_held"], ld
        assert ld["heartbeat_age_ms"] is None, ld
        _check_store(mdshm, a)
        assert "exit signal" not in a.log(), a.log()
    # the second start served what the first stored: one order in all
    assert len(faultproxy.requests("newOrder", "POST")) == 1
    assert serial


# the MDs of test_import_mod_md's mod_md configuration
MOD_MD_MDS = """\
MDomain a.example www.a.example
<MDomain b.example>
  MDPrivateKeys secp256r1 rsa2048
</MDomain>
"""


def _without_mdshm(snap):
    """A snapshot of MDStoreDir without mdshm's own entries."""
    return {k: v for k, v in snap.items()
            if k.split("/")[0] not in ("mdshm", "mdshm-fallback")}


def test_first_start_imports_mod_md_store(apache, pebble, faultproxy_factory,
                                          mdshm):
    _need_apache()
    proxy = faultproxy_factory(pebble)
    # the children run as www-data, as mod_md's did (make_mod_md_store):
    # a Debian system that switches keeps its User
    a = apache(mpm="prefork", user="www-data", group="www-data")
    md_dir = make_mod_md_store(proxy, pebble, os.path.join(a.root, "modmd"))
    before = snapshot(md_dir)
    serials = {
        "a.example": pem_serial(f"{md_dir}/domains/a.example/pubcert.pem"),
        "www.a.example": pem_serial(f"{md_dir}/domains/a.example/pubcert.pem"),
        "b.example": pem_serial(f"{md_dir}/domains/b.example/pubcert.pem"),
    }
    orders = len(proxy.requests("newOrder", "POST"))
    accounts = len(proxy.requests("newAccount", "POST"))
    assert orders == 3 and accounts == 1

    port = harness.free_port()
    a.write(_conf(a, proxy, pebble, port,
                  {"a.example": ["www.a.example"], "b.example": []},
                  extra=f"MDStoreDir {md_dir}", md_text=MOD_MD_MDS))
    a.store_base = md_dir
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    assert a.log().count("imported the mod_md store") == 1, a.log()
    # served from the first handshakes: the imported sets (b.example has
    # an ECDSA and an RSA set: the client's signature algorithms choose)
    served = {}
    for name in serials:
        hs = _issued(a, port, name)
        assert hs, f"{name}: the fallback was served\n" + a.log()
        served[name] = format(hs.serial, "X")
    b_ec = pem_serial(f"{md_dir}/domains/b.example/pubcert.secp256r1.pem")
    assert served["a.example"] == served["www.a.example"] == \
        serials["a.example"]
    assert served["b.example"] in (serials["b.example"], b_ec)
    harness.wait_until(
        lambda: all((_status(mdshm, a)["mds"][m].get("job") or {})
                    .get("next_run_ms") for m in ("a.example", "b.example")),
        DEADLINE, "the drive to check both MDs")
    mds = _status(mdshm, a)["mds"]
    for m in ("a.example", "b.example"):
        assert mds[m]["state"] == "complete", mds[m]
    assert mds["b.example"]["certs"]["secp256r1"]["serial"].lstrip("0") == b_ec
    assert mds["b.example"]["certs"]["rsa2048"]["serial"].lstrip("0") == \
        serials["b.example"]
    assert len(proxy.requests("newOrder", "POST")) == orders
    assert len(proxy.requests("newAccount", "POST")) == accounts
    assert _without_mdshm(snapshot(md_dir)) == before

    # a second start: the store exists, nothing is imported again
    a.stop()
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    harness.wait_until(lambda: _issued(a, port, "a.example"), DEADLINE,
                       "a.example served")
    assert a.log().count("imported the mod_md store") == 1, a.log()
    assert len(proxy.requests("newOrder", "POST")) == orders
    assert _without_mdshm(snapshot(md_dir)) == before
    _check_store(mdshm, a)


def test_first_start_with_a_damaged_mod_md_md_goes_on(apache, mdshm):
    """An MD of the mod_md store that cannot be imported (a malformed
    md.json) is left out with an error naming the file; the others are
    imported, the server starts and serves them, mod_md's files stay."""
    a = apache(mpm="event")
    md_dir, facts = fixture_store(a.root)
    _write(f"{md_dir}/domains/one.example/md.json", '{"name": "one.example", ')
    before = snapshot(md_dir)
    port = harness.free_port()
    dead = harness.free_port()  # no CA: nothing may be ordered anyway
    a.write(f"""\
        Listen 127.0.0.1:{port} https
        MDCertificateAuthority https://127.0.0.1:{dead}/dir
        MDCertificateAgreement accepted
        MDStoreDir {md_dir}
        MDomain one.example www.one.example
        MDomain two.example www.two.example
        """ + _vhosts(port, {"one.example": [], "two.example": []}))
    a.store_base = md_dir
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    log = a.log()
    assert "domains/one.example/md.json" in log, log
    assert "the import of the mod_md store" in log and \
        "was not complete" in log, log
    hs = _issued(a, port, "two.example")
    assert hs and format(hs.serial, "X") == \
        facts["serials"]["two.example/rsa2048"].lstrip("0"), log
    assert _issued(a, port, "one.example") is None  # the fallback
    assert _without_mdshm(snapshot(md_dir)) == before
    _check_store(mdshm, a)
