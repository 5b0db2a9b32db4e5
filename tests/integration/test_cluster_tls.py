"""test_cluster_tls.py -- cluster mode against etcd with client TLS and
user/password authentication.

Three hosts as in test_cluster.py (its fixtures and helpers), on a
3-member etcd whose client URLs are https:// with --client-cert-auth,
and authentication on: the hosts' user may read and write the cluster
prefix only (docs/cluster.md, "Setting up etcd").  The hosts name the CA,
their client certificate and key, the user and the password file
(0600) with the MDCluster* directives.

Simple tokens die when an etcd member restarts: after every member has
restarted, no token a host held is valid anywhere, so a renewal that
reaches every host proves the hosts authenticated again.
"""

import os
import shutil
import subprocess

import pytest

import harness
from etcd import EtcdCluster, have_etcd
from test_cluster import (  # noqa: F401 -- fixtures used by name
    DEADLINE, PREFIX, Forwarder, cluster_leader, every_worker_serial, hosts,
    kek, md_body, renew, start_cluster, wait_all_serve)
from test_example_server import status, stored_serial

pytestmark = pytest.mark.skipif(not have_etcd(),
                                reason="etcd-server missing (sh tests/deps.sh)")

TOKEN_RENEWED = "token refused"  # etcd_conn.c: "... authenticating again"


@pytest.fixture
def etcd(tmp_path):
    """test_cluster.py's hosts() on this cluster: TLS, auth on PREFIX."""
    c = EtcdCluster(tmp_path / "etcd", tls=True)
    try:
        c.start()
        c.enable_auth("mdshm", "pw-" + os.urandom(6).hex(), prefix=PREFIX)
        yield c
    finally:
        c.close()


def tls_auth(etcd, password_file=None):
    """The global directives for @etcd's TLS and authentication."""
    return f"""
        MDClusterCACertificateFile {etcd.pki.ca_file}
        MDClusterCertificateFile {etcd.pki.client_cert}
        MDClusterKeyFile {etcd.pki.client_key}
        MDClusterUser {etcd.user}
        MDClusterPasswordFile {password_file or etcd.password_file}
        """


def etcd_keys(etcd, prefix=PREFIX):
    out = etcd.etcdctl("get", "--prefix", prefix, "--keys-only")
    return [k for k in out.splitlines() if k]


def member_of(etcd, endpoint):
    return next(m.index for m in etcd.members if m.client_url == endpoint)


