"""test_etcd.py -- the etcd client and the cluster elector (core/etcd*.c,
core/cluster_elect.c) against a real 3-member etcd on 127.0.0.1, through
the test helper build/tests/helpers/etcd_tool.

Timings (failover after SIGKILL, fail-fast without quorum) are written to
the test log, never asserted (figures belong to make bench).
"""

import json
import os
import re
import signal
import subprocess
import time

import pytest

import harness
from etcd import EtcdCluster, have_etcd, wait_line

HELPERS = os.environ.get("MDSHM_HELPERS", "")
TOOL = os.path.join(HELPERS, "etcd_tool")
TIMEOUT = harness.STARTUP_TIMEOUT
# Lease TTL of the election tests: short for quick failovers, with room for
# a keepalive (every TTL/3) delayed by a loaded machine.
ELECTION_TTL = "3"

pytestmark = pytest.mark.skipif(
    not have_etcd() or not os.access(TOOL, os.X_OK),
    reason="etcd-server (sh tests/deps.sh) or $MDSHM_HELPERS/etcd_tool missing")


def tool(cluster, *args, members=None, extra=(), timeout=60, check=True):
    argv = [TOOL] + cluster.tool_args(members) + list(extra) + [str(a) for a in args]
    r = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    if check and r.returncode != 0:
        raise AssertionError(f"{argv}: exit {r.returncode}\n{r.stdout}\n{r.stderr}")
    assert_clean(r.stderr)
    return r


def assert_clean(text):
    """No report of the sanitizer build (make check under
    ./configure --enable-sanitizers runs these tests too)."""
    assert "Sanitizer" not in text and "runtime error:" not in text, text


class Bg:
    """etcd_tool in the background, its stdout and stderr in one file."""

    def __init__(self, tmp_path, name, cluster, *args, members=None):
        self.path = str(tmp_path / f"{name}.out")
        self.name = name
        argv = [TOOL] + cluster.tool_args(members) + [str(a) for a in args]
        self.proc = harness.ManagedProcess(name, argv, self.path).start()

    @property
    def pid(self):
        return self.proc.pid

    def lines(self):
        with open(self.path, errors="replace") as f:
            return [ln.rstrip("\n") for ln in f if not ln.startswith("# ")]

    def wait(self, pattern, timeout=TIMEOUT, after=0):
        """The first line matching @pattern (regex) after line @after."""
        rx = re.compile(pattern)
        found = []

        def check():
            for ln in self.lines()[after:]:
                if rx.search(ln):
                    found.append(ln)
                    return True
            if not self.proc.running():
                raise harness.ProcessExited(
                    f"{self.name} exited:\n" + "\n".join(self.lines()))
            return False
        harness.wait_until(check, timeout, f"{self.name}: {pattern}")
        return found[0]

    def signal(self, sig):
        os.kill(self.pid, sig)

    def stop(self):
        try:
            self.signal(signal.SIGCONT)
        except (ProcessLookupError, TypeError):
            pass
        self.proc.stop()
        assert_clean("\n".join(self.lines()))


