"""test_cluster_ops.py -- cluster mode's operator-facing limits
(docs/cluster.md, "What happens when..."): a host whose key-encryption
file differs never leads the cluster, and `mdshm renew` on a host that
does not lead is forwarded to the cluster leader.

Same setting as test_cluster.py (its fixtures and helpers): three hosts
(example servers, 2 workers each) on a real 3-member etcd and pebble
behind the fault proxy, pebble's http-01 validations sent to a follower.
"""

import json
import os
import re
import subprocess

import pytest

import harness
from example_server import ExampleServer
# etcd, hosts, kek: fixtures; pytestmark: skipped without etcd-server
from test_cluster import (DEADLINE, PREFIX, WORKERS, Forwarder,  # noqa: F401
                          _wait_ready, cluster_leader, etcd,
                          every_worker_serial, hosts, kek, md_status,
                          pytestmark, start_cluster, wait_all_serve)
from test_example_server import status, stored_serial


def write_key(path, hexkey):
    """A key file as an operator would install it: a new file renamed
    over the old one, mode 0600."""
    tmp = f"{path}.new"
    with open(tmp, "w") as f:
        f.write(hexkey + "\n")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def restart_with_conf(mdshm_build, host, conf_text, suffix):
    """Stop @host's server cleanly and start it again on its store with the
    configuration @conf_text."""
    assert host.server.stop() == 0, host.server.log_text()[-3000:]
    conf = host.dir / f"mdshm-{suffix}.conf"
    conf.write_text(conf_text)
    srv = ExampleServer(mdshm_build, host.dir, conf=conf, workers=WORKERS,
                        http_port=0, name=f"{host.name}-{suffix}")
    srv.process.start()
    harness.register(srv)
    host.server = srv
    _wait_ready(srv)
    return srv


def issued(mdshm, hosts, faultproxy, pebble, etcd, fwd, md):
    """Three hosts for MD @md (test_cluster.start_cluster), once every
    host serves its certificate: (hosts, leader, follower, serial)."""
    hs, lead_host, follower = start_cluster(hosts, faultproxy, pebble, etcd,
                                            fwd, md)
    serial, _ = wait_all_serve(mdshm, hs, md, "secp256r1", md)
    assert len(faultproxy.requests("newOrder", "POST")) == 1
    return hs, lead_host, follower, serial


def cluster_cli(mdshm, conf):
    """`mdshm cluster status --json` with configuration @conf: (exit
    status, the "cluster" object)."""
    r = subprocess.run([mdshm, "--conf", str(conf), "cluster", "status",
                        "--json"], capture_output=True, text=True,
                       timeout=60)
    return r.returncode, json.loads(r.stdout)["cluster"]


def cluster_status(mdshm, host):
    return status(mdshm, host.store).get("cluster") or {}


# ---------------------------------------------------------------------------

@pytest.mark.parametrize("legacy", [False, True],
                         ids=["keycheck", "no-keycheck"])
