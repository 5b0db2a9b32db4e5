"""test_cluster_resync.py -- the mirror catching up from a range rather
than from its watch (docs/cluster.md "The mirror thread", "What happens
when..."): a host whose watch revision was compacted, a host added to a
running cluster with an empty store, and etcd restored from a snapshot
(its revision below what the hosts applied).  Three (or two, then three)
hosts on a real 3-member etcd and pebble behind the fault proxy, as in
test_cluster.py, whose fixtures and helpers these tests use.
"""

import json
import os
import re
import signal
import subprocess
import urllib.request
import base64

import harness
from test_cluster import (  # noqa: F401 -- fixtures
    DEADLINE, PREFIX, Forwarder, cluster_leader, etcd, every_worker_serial,
    hosts, kek, md_body, pytestmark, renew, start_cluster, wait_all_serve)
from test_example_server import status, stored_serial

SPEC = "secp256r1"


def cluster_status(mdshm, store):
    return status(mdshm, store)["cluster"]


def host_pids(h):
    return h.server.worker_pids() + [h.server.pid]


def signal_host(h, sig, pids=None):
    for p in pids or host_pids(h):
        os.kill(p, sig)


def watch_endpoint(h):
    """The etcd member the host's mirror watches now (its last "watching"
    log line)."""
    found = re.findall(r"cluster mirror: watching \S+ from revision \d+ on "
                       r"(\S+)", h.server.log_text())
    return found[-1] if found else None


def put_filler(etcd, n):
    """@n puts of one key outside the prefix, through the JSON gateway:
    etcd's revision moves on as other writers (the hosts' own entries)
    would move it.  Returns the last revision."""
    url = etcd.members[0].client_url + "/v3/kv/put"
    body = json.dumps({
        "key": base64.b64encode(b"/t16b-filler").decode(),
        "value": base64.b64encode(b"x").decode()}).encode()
    rev = 0
    for _ in range(n):
        req = urllib.request.Request(url, body, {"Content-Type":
                                                 "application/json"})
        with urllib.request.urlopen(req, timeout=10) as r:
            rev = int(json.loads(r.read())["header"]["revision"])
    return rev


def cluster_status_json(mdshm, h, *args):
    r = subprocess.run([mdshm, "--conf", str(h.dir / "mdshm.conf"), "cluster",
                        "status", "--json"] + list(args), capture_output=True,
                       text=True, timeout=30)
    try:
        return r.returncode, json.loads(r.stdout)["cluster"]
    except (ValueError, KeyError):
        raise harness.Fatal(f"cluster status exit {r.returncode}: "
                            f"{r.stdout} {r.stderr}")


# ---------------------------------------------------------------------------

def test_compaction_past_a_host_resyncs(mdshm, pebble, faultproxy, hosts,
                                        etcd):
    """A follower host stopped (SIGSTOP) while the etcd member its watch
    uses goes away and the cluster renews; etcd is compacted past the
    host's revision.  After SIGCONT its watch from the recorded revision
    is refused as compacted, the mirror resyncs from a fresh range (status
    `resyncs` goes up, the log says so) and its workers serve the renewed
    certificate."""
    md = "rs.example"
    fwd = Forwarder(pebble.http_port)
    try:
        hs, lead_host, target = start_cluster(hosts, faultproxy, pebble,
                                              etcd, fwd, md)
        x = next(h for h in hs if h is not lead_host and h is not target)
        others = [h for h in hs if h is not x]
        old, _ = wait_all_serve(mdshm, hs, md, SPEC, md)
        before = harness.wait_until(
            lambda: (lambda c: c if c.get("resyncs", 0) >= 1 and
                     watch_endpoint(x) else None)(
                cluster_status(mdshm, x.store)),
            DEADLINE, f"{x.name}: first sync and a watch")
        url = watch_endpoint(x)
        member = next(i for i, m in enumerate(etcd.members)
                      if m.client_url == url)
        pids = host_pids(x)
        signal_host(x, signal.SIGSTOP, pids)
        try:
            # the member goes: x's stream is over when it resumes
            etcd.kill(member)
            # its lease gone, the leader does not wait for it before the
            # challenge (else the order could time out and start again)
            harness.wait_until(
                lambda: not etcd.etcdctl("get", f"{PREFIX}hosts/{x.name}"),
                DEADLINE, f"{x.name}'s hosts entry gone")
            renew(mdshm, lead_host, md)
            new, _ = wait_all_serve(mdshm, others, md, SPEC, md,
                                    not_serial=old)
            etcd.restart(member)
            rev = etcd.revision()
            assert before["applied_revision"] < rev
            etcd.compact(rev)
            assert stored_serial(mdshm, x.store, md, SPEC) == old
            log_len = len(x.server.log_text())
        finally:
            signal_host(x, signal.SIGCONT, pids)
        c = harness.wait_until(
            lambda: (lambda c: c if c["resyncs"] > before["resyncs"] and
                     c["applied_revision"] >= rev else None)(
                cluster_status(mdshm, x.store)),
            DEADLINE, f"{x.name} resyncs after the compaction")
        late = x.server.log_text()[log_len:]
        assert re.search(r"cluster mirror: revision \d+ compacted \(oldest "
                         rf"{rev}\): resync", late), late[-3000:]
        assert c["restores"] == 0
        serial, _ = wait_all_serve(mdshm, hs, md, SPEC, md)
        assert serial == new
        assert every_worker_serial(x.server, md) == {new}
        assert len(faultproxy.requests("newOrder", "POST")) == 2
    finally:
        fwd.stop()


