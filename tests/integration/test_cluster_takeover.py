"""test_cluster_takeover.py -- a host that becomes cluster leader starts its
ACME work without waiting for etcd's next watch progress notification.

When a host wins P"leader", etcd's revision lies past the last write under
P"data/" (the leader key, the hosts' entries came after it), so its mirror
reaches that revision only with a data write (none comes: only the leader
writes data) or a progress notification (seconds apart in production).
The drive checks with etcd that nothing under P"data/" changed since the
revision its mirror applied, and starts.  Here the members send progress
notifications 300 s apart, far beyond the test's deadlines: without that
check no host would ever start its ACME work in time, neither at the first
start (an empty etcd) nor after a failover.  (Three hosts, as in
test_cluster.py, whose fixtures and helpers this file uses.)
"""

import pytest

import harness
from etcd import EtcdCluster
from test_cluster import (DEADLINE, Forwarder, cluster_leader,  # noqa: F401
                          hosts, kek, renew, start_cluster, wait_all_serve)

PROGRESS_S = 300


@pytest.fixture
def etcd(tmp_path):
    """test_cluster.py's hosts fixture uses this one: progress
    notifications 300 s apart."""
    c = EtcdCluster(tmp_path / "etcd", progress_s=PROGRESS_S)
    try:
        c.start()
        yield c
    finally:
        c.close()


def test_takeover_without_progress_notification(mdshm, pebble, faultproxy,
                                                hosts, etcd):
    fwd = Forwarder(pebble.http_port)
    try:
        # first start: etcd holds no data; the leader orders and every
        # host serves the certificate
        hs, lead_host, _ = start_cluster(hosts, faultproxy, pebble, etcd,
                                         fwd, "tk.example")
        old, _ = wait_all_serve(mdshm, hs, "tk.example", "secp256r1",
                                "tk.example")
        assert "ACME work starts" in lead_host.server.log_text()
        # failover: the next leader starts its work and renews
        leader = lead_host.name
        lead_host.kill()
        new_name = harness.wait_until(
            lambda: (lambda v: v if v and v != leader else None)(
                cluster_leader(etcd)), DEADLINE, "a new cluster leader")
        new_host = next(h for h in hs if h.name == new_name)
        live = [h for h in hs if h is not lead_host]
        harness.wait_until(
            lambda: f"host {new_name} leads the cluster" in
            new_host.server.log_text(), DEADLINE,
            f"{new_name}: ACME work starts")
        renew(mdshm, new_host, "tk.example")
        new, _ = wait_all_serve(mdshm, live, "tk.example", "secp256r1",
                                "tk.example", not_serial=old)
        assert new != old
    finally:
        fwd.stop()
