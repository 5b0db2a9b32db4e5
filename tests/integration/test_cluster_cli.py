"""test_cluster_cli.py -- `mdshm cluster status` (tools/cmd_cluster.c)
against a real 3-member etcd on 127.0.0.1 (tests/integration/etcd.py).

Hosts are played by build/tests/helpers/etcd_tool: `campaign` runs the
real elector (lease, leader key, P"hosts/<id>" entries), `put-record`
writes data keys sealed through the cluster codec.  Exit codes are those
of docs/cli.md: 0 healthy, 4 etcd unreachable, 5 quorum lost, 6 no
cluster leader, 7 a host lagging or gone, 1 no cluster configuration.
"""

import json
import os
import re
import subprocess

import pytest

import harness
from etcd import EtcdCluster, have_etcd

HELPERS = os.environ.get("MDSHM_HELPERS", "")
TOOL = os.path.join(HELPERS, "etcd_tool")
MDSHM = os.environ.get("MDSHM", "")
TIMEOUT = harness.STARTUP_TIMEOUT

pytestmark = pytest.mark.skipif(
    not have_etcd() or not os.access(TOOL, os.X_OK)
    or not os.access(MDSHM, os.X_OK),
    reason="etcd-server (sh tests/deps.sh), $MDSHM_HELPERS/etcd_tool or "
           "$MDSHM missing")


def assert_clean(text):
    assert "Sanitizer" not in text and "runtime error:" not in text, text


def secret(path, text):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text + "\n")
    return str(path)


class Site:
    """One host's view: a configuration with MDCluster* for @cluster under
    its own prefix, the shared key file, and etcd_tool runs."""

    def __init__(self, tmp_path, cluster, prefix="/mdshm/", host="h1",
                 endpoints=None):
        self.dir = tmp_path
        self.cluster = cluster
        self.prefix = prefix
        self.kek = secret(tmp_path / "cluster.key", os.urandom(32).hex())
        self.conf = str(tmp_path / "mdshm.conf")
        lines = [f"MDStoreDir {tmp_path / 'store'}",
                 "MDClusterEndpoints " + " ".join(
                     (endpoints or cluster.endpoints).split(",")),
                 f"MDClusterPrefix {prefix}",
                 f"MDClusterKeyEncryptionFile {self.kek}",
                 f"MDClusterHostId {host}",
                 "MDClusterLeaseTTL 2s"]
        if cluster is not None and cluster.tls:
            lines += [f"MDClusterCACertificateFile {cluster.pki.ca_file}",
                      f"MDClusterCertificateFile {cluster.pki.client_cert}",
                      f"MDClusterKeyFile {cluster.pki.client_key}"]
        if cluster is not None and cluster.user:
            lines += [f"MDClusterUser {cluster.user}",
                      f"MDClusterPasswordFile {cluster.password_file}"]
        with open(self.conf, "w") as f:
            f.write("\n".join(lines) + "\n")
        self.bgs = []

    def tool(self, *args):
        argv = [TOOL] + self.cluster.tool_args() + [str(a) for a in args]
        r = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, f"{argv}: {r.stdout}{r.stderr}"
        assert_clean(r.stderr)
        return r.stdout

    def put_record(self, db, key, value="record bytes"):
        out = self.tool("put-record", "--kek", self.kek, "--prefix",
                        self.prefix, db, key, value)
        return int(re.search(r"ok rev=(\d+)", out).group(1))

    def campaign(self, host, *extra):
        path = str(self.dir / f"campaign-{host}.out")
        argv = ([TOOL] + self.cluster.tool_args() +
                ["campaign", "--prefix", self.prefix, "--host", host,
                 "--ttl", "2", "--interval-ms", "100"] + [str(a) for a in extra])
        p = harness.ManagedProcess(f"campaign-{host}", argv, path).start()
        self.bgs.append(p)
        return p

    def status(self, *args):
        r = subprocess.run([MDSHM, "--conf", self.conf, "cluster", "status",
                            "--json"] + list(args),
                           capture_output=True, text=True, timeout=120)
        assert_clean(r.stderr)
        doc = json.loads(r.stdout)["cluster"] if r.stdout.strip() else None
        return r.returncode, doc, r.stderr

    def wait_status(self, pred, what, *args):
        seen = []

        def check():
            seen[:] = [self.status(*args)]
            return pred(*seen[0])
        try:
            harness.wait_until(check, TIMEOUT, what)
        except Exception:
            raise AssertionError(f"{what}: last {seen}")
        return seen[0]

    def close(self):
        for p in self.bgs:
            p.stop()


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    c = EtcdCluster(tmp_path_factory.mktemp("etcd-cli"))
    try:
        c.start()
        yield c
    finally:
        c.close()