def test_host_added_later_catches_up_from_the_range(mdshm, pebble, faultproxy,
                                                    hosts, etcd):
    """Two hosts issue three MDs; a third host with an empty store joins:
    it serves every MD's certificate from the range, without any new
    order, and `mdshm cluster status` lists it with data_behind 0."""
    mds = ["j1.example", "j2.example", "j3.example"]
    body = "".join(md_body(m) for m in mds)
    fwd = Forwarder(pebble.http_port)
    try:
        hs = hosts(2, faultproxy.directory_url, pebble.ca_file, body)
        leader = harness.wait_until(lambda: cluster_leader(etcd), DEADLINE,
                                    "a cluster leader")
        follower = next(h for h in hs if h.name != leader)
        fwd.set_target(follower.server.http_port)
        serials = {m: wait_all_serve(mdshm, hs, m, SPEC, m)[0] for m in mds}
        orders = len(faultproxy.requests("newOrder", "POST"))
        assert orders == len(mds)

        (new,) = hosts(1, faultproxy.directory_url, pebble.ca_file, body)
        assert new.name == "host2"
        for m in mds:
            serial, _ = wait_all_serve(mdshm, hs + [new], m, SPEC, m)
            assert serial == serials[m]
            assert every_worker_serial(new.server, m) == {serial}
        assert len(faultproxy.requests("newOrder", "POST")) == orders
        # meta/cluster follows the mirror's write (the drive's next round)
        c = harness.wait_until(
            lambda: (lambda c: c if c["role"] == "follower" and
                     c["applied_revision"] > 0 else None)(
                cluster_status(mdshm, new.store)),
            DEADLINE, "host2's cluster status")
        assert c["resyncs"] == 1, c
        assert "leads the cluster" not in new.server.log_text()

        def listed():
            rc, doc = cluster_status_json(mdshm, new, "--expect",
                                          "host0,host1,host2")
            h = next((h for h in doc["hosts"] if h["host"] == "host2"),
                     None)
            return (rc, doc, h) if h and h["data_behind"] == 0 else None
        rc, doc, h = harness.wait_until(listed, DEADLINE,
                                        "host2 listed, data_behind 0")
        assert doc["this_host"] == "host2" and doc["this_host_published"]
        assert doc["store"]["data_behind"] == 0
        assert h["applied"] > 0
    finally:
        fwd.stop()


def test_etcd_restored_from_a_snapshot(mdshm, pebble, faultproxy, hosts, etcd,
                                       tmp_path):
    """etcd restored from a snapshot taken before a renewal: its revision
    is below what every host applied.  Each host's mirror sees it, logs it,
    counts it and replaces its store with etcd's state: every host ends up
    serving one and the same certificate, not the renewal etcd no longer
    has, and none stays at the future revision."""
    md = "snap.example"
    fwd = Forwarder(pebble.http_port)
    try:
        hs, lead_host, _ = start_cluster(hosts, faultproxy, pebble, etcd,
                                         fwd, md)
        first, _ = wait_all_serve(mdshm, hs, md, SPEC, md)
        snap_rev = etcd.snapshot_save(tmp_path / "etcd.snapshot")
        renew(mdshm, lead_host, md)
        renewed, _ = wait_all_serve(mdshm, hs, md, SPEC, md,
                                    not_serial=first)
        # more history after the snapshot (as the hosts' own entries make),
        # recorded by every host through its progress notifications
        top = put_filler(etcd, 150)
        for h in hs:
            harness.wait_until(
                lambda h=h: cluster_status(mdshm, h.store)
                ["applied_revision"] >= top, DEADLINE,
                f"{h.name} applied revision {top}")
        log_len = {h.name: len(h.server.log_text()) for h in hs}

        etcd.restore(tmp_path / "etcd.snapshot")
        assert etcd.revision() < top

        def converged():
            rev = etcd.revision()
            cs = {h.name: cluster_status(mdshm, h.store) for h in hs}
            if any(c["restores"] < 1 or c["applied_revision"] > rev
                   for c in cs.values()):
                return None
            s = {stored_serial(mdshm, h.store, md, SPEC) for h in hs}
            return s.pop() if len(s) == 1 and None not in s else None
        serial = harness.wait_until(converged, DEADLINE,
                                    "every host on the restored etcd")
        assert serial != renewed
        for h in hs:
            assert every_worker_serial(h.server, md) == {serial}, h.name
            late = h.server.log_text()[log_len[h.name]:]
            assert re.search(r"cluster mirror: etcd's revision \d+ is below "
                             r"this store's \d+: etcd was restored", late), \
                f"{h.name}: {late[-3000:]}"
            metrics = subprocess.run(
                [mdshm, "--store", str(h.store), "metrics"],
                capture_output=True, text=True, timeout=20).stdout
            m = re.search(r"^mdshm_cluster_restores (\d+)$", metrics, re.M)
            assert m and int(m.group(1)) >= 1, metrics[-2000:]
            # and in mod_md's status document
            ms = json.loads(subprocess.run(
                [mdshm, "--store", str(h.store), "status", "--md-status"],
                capture_output=True, text=True, timeout=20).stdout)["cluster"]
            assert ms["restores"] >= 1 and ms["resyncs"] >= ms["restores"], ms
        print(f"restore: snapshot at revision {snap_rev}, hosts had applied "
              f"{top}; every host serves serial {serial:x} (first "
              f"{first:x}, renewed {renewed:x})")
    finally:
        fwd.stop()
