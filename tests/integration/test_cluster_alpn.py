"""test_cluster_alpn.py -- tls-alpn-01 in cluster mode: pebble validates
against a host that does not lead the cluster.

Three hosts on one real etcd and pebble behind the fault proxy, as in
test_cluster.py (its fixtures and helpers).  pebble connects for
tls-alpn-01 to one port (its tlsPort); the forwarder of test_cluster.py
listens there and sends every validation connection to the HTTPS port of
a host that does not lead the cluster, so the handshake is answered from
the challenge certificate that host only mirrored from etcd.
"""

import pytest

from etcd import have_etcd
from test_cluster import (  # noqa: F401 -- fixtures used by name
    Forwarder, etcd, every_worker_serial, hosts, kek, start_cluster,
    wait_all_serve)

pytestmark = pytest.mark.skipif(not have_etcd(),
                                reason="etcd-server missing (sh tests/deps.sh)")

MD = "alpn.example"
BODY = f"""
    <MDomain {MD}>
        MDPrivateKeys secp256r1
        MDCAChallenges tls-alpn-01
    </MDomain>
    """


def test_tls_alpn01_answered_by_a_follower(mdshm, pebble, faultproxy, hosts,
                                           etcd):
    """One newOrder for the cluster; every tls-alpn-01 validation reaches a
    host that does not lead it (and only that host), which answers with the
    mirrored challenge certificate; every worker of every host then serves
    the same certificate."""
    fwd = Forwarder(pebble.tls_port)
    try:
        hs, lead_host, follower = start_cluster(
            hosts, faultproxy, pebble, etcd, fwd, MD, body=BODY,
            port="https_port")
        serial, _ = wait_all_serve(mdshm, hs, MD, "secp256r1", MD)
        assert len(faultproxy.requests("newOrder", "POST")) == 1
        # pebble's validation connections went to the follower only
        assert fwd.hits and set(fwd.hits) == {follower.server.https_port}, \
            (fwd.hits, follower.server.https_port)
        assert follower is not lead_host
        assert "leads the cluster" not in follower.server.log_text()
        for h in hs:
            assert every_worker_serial(h.server, MD) == {serial}, h.name
    finally:
        fwd.stop()