def test_wrong_key_file_never_leads(mdshm, mdshm_build, pebble, faultproxy,
                                    hosts, etcd, kek, tmp_path, legacy):
    """A host restarted with another key-encryption file never holds
    P"leader", even when it is the only candidate left; it says why in
    status and log and serves what it had; once its file is fixed it
    leads without a restart.  no-keycheck: a cluster without P"keycheck"
    (made before it existed): the host checks its key against a record."""
    fwd = Forwarder(pebble.http_port)
    try:
        hs, lead_host, follower, serial = issued(
            mdshm, hosts, faultproxy, pebble, etcd, fwd, "kc.example")
        check = etcd.etcdctl("get", PREFIX + "keycheck",
                             "--print-value-only").strip()
        assert re.fullmatch(r"1:[0-9a-f]{8}:[0-9a-f]{64}", check), check
        # a follower that is not the http-01 target comes back with
        # another key file
        if legacy:
            etcd.etcdctl("del", PREFIX + "keycheck")
        bad = next(h for h in hs if h is not lead_host and h is not follower)
        others = [h for h in hs if h is not bad]
        wrong = tmp_path / "wrong.key"
        write_key(wrong, os.urandom(32).hex())
        conf_text = (bad.dir / "mdshm.conf").read_text()
        assert str(kek) in conf_text
        restart_with_conf(mdshm_build, bad, conf_text.replace(str(kek),
                                                              str(wrong)),
                          "wrongkey")

        def says_differs():
            c = cluster_status(mdshm, bad)
            return c if c.get("key_check") == "differs" else None
        c = harness.wait_until(says_differs, DEADLINE,
                               f"{bad.name}: key_check differs")
        assert f"key-encryption file {wrong} differs from the cluster's" \
            in c["last_error"], c
        assert check[2:10] in c["last_error"], c  # the cluster's key id
        if legacy:
            assert "in the cluster's records" in c["last_error"], c
        assert c["role"] != "leader"
        metrics = subprocess.run([mdshm, "--store", str(bad.store),
                                  "metrics"], capture_output=True, text=True,
                                 timeout=20).stdout
        assert re.search(r'^mdshm_cluster_info\{[^}]*key_check="differs"'
                         r'[^}]*\} 1$', metrics, re.M), metrics
        ms = md_status(mdshm, bad.store)["cluster"]
        assert ms["key-check"] == "differs"
        assert f"key-encryption file {wrong} differs" in ms["last-error"]
        assert f"key-encryption file {wrong} differs from the cluster's" \
            in bad.server.log_text()
        # mdshm cluster status with each host's configuration
        rc, doc = cluster_cli(mdshm, bad.dir / "mdshm-wrongkey.conf")
        if legacy:  # nothing to compare with yet
            assert doc["key_check"] == {"cluster_key_id": None,
                                        "error": "none"}, doc
        else:
            assert rc == 8 and doc["health"] == "key-differs", doc
            assert doc["key_check"] == {"cluster_key_id": check[2:10],
                                        "this_host": "differs"}, doc
            rc, doc = cluster_cli(mdshm, follower.dir / "mdshm.conf")
            assert doc["key_check"]["this_host"] == "ok", doc

        # the others die: the bad host is the only candidate left
        for h in others:
            h.kill()
        def leader_gone():
            v = cluster_leader(etcd)
            if v == bad.name:
                raise harness.Fatal(f"{bad.name} leads with a wrong key file")
            return v is None
        harness.wait_until(leader_gone, DEADLINE,
                           "the dead leader's key gone (lease expired)")
        # it saw the leader key deleted (its elector campaigns at once when
        # it does) and did not take it
        harness.wait_until(
            lambda: cluster_status(mdshm, bad).get("leader") == "" or None,
            DEADLINE, f"{bad.name}: the leader key's deletion seen")
        assert cluster_leader(etcd) is None
        c = cluster_status(mdshm, bad)
        assert c["role"] != "leader" and c["key_check"] == "differs", c
        assert "is the cluster leader" not in bad.server.log_text()
        assert "leads the cluster" not in bad.server.log_text()
        # it serves what it had
        assert stored_serial(mdshm, bad.store, "kc.example",
                             "secp256r1") == serial
        assert every_worker_serial(bad.server, "kc.example") == {serial}

        # the operator installs the cluster's key: no restart needed
        write_key(wrong, kek.read_text().strip())
        harness.wait_until(lambda: cluster_leader(etcd) == bad.name,
                           DEADLINE, f"{bad.name} leads once its key is fixed")
        c = harness.wait_until(
            lambda: (lambda c: c if c.get("key_check") == "ok" and
                     c.get("role") == "leader" else None)(
                cluster_status(mdshm, bad)), DEADLINE,
            f"{bad.name}: key_check ok")
        assert "differs" not in c["last_error"]
        assert every_worker_serial(bad.server, "kc.example") == {serial}
        assert etcd.etcdctl("get", PREFIX + "keycheck",
                            "--print-value-only").strip() == check
    finally:
        fwd.stop()


def test_renew_on_a_follower_is_forwarded(mdshm, pebble, faultproxy, hosts,
                                          etcd):
    """`mdshm renew MD` on a host that does not lead the cluster: its
    drive forwards the request through etcd, the cluster leader renews
    (one new order) and every host serves the new certificate."""
    fwd = Forwarder(pebble.http_port)
    try:
        hs, lead_host, follower, old = issued(
            mdshm, hosts, faultproxy, pebble, etcd, fwd, "rn.example")
        harness.wait_until(
            lambda: cluster_status(mdshm, follower).get("role") == "follower"
            and cluster_status(mdshm, follower).get("leader") == lead_host.name
            or None, DEADLINE, f"{follower.name} follows {lead_host.name}")
        out = subprocess.run([mdshm, "--store", str(follower.store), "renew",
                              "rn.example"], capture_output=True, text=True,
                             timeout=20)
        assert out.returncode == 0, out.stderr
        assert "this host does not lead the cluster" in out.stdout, out.stdout
        assert f"to the cluster leader {lead_host.name}" in out.stdout, \
            out.stdout
        new, _ = wait_all_serve(mdshm, hs, "rn.example", "secp256r1",
                                "rn.example", not_serial=old)
        assert new != old
        assert len(faultproxy.requests("newOrder", "POST")) == 2
        assert "MD rn.example: renewal requested on this host: forwarded" \
            in follower.server.log_text()
        assert f"MD rn.example: renewal requested on host {follower.name}" \
            in lead_host.server.log_text()
        # taken out of etcd by the leader
        harness.wait_until(
            lambda: etcd.etcdctl("get", "--prefix", PREFIX + "requests/",
                                 "--keys-only").strip() == "" or None,
            DEADLINE, "the request removed from etcd")
    finally:
        fwd.stop()