def test_tls_auth_issue_then_renew_after_members_restart(
        mdshm, pebble, faultproxy, hosts, etcd):
    """One newOrder, every host serves the certificate, over TLS with a
    password; then every etcd member restarts (the member the cluster
    leader talks to first): the tokens die, the hosts authenticate again,
    and a renewal on the cluster leader reaches every host's workers."""
    md = "tls.example"
    fwd = Forwarder(pebble.http_port)
    try:
        hs, lead_host, follower = start_cluster(
            hosts, faultproxy, pebble, etcd, fwd, md, extra=tls_auth(etcd))
        old, _ = wait_all_serve(mdshm, hs, md, "secp256r1", md)
        assert len(faultproxy.requests("newOrder", "POST")) == 1
        assert fwd.hits and set(fwd.hits) == {follower.server.http_port}
        for h in hs:
            c = harness.wait_until(
                lambda h=h: (lambda c: c if c and c["etcd"] == "ok" and
                             c["applied_revision"] > 0 else None)(
                    status(mdshm, h.store).get("cluster")),
                DEADLINE, f"{h.name}: cluster status ok")
            assert c["endpoint"].startswith("https://"), c
        # the records went to etcd, under the prefix the user may write
        keys = etcd_keys(etcd)
        assert any(k.startswith(PREFIX + "data/certs/" + md + "/")
                   for k in keys), keys
        assert {PREFIX + "hosts/" + h.name for h in hs} <= set(keys), keys
        for h in hs:
            assert TOKEN_RENEWED not in h.server.log_text(), h.name

        # every member restarts, one at a time (the quorum stays), the one
        # the cluster leader talks to first: no token survives anywhere
        first = member_of(etcd, status(mdshm, lead_host.store)
                          ["cluster"]["endpoint"])
        for i in [first] + [m.index for m in etcd.members
                            if m.index != first]:
            etcd.restart(i)

        # ask the one that says it leads (forwarding from a follower is
        # test_cluster_ops.py's; this test is about tokens)
        # (etcd's own leader changes reset the leases: the lead may move)
        def leading_host():
            for h in hs:
                c = status(mdshm, h.store)["cluster"]
                if c["role"] == "leader" and c["etcd"] == "ok" and \
                        cluster_leader(etcd) == h.name:
                    return h
            return None
        lead_host = harness.wait_until(leading_host, DEADLINE,
                                       "a host leading the cluster")
        renew(mdshm, lead_host, md)

        def renewed():
            s = {stored_serial(mdshm, h.store, md, "secp256r1") for h in hs}
            return s.pop() if len(s) == 1 and old not in s else None
        new = harness.wait_until(renewed, DEADLINE, "the renewal on every host")
        for h in hs:
            assert every_worker_serial(h.server, md) == {new}, h.name
        print(f"renewal: {len(faultproxy.requests('newOrder', 'POST')) - 1} "
              f"order(s); validations per port {fwd.hits}")
        # the hosts' clients were refused their dead tokens and
        # authenticated again (each host's elector renews its lease
        # every 0.67 s, so each has asked since)
        for h in hs:
            harness.wait_until(lambda h=h: TOKEN_RENEWED in
                               h.server.log_text(), DEADLINE,
                               f"{h.name}: a token renewed")
    finally:
        fwd.stop()


def test_password_file_readable_by_others_is_refused(
        mdshm, pebble, faultproxy, hosts, etcd, tmp_path):
    """A password file of mode 0644: the host logs why, naming the file,
    does no cluster work (nothing in etcd, no order) and keeps serving."""
    md = "perm.example"
    bad = tmp_path / "password-0644"
    shutil.copyfile(etcd.password_file, bad)
    os.chmod(bad, 0o644)
    (h,) = hosts(1, faultproxy.directory_url, pebble.ca_file, md_body(md),
                 extra=tls_auth(etcd, password_file=bad))
    why = f"password file {bad} must be a regular file of mode 0600"
    harness.wait_until(lambda: why in h.server.log_text(), DEADLINE,
                       "the password file refused in the log")
    log = h.server.log_text()
    assert "(it is mode 0644" in log, log[-3000:]
    assert "cluster mode: cannot start" in log, log[-3000:]
    # status says so, from the store alone
    c = harness.wait_until(lambda: status(mdshm, h.store).get("cluster"),
                           DEADLINE, "cluster status")
    assert c["role"] == "none" and c["etcd"] == "cannot start", c
    assert str(bad) in c["last_error"], c
    # and it is tried again (the drive retries a failed start every 5 s):
    # it is still refused, and by then the drive has had its rounds
    harness.wait_until(lambda: h.server.log_text().count(why) >= 2, DEADLINE,
                       "the start tried again")
    assert etcd_keys(etcd) == []
    assert faultproxy.requests("newOrder", "POST") == []
    assert "leads the cluster" not in h.server.log_text()
    # it keeps serving: the MD is known, not issued (503 on every worker),
    # the handshake gets the fallback certificate
    for _ in range(2):
        st, _, body = h.server.get(md)
        assert st == 503 and b"not issued yet" in body, (st, body[:300])
    assert h.server.handshake(md).is_fallback
    assert status(mdshm, h.store)["mds"][md]["state"] != "complete"
    r = subprocess.run([mdshm, "--store", str(h.store), "status"],
                       capture_output=True, text=True, timeout=20)
    assert r.returncode == 0 and str(bad) in r.stdout, r.stdout