def _running(directory, **kw):
    c = EtcdCluster(directory, **kw)
    try:
        c.start()
        yield c
    finally:
        c.close()


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One cluster for the tests that leave its members alone."""
    yield from _running(tmp_path_factory.mktemp("etcd-shared"))


@pytest.fixture
def fresh(tmp_path):
    """A cluster of its own, for tests that kill members."""
    yield from _running(tmp_path / "etcd")


@pytest.fixture
def bgs():
    started = []
    yield started
    for b in started:
        b.stop()


def kvs(out):
    """{key: value} from etcd_tool range output."""
    res = {}
    for ln in out.splitlines():
        if ln.startswith("kv "):
            _, key, value = ln.split(" ", 2)
            res[key] = value.rsplit(" mod=", 1)[0]
    return res


# ---- key-values ----------------------------------------------------------

def test_put_get_and_pages_pinned_at_a_revision(shared):
    for i in range(25):
        tool(shared, "put", f"/pages/k{i:03d}", f"v{i}")
    r = tool(shared, "range", "/pages/", "--prefix", "--page", "7")
    m = re.search(r"done pages=(\d+) keys=(\d+) rev=(\d+)", r.stdout)
    assert m and m.group(1) == "4" and m.group(2) == "25", r.stdout
    rev = int(m.group(3))
    got = kvs(r.stdout)
    assert got["/pages/k000"] == "v0" and got["/pages/k024"] == "v24"
    # later writes: a range pinned at the old revision does not see them
    for i in range(25, 30):
        tool(shared, "put", f"/pages/k{i:03d}", "late")
    tool(shared, "put", "/pages/k003", "changed")
    r = tool(shared, "range", "/pages/", "--prefix", "--page", "7", "--rev", rev)
    assert f"done pages=4 keys=25 rev={rev}" in r.stdout
    assert kvs(r.stdout)["/pages/k003"] == "v3"
    r = tool(shared, "range", "/pages/", "--prefix", "--page", "7")
    assert "keys=30" in r.stdout and kvs(r.stdout)["/pages/k003"] == "changed"
    r = tool(shared, "get", "/pages/k003")
    assert r.stdout.startswith("value=changed ")
    r = tool(shared, "get", "/pages/none", check=False)
    assert r.returncode == 1 and r.stdout.startswith("error not-found")
    r = tool(shared, "delete", "/pages/", "--prefix")
    assert "deleted=30" in r.stdout


def test_txn_creates_only_if_absent(shared):
    r = tool(shared, "txn-create", "/txn/leader", "host-a")
    assert r.stdout.startswith("succeeded rev=")
    rev = int(r.stdout.split("rev=")[1])
    r = tool(shared, "txn-create", "/txn/leader", "host-b")
    # the loser learns the holder and its create_revision (the term)
    assert r.stdout.strip() == f"failed holder=host-a create={rev}"


def test_leases(shared):
    r = tool(shared, "lease-grant", "5")
    m = re.match(r"lease=(\d+) ttl=5", r.stdout)
    assert m, r.stdout
    lease = m.group(1)
    tool(shared, "put", "/lease/k", "v", lease)
    assert tool(shared, "lease-keepalive", lease).stdout.startswith("ttl=5")
    assert tool(shared, "lease-revoke", lease).stdout.strip() == "ok"
    # a keepalive answer without TTL: the lease is gone, and its key too
    r = tool(shared, "lease-keepalive", lease, check=False)
    assert r.returncode == 1 and r.stdout.startswith("error not-found")
    assert tool(shared, "get", "/lease/k", check=False).returncode == 1


# ---- watch ----------------------------------------------------------------

def test_watch_events_with_prev_kv(shared, tmp_path, bgs):
    w = Bg(tmp_path, "watch", shared, "watch", "/watch/", "--prefix",
           "--events", "3")
    bgs.append(w)
    w.wait("^created")
    tool(shared, "put", "/watch/a", "one")
    tool(shared, "put", "/watch/a", "two")
    tool(shared, "delete", "/watch/a")
    assert w.proc.proc.wait(timeout=TIMEOUT) == 0
    events = [ln for ln in w.lines() if ln.startswith("event ")]
    assert len(events) == 3, w.lines()
    assert re.match(r"event PUT /watch/a one mod=\d+$", events[0])
    assert re.match(r"event PUT /watch/a two mod=\d+ prev=one$", events[1])
    assert re.match(r"event DELETE /watch/a  mod=\d+ prev=two$", events[2])


def test_watch_progress_asked_and_periodic(shared, tmp_path, bgs):
    rev = int(tool(shared, "put", "/progress/x", "1").stdout.split("rev=")[1])
    # asked for: a progress_request sent with the create_request
    r = tool(shared, "watch", "/progress/", "--prefix", "--progress",
             "--events", "0", "--wait-ms", "10000")
    m = re.search(r"progress rev=(\d+)", r.stdout)
    assert m and int(m.group(1)) >= rev, r.stdout
    # periodic: the members run with a 2 s progress interval
    w = Bg(tmp_path, "watch", shared, "watch", "/progress/", "--prefix",
           "--events", "1", "--wait-ms", "20000")
    bgs.append(w)
    w.wait("^created")
    w.wait(r"^progress rev=\d+")


def test_watch_from_compacted_revision_is_cancelled(shared):
    first = int(tool(shared, "put", "/compact/k", "a").stdout.split("rev=")[1])
    tool(shared, "put", "/compact/k", "b")
    last = int(tool(shared, "put", "/compact/k", "c").stdout.split("rev=")[1])
    shared.compact(last)
    r = tool(shared, "watch", "/compact/k", "--rev", first, check=False)
    assert r.returncode == 1
    m = re.search(r"canceled compact_revision=(\d+)", r.stdout)
    assert m and int(m.group(1)) == last, r.stdout  # the oldest kept
    r = tool(shared, "range", "/compact/", "--prefix", "--rev", first, check=False)
    assert r.returncode == 1 and r.stdout.startswith("error compacted"), r.stdout
    assert "range" in r.stderr and "127.0.0.1" in r.stderr  # op and endpoint
    # a watch from the compact revision on works
    r = tool(shared, "watch", "/compact/k", "--rev", last, "--events", "1")
    assert "event PUT /compact/k c" in r.stdout


# ---- election ---------------------------------------------------------------

def leader_of(bgs, prefix_lines=None):
    leaders = []
    for b in bgs:
        for ln in b.lines():
            if ln.startswith("leader term="):
                leaders.append((b.name, int(ln.split("=")[1])))
    return leaders


def test_one_leader_then_failover_after_sigkill(shared, tmp_path, bgs):
    cands = []
    for h in ("a", "b", "c"):
        cands.append(Bg(tmp_path, h, shared, "campaign", "--prefix", "/el1/",
                        "--host", h, "--ttl", ELECTION_TTL, "--interval-ms", "100",
                        "--writes", "0"))
    bgs.extend(cands)
    harness.wait_until(lambda: len(leader_of(cands)) == 1, TIMEOUT, "a leader")
    for b in cands:  # the others follow it
        b.wait(r"^(follower leader=\w|leader term=)")
    name, term = leader_of(cands)[0]
    r = tool(shared, "get", "/el1/leader")
    assert r.stdout.startswith(f"value={name} create={term} ")
    for b in cands:
        if b.name != name:
            b.wait(rf"^follower leader={name} term={term}$")
    assert len(leader_of(cands)) == 1  # still one

    victim = next(b for b in cands if b.name == name)
    t0 = time.monotonic()
    victim.signal(signal.SIGKILL)
    rest = [b for b in cands if b is not victim]
    harness.wait_until(lambda: len(leader_of(rest)) == 1, TIMEOUT, "a new leader")
    elapsed = time.monotonic() - t0
    new_name, new_term = leader_of(rest)[0]
    print(f"cluster leader failover after SIGKILL (TTL {ELECTION_TTL} s): "
          f"{elapsed:.2f} s")
    assert new_term > term
    r = tool(shared, "get", "/el1/leader")
    assert r.stdout.startswith(f"value={new_name} create={new_term} ")


def test_paused_leader_is_fenced(shared, tmp_path, bgs):
    a = Bg(tmp_path, "a", shared, "campaign", "--prefix", "/el2/", "--host", "a",
           "--ttl", ELECTION_TTL, "--interval-ms", "100")
    bgs.append(a)
    line = a.wait(r"^leader term=")
    a_term = int(line.split("=")[1])
    a.wait(r"^write seq=3 ok")
    b = Bg(tmp_path, "b", shared, "campaign", "--prefix", "/el2/", "--host", "b",
           "--ttl", ELECTION_TTL, "--interval-ms", "100", "--writes", "0")
    bgs.append(b)
    b.wait(r"^follower leader=a")

    a.signal(signal.SIGSTOP)
    stopped_at = len(a.lines())
    line = b.wait(r"^leader term=", timeout=TIMEOUT)
    b_term = int(line.split("=")[1])
    assert b_term > a_term
    a.signal(signal.SIGCONT)
    a.wait(r"^fenced$", after=stopped_at)
    a.wait(r"^follower leader=b", after=stopped_at)

    out = a.lines()
    fenced_at = out.index("fenced")
    assert not [ln for ln in out[fenced_at:] if re.match(r"write seq=\d+ ok", ln)]
    assert re.match(r"write seq=\d+ error fenced", out[fenced_at - 1])
    # nothing a wrote landed after b's term began; every key is one it saw ok
    r = tool(shared, "range", "/el2/data/a/", "--prefix")
    landed = {}
    for ln in r.stdout.splitlines():
        m = re.match(r"kv /el2/data/a/(\d+) .* mod=(\d+) ", ln)
        if m:
            landed[int(m.group(1))] = int(m.group(2))
    ok = {int(m.group(1)) for m in
          (re.match(r"write seq=(\d+) ok", ln) for ln in out) if m}
    assert landed and set(landed) == ok
    assert max(landed.values()) < b_term


def test_hosts_publish_their_applied_revision(shared, tmp_path, bgs):
    a = Bg(tmp_path, "a", shared, "campaign", "--prefix", "/hosts1/", "--host",
           "web-1", "--ttl", "2", "--interval-ms", "100", "--writes", "2")
    bgs.append(a)
    line = a.wait(r"^write seq=2 ok rev=")
    rev = int(line.split("rev=")[1])

    def hosts():
        return tool(shared, "hosts", "--prefix", "/hosts1/").stdout
    harness.wait_until(lambda: f"host web-1 applied={rev}" in hosts(), TIMEOUT,
                       "the applied revision published")
    assert "done hosts=1" in hosts()
    a.signal(signal.SIGKILL)  # its entry goes with its lease
    harness.wait_until(lambda: "done hosts=0" in hosts(), TIMEOUT,
                       "the dead host's entry gone")


def test_hosts_view_follows_publishes_and_deletions(shared, tmp_path, bgs):
    """The cluster leader's view of P"hosts/" (a range, then a watch):
    once it holds its read, a publish that catches a host up and the
    deletion of a host's entry (its lease expired) end the wait; the
    leader's own entry (--self) is not waited for."""
    p = "/hostsview/"

    def entry(host, applied):
        tool(shared, "put", f"{p}hosts/{host}",
             json.dumps({"host": host, "applied": applied, "at": 0}))

    for h in ("web-1", "web-2", "web-3"):
        entry(h, 5)
    r = tool(shared, "hosts-wait", "--prefix", p, "--rev", "10", "--self",
             "web-1", "--timeout-ms", "300", check=False)
    assert r.returncode == 1 and "timeout behind=2 hosts=3 " in r.stdout, \
        r.stdout + r.stderr
    w = Bg(tmp_path, "w", shared, "hosts-wait", "--prefix", p, "--rev", "10",
           "--timeout-ms", str(int(TIMEOUT * 1000)))
    bgs.append(w)
    # the view holds its read: what follows reaches it through the watch
    w.wait(r"^waiting behind=3 hosts=3$")
    entry("web-1", 10)
    entry("web-2", 12)
    assert not any(ln.startswith("caught-up") for ln in w.lines())
    tool(shared, "delete", f"{p}hosts/web-3")
    # one range read: the rest came through the watch
    w.wait(r"^caught-up hosts=2 reads=1$")
    r = tool(shared, "hosts-wait", "--prefix", p, "--rev", "10", "--self",
             "web-1", "--timeout-ms", "5000")
    assert "caught-up hosts=2 " in r.stdout


