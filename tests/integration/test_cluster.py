"""test_cluster.py -- cluster mode end to end: three hosts (three stores,
each the example server with 2 workers whose drive threads elect the
host's leader), one real 3-member etcd (etcd.py), one pebble behind the
fault proxy (which counts newOrder), the same MDCluster* configuration and
key-encryption file everywhere.

pebble validates http-01 on one port; a forwarder of the test listens on
it and sends each validation to a host chosen once the cluster leader is
known (one that does not lead), so the challenge is answered by a host
that only mirrored it.

Timings (failover, commit -> every host serving) go to the test log
(print), never asserted.
"""

import json
import os
import re
import signal
import socket
import subprocess
import threading
import textwrap
import time

import pytest

import harness
from etcd import EtcdCluster, have_etcd
from example_server import ExampleServer
from test_drive import dump, write_conf
from test_example_server import status, stored_serial

DEADLINE = 90.0
WORKERS = 2
PREFIX = "/mdshm/"

pytestmark = pytest.mark.skipif(not have_etcd(),
                                reason="etcd-server missing (sh tests/deps.sh)")


class Forwarder:
    """TCP forwarder on @port: every connection waits until a target port
    is set, then is piped to it; connections are counted per target."""

    def __init__(self, port):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(16)
        self.target = None
        self.ready = threading.Event()
        self.hits = {}
        self.stopping = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def set_target(self, port):
        self.target = port
        self.ready.set()

    def _accept(self):
        while not self.stopping:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(c,), daemon=True).start()

    def _connect(self, port):
        for attempt in range(10):
            try:
                return socket.create_connection(("127.0.0.1", port),
                                                timeout=10)
            except OSError as e:
                print(f"forwarder: connect to {port}: {e} (attempt "
                      f"{attempt + 1})")
                time.sleep(0.1)
        return None

    def _serve(self, c):
        if not self.ready.wait(DEADLINE):
            c.close()
            return
        port = self.target
        self.hits[port] = self.hits.get(port, 0) + 1
        u = self._connect(port)
        if u is None:
            c.close()
            return

        def pipe(a, b):
            try:
                while True:
                    data = a.recv(65536)
                    if not data:
                        break
                    b.sendall(data)
            except OSError:
                pass
            finally:
                try:
                    b.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
        t = threading.Thread(target=pipe, args=(u, c), daemon=True)
        t.start()
        pipe(c, u)
        t.join(10)
        c.close()
        u.close()

    def stop(self):
        self.stopping = True
        self.ready.set()
        try:
            # wakes the blocked accept(); a close alone leaves the socket
            # listening until one more connection comes (and forwards it)
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


@pytest.fixture
def etcd(tmp_path):
    c = EtcdCluster(tmp_path / "etcd")
    try:
        c.start()
        yield c
    finally:
        c.close()


@pytest.fixture
def kek(tmp_path):
    path = tmp_path / "cluster.key"
    path.write_text(os.urandom(32).hex() + "\n")
    os.chmod(path, 0o600)
    return path