@pytest.fixture
def site_of(tmp_path):
    made = []

    def make(cluster, **kw):
        s = Site(tmp_path, cluster, **kw)
        made.append(s)
        return s
    yield make
    for s in made:
        s.close()


def host(doc, hid):
    return next((h for h in doc["hosts"] if h["host"] == hid), None)


# ---- configuration errors -------------------------------------------------

def test_without_cluster_configuration_says_so(tmp_path):
    conf = tmp_path / "plain.conf"
    conf.write_text(f"MDStoreDir {tmp_path / 'store'}\n")
    r = subprocess.run([MDSHM, "--conf", str(conf), "cluster", "status"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1, r
    assert "no MDClusterEndpoints" in r.stderr and str(conf) in r.stderr
    r = subprocess.run([MDSHM, "--conf", str(conf), "cluster", "stat"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "unknown action" in r.stderr, r


def test_unreachable_etcd(tmp_path, site_of):
    eps = f"http://127.0.0.1:{harness.free_port()},http://127.0.0.1:{harness.free_port()}"
    site = Site(tmp_path, None, endpoints=eps)
    rc, doc, err = site.status()
    assert rc == 4, (doc, err)
    assert doc["health"] == "unreachable"
    assert doc["etcd"]["reachable"] == 0 and not doc["etcd"]["quorum"]
    assert all(e["error"] == "connection-failed"
               for e in doc["etcd"]["endpoints"])
    # an admin box: a configuration without MDStoreDir, no store
    with open(site.conf) as f:
        lines = [ln for ln in f if not ln.startswith("MDStoreDir")]
    with open(site.conf, "w") as f:
        f.writelines(lines)
    rc, doc, err = site.status()
    assert rc == 4 and doc["store"] == {"dir": None, "error": "no store"}
    assert "MDStoreDir" not in err, err


# ---- a healthy cluster, leaders, hosts, lag ------------------------------

def test_no_leader_then_leader_hosts_and_data(shared, site_of, tmp_path):
    site = site_of(shared, prefix="/cli-a/")
    rc, doc, err = site.status()
    assert rc == 6 and doc["health"] == "no-leader", (doc, err)
    assert doc["etcd"]["quorum"] and doc["etcd"]["reachable"] == 3
    assert doc["leader"]["error"] == "none"

    site.put_record("certs", "a.example/rsa2048")
    site.put_record("certs", "b.example/rsa2048")
    site.put_record("ocsp", "ab" * 32)
    rev = site.put_record("jobs", "a.example")
    # h1 leads and publishes its applied revision; h2 follows, up to date
    site.campaign("h1", "--writes", "0", "--publish", rev)
    site.wait_status(lambda rc, d, e: d["leader"].get("host") == "h1",
                     "h1 leads")
    site.campaign("h2", "--writes", "0", "--publish", rev)
    rc, doc, err = site.wait_status(
        lambda rc, d, e: rc == 0 and len(d["hosts"]) == 2, "healthy, 2 hosts")
    assert doc["health"] == "healthy"
    assert doc["leader"]["host"] == "h1"
    assert doc["leader"]["term"] > 0
    assert 0 <= doc["leader"]["ttl_left_s"] <= doc["leader"]["ttl_s"] == 2
    for h in ("h1", "h2"):
        e = host(doc, h)
        assert e["applied"] == rev and e["data_behind"] == 0, e
        assert e["lag"] == doc["revision"] - rev
        assert not e["lagging"]
    assert host(doc, "h1")["leader"] and not host(doc, "h2")["leader"]
    assert doc["this_host_published"]  # the configuration says h1
    d = doc["data"]
    assert d["keys"] == 4 and d["newest_revision"] == rev
    assert d["databases"]["certs"] == 2 and d["databases"]["ocsp"] == 1
    assert d["databases"]["jobs"] == 1 and d["databases"]["staging"] == 0
    assert doc["store"]["error"] == "no store"

    # text form: the same facts, same exit code
    r = subprocess.run([MDSHM, "--conf", site.conf, "cluster", "status"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "health: healthy" in r.stdout, r
    assert re.search(r"host: h1\n\s+term: \d+", r.stdout), r.stdout

    # a host that is expected but absent: gone
    rc, doc, _ = site.status("--expect", "h2,h3")
    assert rc == 7 and doc["gone"] == ["h3"] and doc["health"] == "lagging"

    # a write no host has applied: both lag by one data key
    site.put_record("certs", "c.example/rsa2048")
    rc, doc, _ = site.status()
    assert rc == 7, doc
    assert all(h["lagging"] and h["data_behind"] == 1 for h in doc["hosts"])
    rc, doc, _ = site.status("--max-lag", "1")
    assert rc == 0, doc


def test_store_revision_shown(shared, site_of, tmp_path):
    site = site_of(shared, prefix="/cli-b/")
    r = subprocess.run([MDSHM, "--conf", site.conf, "init"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r
    site.put_record("certs", "a.example/rsa2048")
    rc, doc, _ = site.status()
    assert doc["store"]["dir"] == str(tmp_path / "store")
    # nothing mirrored into it yet: revision 0, one data key behind
    assert doc["store"]["cluster_rev"] == 0
    assert doc["store"]["data_behind"] == 1


def test_leader_killed_hosts_gone(shared, site_of):
    site = site_of(shared, prefix="/cli-c/")
    rev = site.put_record("certs", "a.example/rsa2048")
    p = site.campaign("h1", "--writes", "0", "--publish", rev)
    site.wait_status(lambda rc, d, e: rc == 0 and d["leader"]["host"] == "h1",
                     "h1 leads")
    p.proc.kill()  # SIGKILL: its lease expires, the key and entry go
    p.proc.wait(timeout=10)
    rc, doc, _ = site.wait_status(lambda rc, d, e: rc == 6, "no leader",
                                  "--expect", "h1")
    assert doc["hosts"] == [] and doc["gone"] == ["h1"]


# ---- quorum lost ---------------------------------------------------------

def test_quorum_lost_shows(tmp_path, site_of):
    cluster = EtcdCluster(tmp_path / "etcd")
    try:
        cluster.start()
        site = site_of(cluster, prefix="/cli-q/")
        rev = site.put_record("certs", "a.example/rsa2048")
        site.campaign("h1", "--writes", "0", "--publish", rev)
        site.wait_status(lambda rc, d, e: rc == 0, "healthy")
        cluster.kill(1)
        cluster.kill(2)
        rc, doc, _ = site.wait_status(lambda rc, d, e: rc == 5,
                                      "quorum lost (exit 5)")
        assert doc["health"] == "quorum-lost"
        eps = doc["etcd"]["endpoints"]
        assert doc["etcd"]["reachable"] == 1 and not doc["etcd"]["quorum"]
        assert eps[0]["reachable"] and not eps[0]["has_leader"]
        assert eps[0]["error"] in ("no-leader", "timed-out")
        assert not eps[1]["reachable"] and not eps[2]["reachable"]
        cluster.restart(1)
        cluster.restart(2)
        site.wait_status(lambda rc, d, e: d["etcd"]["quorum"] and rc != 5,
                         "quorum back")
    finally:
        cluster.close()


# ---- TLS and authentication ----------------------------------------------

def test_tls_and_auth(tmp_path, site_of):
    cluster = EtcdCluster(tmp_path / "etcd", tls=True)
    try:
        cluster.start()
        cluster.enable_auth("mdshm", "pw-" + os.urandom(4).hex(),
                            prefix="/mdshm/")
        site = site_of(cluster)
        rev = site.put_record("certs", "a.example/rsa2048")
        site.campaign("h1", "--writes", "0", "--publish", rev)
        rc, doc, _ = site.wait_status(lambda rc, d, e: rc == 0,
                                      "healthy over TLS with auth")
        assert doc["leader"]["host"] == "h1"
        assert doc["data"]["databases"]["certs"] == 1
        assert all(e["endpoint"].startswith("https://")
                   for e in doc["etcd"]["endpoints"])
        # the password file must be 0600: refused otherwise, clearly
        os.chmod(cluster.password_file, 0o644)
        rc, doc, err = site.status()
        assert rc == 1 and doc is None and "password" in err.lower(), err
        # a wrong password: said to be the credentials, not etcd's health
        os.chmod(cluster.password_file, 0o600)
        secret(cluster.password_file, "wrong")
        rc, doc, err = site.status()
        assert rc == 1 and doc is None and "refused the credentials" in err, err
    finally:
        cluster.close()