# ---- failures of etcd -------------------------------------------------------

def test_endpoint_failover_when_a_member_dies(fresh, tmp_path, bgs):
    tool(fresh, "put", "/fo/k", "1")
    fresh.kill(0)  # the first endpoint: every request starts there
    # if it was etcd's leader, a write during the new election may time
    # out (outcome unknown): the client failover is tested once it is over
    fresh.wait_healthy([1, 2])
    r = tool(fresh, "put", "/fo/k", "2")
    assert r.stdout.startswith("ok rev=")
    assert "trying the next endpoint" in r.stderr
    assert tool(fresh, "get", "/fo/k").stdout.startswith("value=2 ")
    w = Bg(tmp_path, "watch", fresh, "watch", "/fo/", "--prefix", "--events", "1")
    bgs.append(w)
    w.wait("^created endpoint=" + re.escape(fresh.members[1].client_url))
    tool(fresh, "put", "/fo/k", "3")
    w.wait(r"^event PUT /fo/k 3 ")
    r = tool(fresh, "get", "/fo/k", members=[0], check=False)
    assert r.returncode == 1 and r.stdout.startswith("error connection-failed")
    assert fresh.members[0].client_url in r.stderr and "range" in r.stderr


def test_quorum_lost_writes_fail_fast_and_never_land(fresh, tmp_path, bgs):
    a = Bg(tmp_path, "a", fresh, "campaign", "--prefix", "/q/", "--host", "a",
           "--ttl", "2", "--interval-ms", "100")
    bgs.append(a)
    a.wait(r"^write seq=3 ok")
    w = Bg(tmp_path, "watch", fresh, "watch", "/q/", "--prefix", "--wait-ms",
           "60000", members=[0])
    bgs.append(w)
    w.wait("^created")
    # a follower with a long lease: it keeps its lease through the outage
    b = Bg(tmp_path, "b", fresh, "campaign", "--prefix", "/q/", "--host", "b",
           "--ttl", "30", "--interval-ms", "100", "--writes", "0")
    bgs.append(b)
    b.wait(r"^follower leader=a")
    fresh.kill(1)
    fresh.kill(2)
    # a watch asking for a leader is told in-band, not left hanging
    w.wait(r"^error no-leader: .*no leader")
    t0 = time.monotonic()
    n = len(a.lines())
    a.wait(r"^write seq=\d+ error no-leader", after=n)
    print(f"fenced write without quorum failed after {time.monotonic() - t0:.2f} s")
    a.wait(r"^none$", after=n)  # the lease could not be kept: it stepped down
    # once the member knows it has no leader, a write fails at once
    t1 = time.monotonic()
    r = tool(fresh, "put", "/q/other", "x", check=False)
    print(f"a put without quorum answered in {time.monotonic() - t1:.3f} s")
    assert r.returncode == 1 and r.stdout.startswith("error no-leader"), r.stdout
    # the follower's watch was ended by "no leader" too: it retries at its
    # pace (a few lines a second), it does not spin on the failing campaign
    n_b = len(b.lines())
    assert n_b < 300, "\n".join(b.lines()[-20:])
    # without quorum the fast answer is "no leader": nothing was proposed
    fresh.restart(1, wait=False)
    fresh.restart(2, wait=False)
    fresh.wait_healthy()
    # the cluster resumes by itself: a new term, a's (its key expired) or
    # b's (its long lease survived)
    harness.wait_until(
        lambda: any(ln.startswith("leader term=") for ln in a.lines()[n:]) or
        any(ln.startswith("leader term=") for ln in b.lines()[n_b:]),
        TIMEOUT, "a cluster leader again")
    a.stop()
    out = a.lines()
    status = {}
    for ln in out:
        m = re.match(r"write seq=(\d+) (ok|error [\w-]+)", ln)
        if m:
            status[int(m.group(1))] = m.group(2)
    r = tool(fresh, "range", "/q/data/a/", "--prefix")
    landed = {int(m.group(1)) for m in
              (re.match(r"kv /q/data/a/(\d+) ", ln) for ln in r.stdout.splitlines())
              if m}
    assert {s for s, v in status.items() if v == "ok"} <= landed
    refused = {s for s, v in status.items() if v == "error no-leader"}
    assert refused and not refused & landed
    # only an answer that timed out may have landed unseen
    assert landed - {s for s, v in status.items() if v == "ok"} <= {
        s for s, v in status.items() if v == "error timed-out"}