class Host:
    def __init__(self, name, dir, store, server):
        self.name, self.dir, self.store, self.server = name, dir, store, server
        self.killed = False

    def kill(self):
        """SIGKILL the whole host: parent and every worker.  The parent
        first: it restarts a worker that dies, and a worker forked after
        the list was taken would live on as this host."""
        pids = [self.server.pid] + self.server.worker_pids()
        for p in pids:
            try:
                os.kill(p, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.killed = True


@pytest.fixture
def hosts(mdshm_build, tmp_path, etcd, kek):
    made = []

    def make(n, ca_url, ca_file, body, extra=""):
        endpoints = " ".join(m.client_url for m in etcd.members)
        out = []
        for _ in range(n):
            name = f"host{len(made)}"  # a later call adds hosts
            d = tmp_path / name
            d.mkdir()
            store = d / "store"
            conf = write_conf(d, ca_url, ca_file, store, body,
                              extra=textwrap.dedent(f"""
                MDClusterEndpoints {endpoints}
                MDClusterKeyEncryptionFile {kek}
                MDClusterLeaseTTL 2s
                MDClusterHostId {name}
                """) + textwrap.dedent(extra))
            srv = ExampleServer(mdshm_build, d, conf=conf, workers=WORKERS,
                                http_port=0, name=name)
            h = Host(name, d, store, srv)
            made.append(h)
            out.append(h)
        for h in out:  # all at once: any may become the cluster leader
            h.server.process.start()
            harness.register(h.server)
        for h in out:
            _wait_ready(h.server)
        return out

    yield make
    failed = []
    for h in reversed(made):
        rc = h.server.stop() if not h.killed else _stop_killed(h.server)
        log = h.server.log_text()
        if not h.killed and rc != 0:
            failed.append(f"{h.name} exited {rc}:\n{log[-3000:]}")
        for bad in ("Sanitizer", "runtime error:"):
            if bad in log:
                i = log.index(bad)
                failed.append(f"{h.name}: {log[max(0, i - 500):i + 2500]}")
    assert not failed, "\n".join(failed)


def _wait_ready(srv, timeout=30):
    def ready():
        if not srv.process.running():
            raise harness.Fatal(f"{srv.name} exited:\n{srv.log_text()[-3000:]}")
        return re.search(r"^READY pid=(\d+) https=(\d+) http=(\d+)$",
                         srv.log_text(), re.M)
    m = harness.wait_until(ready, timeout, f"{srv.name} READY")
    srv.pid, srv.https_port, srv.http_port = (int(m.group(1)), int(m.group(2)),
                                              int(m.group(3)))
    harness.wait_until(lambda: len(srv.worker_pids()) == srv.children,
                       timeout, f"{srv.name}: {srv.children} children")


def _stop_killed(srv):
    harness.unregister(srv)
    try:
        srv.process.stop()
    except Exception:  # noqa: BLE001 -- it is dead already
        pass
    return 0


def cluster_leader(etcd):
    """The host id in P"leader", or None."""
    out = etcd.etcdctl("get", PREFIX + "leader", "--print-value-only").strip()
    return out or None


def every_worker_serial(server, name):
    held = server.hold(WORKERS, name)
    seen = {}
    try:
        for h in held:
            st, headers, _ = h.request("/", name)
            assert st == 200
            seen[int(headers["x-worker-pid"])] = h.handshake.serial
    finally:
        for h in held:
            h.close()
    assert len(seen) == WORKERS, seen
    return set(seen.values())


def wait_all_serve(mdshm, live, md, spec, name, timeout=DEADLINE,
                   not_serial=None):
    """Every live host's store has one and the same set, and every worker
    of every host serves it.  Returns (serial, seconds from the first
    host having it to the last)."""
    first = {}

    def same():
        for h in live:
            if not h.server.process.running():
                raise harness.Fatal(f"{h.name} exited:\n"
                                    f"{h.server.log_text()[-3000:]}")
        serials = {}
        for h in live:
            s = stored_serial(mdshm, h.store, md, spec)
            if s:
                first.setdefault(h.name, time.monotonic())
            serials[h.name] = s
        vals = set(serials.values())
        return vals.pop() if len(vals) == 1 and None not in vals and \
            not_serial not in vals else None
    serial = harness.wait_until(same, timeout, f"{md}/{spec} on every host")
    spread = max(first.values()) - min(first.values())
    for h in live:
        assert every_worker_serial(h.server, name) == {serial}, h.name
    return serial, spread


def md_status(mdshm, store):
    out = subprocess.run([mdshm, "--store", str(store), "status",
                          "--md-status"], capture_output=True, text=True,
                         timeout=20)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def renew(mdshm, host, md):
    out = subprocess.run([mdshm, "--store", str(host.store), "renew", md],
                         capture_output=True, text=True, timeout=20)
    assert out.returncode == 0, out.stderr


def md_body(name):
    return f"""
        <MDomain {name}>
            MDPrivateKeys secp256r1
            MDCAChallenges http-01
        </MDomain>
        """


def start_cluster(hosts, faultproxy, pebble, etcd, fwd, md, body=None,
                  extra="", port="http_port"):
    """Three hosts for MD @md (or the configuration @body, and the global
    directives @extra); once one leads the cluster, pebble's validations
    on @fwd go to another's @port ("http_port", "https_port").  Returns
    (hosts, leader host, follower)."""
    hs = hosts(3, faultproxy.directory_url, pebble.ca_file,
               body or md_body(md), extra=extra)
    leader = harness.wait_until(lambda: cluster_leader(etcd), DEADLINE,
                                "a cluster leader")
    lead_host = next(h for h in hs if h.name == leader)
    follower = next(h for h in hs if h is not lead_host)
    fwd.set_target(getattr(follower.server, port))
    return hs, lead_host, follower


# ---------------------------------------------------------------------------

def test_one_order_every_host_serves_http01_on_a_follower(
        mdshm, pebble, faultproxy, hosts, etcd):
    """(a) one newOrder for the whole cluster, every host's workers serve
    the same certificate; (b) pebble's http-01 validation is answered by a
    host that does not lead the cluster."""
    fwd = Forwarder(pebble.http_port)
    try:
        t0 = time.monotonic()
        hs, lead_host, follower = start_cluster(hosts, faultproxy, pebble,
                                                etcd, fwd, "cl.example")
        leader = lead_host.name
        serial, spread = wait_all_serve(mdshm, hs, "cl.example", "secp256r1",
                                        "cl.example")
        print(f"cluster: leader {leader}, certificate on every host "
              f"{time.monotonic() - t0:.2f} s after start; first to last "
              f"host's store {spread * 1000:.0f} ms (status polling)")
        assert len(faultproxy.requests("newOrder", "POST")) == 1
        # the challenge record went with a later write of the run (in the
        # same txn as other records: no etcd txn of its own): gone from
        # etcd and from every store serving the set
        ev = etcd.history(PREFIX, PREFIX + "zz-history-end")
        dels = [e for e in ev if e[0] == "DELETE" and "/challenges/" in e[1]]
        assert dels, ev
        for d in dels:
            assert any(e[2] == d[2] and "/challenges/" not in e[1]
                       for e in ev), (d, ev)
        # the order's staging record went to etcd once, with the order; the
        # states that only report progress stay local, the downloaded set
        # went with the activation (put and dropped in one txn: nothing)
        puts = [e for e in ev if e[0] == "PUT" and "/staging/" in e[1]]
        assert len(puts) == 1, puts
        certs = [e[2] for e in ev if e[0] == "PUT" and "/certs/" in e[1]]
        assert any(e[0] == "DELETE" and "/staging/" in e[1] and e[2] in certs
                   for e in ev), ev
        out = etcd.etcdctl("get", PREFIX + "data/challenges/", "--prefix",
                           "--keys-only")
        assert not out.strip(), out
        for h in hs:
            left = dump(mdshm, h.store)["databases"].get("challenges") or {}
            assert not left, (h.name, left)
        # every host's MD record (host-local) says complete, the followers'
        # from the mirrored certificates
        for h in hs:
            harness.wait_until(
                lambda: status(mdshm, h.store)["mds"]["cl.example"]["state"]
                == "complete", DEADLINE, f"{h.name}: MD state complete")
        # status from each store alone (meta/cluster; no etcd asked)
        for h in hs:
            def cluster_ok(h=h):
                c = status(mdshm, h.store).get("cluster")
                return c if c and c["leader"] == leader and \
                    c["applied_revision"] > 0 and c["etcd"] == "ok" else None
            c = harness.wait_until(cluster_ok, DEADLINE, f"{h.name} status")
            assert c["host"] == h.name
            assert c["role"] == ("leader" if h.name == leader else "follower")
            md = md_status(mdshm, h.store)
            assert md["cluster"]["leader"] == leader
        # the validation went to the follower only
        assert fwd.hits and set(fwd.hits) == {follower.server.http_port}
        assert "leads the cluster" in lead_host.server.log_text()
        for h in hs:
            if h.name != leader:
                assert "leads the cluster" not in h.server.log_text()
        # nothing left to do: no host spins (a follower's drive waited
        # for MDs only the cluster leader orders, and looped at 65% CPU)
        harness.assert_idle({h.name: h.server.process.pid for h in hs})
    finally:
        fwd.stop()


def test_leader_host_killed_mid_order(mdshm, pebble, faultproxy, hosts, etcd):
    """(c) the cluster leader's host SIGKILLed while its finalize is held:
    another host becomes cluster leader and completes the same order (one
    newOrder); every live host serves it."""
    fwd = Forwarder(pebble.http_port)
    finalize = re.compile(r"^/finalize-order/")
    faultproxy.delay(finalize, 300, times=1)  # hold the first finalize
    try:
        # validations go to a host that will survive
        hs, lead_host, _ = start_cluster(hosts, faultproxy, pebble, etcd, fwd,
                                         "kill.example")
        leader = lead_host.name
        harness.wait_until(lambda: faultproxy.requests(finalize, "POST"),
                           DEADLINE, "the first finalize request")
        t_kill = time.monotonic()
        lead_host.kill()
        new_leader = harness.wait_until(
            lambda: (lambda v: v if v and v != leader else None)(
                cluster_leader(etcd)), DEADLINE, "a new cluster leader")
        t_lead = time.monotonic()
        live = [h for h in hs if h is not lead_host]
        serial, _ = wait_all_serve(mdshm, live, "kill.example", "secp256r1",
                                   "kill.example")
        print(f"cluster failover: {leader} killed -> {new_leader} leads "
              f"after {t_lead - t_kill:.2f} s (lease TTL 2 s); every live "
              f"host serves after {time.monotonic() - t_kill:.2f} s")
        assert serial
        # the order was resumed, not started again
        assert len(faultproxy.requests("newOrder", "POST")) == 1
    finally:
        fwd.stop()


def test_quorum_lost_every_host_serves(mdshm, pebble, faultproxy, hosts,
                                       etcd):
    """Two of three etcd members killed: every host keeps serving, each
    host's status says quorum lost; after they return a renewal goes
    through and every host serves it."""
    fwd = Forwarder(pebble.http_port)
    try:
        hs, _, _ = start_cluster(hosts, faultproxy, pebble, etcd, fwd,
                                 "q.example")
        old, _ = wait_all_serve(mdshm, hs, "q.example", "secp256r1",
                                "q.example")
        etcd.kill(1)
        etcd.kill(2)
        for h in hs:
            harness.wait_until(
                lambda h=h: status(mdshm, h.store)["cluster"]["etcd"]
                == "quorum lost: writes stopped", DEADLINE,
                f"{h.name}: quorum lost in status")
            assert every_worker_serial(h.server, "q.example") == {old}
        etcd.restart(1, wait=False)
        etcd.restart(2, wait=False)
        etcd.wait_healthy()
        # ask the host that says it leads (a follower forwards a request
        # only while it has a lease: test_cluster_ops.py covers that)
        # (the old leader key may outlive the quorum's return by a TTL)
        def leading_host():
            for h in hs:
                c = status(mdshm, h.store)["cluster"]
                if c["role"] == "leader" and c["etcd"] == "ok":
                    return h
            return None
        lead_host = harness.wait_until(leading_host, DEADLINE,
                                       "a host leading the cluster again")
        t0 = time.monotonic()
        renew(mdshm, lead_host, "q.example")

        def renewed():
            s = {stored_serial(mdshm, h.store, "q.example", "secp256r1")
                 for h in hs}
            return s.pop() if len(s) == 1 and old not in s else None
        new = harness.wait_until(renewed, DEADLINE, "the renewal on every host")
        for h in hs:
            assert every_worker_serial(h.server, "q.example") == {new}
        print(f"cluster: renewal after quorum came back on every host in "
              f"{time.monotonic() - t0:.2f} s")
    finally:
        fwd.stop()


def test_stopped_leader_is_fenced(mdshm, pebble, faultproxy, hosts, etcd):
    """SIGSTOP of the cluster leader's host past its lease, mid-renewal
    (its finalize held by the proxy): another host leads and completes the
    renewal; after SIGCONT nothing the stopped host writes reaches any
    host: every store and worker has the new leader's certificate, and the
    resumed host installs nothing."""
    fwd = Forwarder(pebble.http_port)
    finalize = re.compile(r"^/finalize-order/")
    try:
        hs, lead_host, _ = start_cluster(hosts, faultproxy, pebble, etcd, fwd,
                                         "stop.example")
        leader = lead_host.name
        others = [h for h in hs if h is not lead_host]
        old, _ = wait_all_serve(mdshm, hs, "stop.example", "secp256r1",
                                "stop.example")
        # the renewal's finalize is held 20 s, then passed to pebble
        faultproxy.delay(finalize, 20, times=1)
        n_fin = len(faultproxy.requests(finalize, "POST"))
        renew(mdshm, lead_host, "stop.example")
        harness.wait_until(
            lambda: len(faultproxy.requests(finalize, "POST")) > n_fin,
            DEADLINE, "the renewal's finalize")
        pids = lead_host.server.worker_pids() + [lead_host.server.pid]
        for p in pids:
            os.kill(p, signal.SIGSTOP)
        t_stop = time.monotonic()
        try:
            new_leader = harness.wait_until(
                lambda: (lambda v: v if v and v != leader else None)(
                    cluster_leader(etcd)), DEADLINE, "a new cluster leader")
            new, _ = wait_all_serve(mdshm, others, "stop.example",
                                    "secp256r1", "stop.example",
                                    not_serial=old)
            assert new != old
            print(f"cluster: {leader} stopped -> {new_leader} leads after "
                  f"{time.monotonic() - t_stop:.2f} s")
        finally:
            log_len = len(lead_host.server.log_text())
            for p in pids:
                os.kill(p, signal.SIGCONT)
        # the stopped host catches up through its mirror and learns it no
        # longer leads; its late writes (the held finalize's answer arrives
        # 20 s after it was sent) are refused
        harness.wait_until(
            lambda: status(mdshm, lead_host.store)["cluster"]["role"]
            != "leader" or None, DEADLINE, f"{leader} steps down")
        serial, _ = wait_all_serve(mdshm, hs, "stop.example", "secp256r1",
                                   "stop.example")
        assert serial == new
        harness.wait_until(
            lambda: len(faultproxy.requests(finalize, "POST")) >= n_fin + 2
            and all(r.status for r in faultproxy.requests(finalize, "POST")),
            DEADLINE, "the held finalize answered")
        for h in hs:
            assert stored_serial(mdshm, h.store, "stop.example",
                                 "secp256r1") == new
            assert every_worker_serial(h.server, "stop.example") == {new}
        late = lead_host.server.log_text()[log_len:]
        assert "installed new certificates" not in late
        assert len(faultproxy.requests("newOrder", "POST")) == 2
    finally:
        fwd.stop()