# ---- security --------------------------------------------------------------

def test_client_tls(tmp_path, bgs):
    c = EtcdCluster(tmp_path / "etcd", tls=True)
    try:
        c.start()
        assert c.endpoints.startswith("https://")
        assert tool(c, "put", "/tls/k", "v").stdout.startswith("ok rev=")
        assert tool(c, "get", "/tls/k").stdout.startswith("value=v ")
        w = Bg(tmp_path, "watch", c, "watch", "/tls/", "--prefix", "--events", "1")
        bgs.append(w)
        w.wait("^created")
        tool(c, "put", "/tls/k", "w")
        w.wait(r"^event PUT /tls/k w ")
        # without a client certificate the handshake is refused
        argv = [TOOL, "--endpoints", c.endpoints, "--cacert", c.pki.ca_file,
                "get", "/tls/k"]
        r = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        assert r.returncode == 1 and r.stdout.startswith("error "), r.stdout
    finally:
        for b in bgs:
            b.stop()
        bgs.clear()
        c.close()


def test_auth_and_token_renewal_after_member_restart(tmp_path, bgs):
    c = EtcdCluster(tmp_path / "etcd", tls=True)
    try:
        c.start()
        c.enable_auth("mdshm", "s3cret-" + os.urandom(4).hex(), prefix="/auth/")
        assert tool(c, "put", "/auth/k", "v").stdout.startswith("ok rev=")
        # no user: refused; outside the granted prefix: refused
        r = subprocess.run([TOOL] + c.tool_args(user=False) + ["get", "/auth/k"],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 1 and r.stdout.startswith("error auth"), r.stdout
        r = tool(c, "put", "/other/k", "v", check=False)
        assert r.returncode == 1 and r.stdout.startswith("error auth"), r.stdout
        bad = tmp_path / "bad-password"
        bad.write_text("wrong\n")
        bad.chmod(0o600)
        r = subprocess.run([TOOL] + c.tool_args(password_file=str(bad)) +
                           ["get", "/auth/k"], capture_output=True, text=True,
                           timeout=60)
        assert r.returncode == 1 and r.stdout.startswith("error auth"), r.stdout

        # one long-lived client on member 0 only; simple tokens die with
        # the member: the client authenticates again by itself
        a = Bg(tmp_path, "a", c, "campaign", "--prefix", "/auth/", "--host",
               "a", "--ttl", "10", "--interval-ms", "200", members=[0])
        bgs.append(a)
        a.wait(r"^write seq=2 ok")
        c.restart(0)
        n = len(a.lines())
        a.wait(r"^write seq=\d+ ok", after=n)
        a.wait(r"token refused .*authenticating again")
    finally:
        for b in bgs:
            b.stop()
        bgs.clear()
        c.close()


def test_password_file_must_be_private(tmp_path):
    pw = tmp_path / "password"
    pw.write_text("secret\n")
    pw.chmod(0o644)
    argv = [TOOL, "--endpoints", "http://127.0.0.1:9", "--user", "u",
            "--password-file", str(pw), "get", "/k"]
    r = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and r.stdout.startswith("error perm"), r.stdout
    assert "must be a regular file of mode 0600" in r.stderr
    assert str(pw) in r.stderr
    pw.chmod(0o600)  # then it is read, and the (absent) server is the error
    r = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert r.stdout.startswith("error connection-failed"), r.stdout
