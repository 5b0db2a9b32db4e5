"""test_cluster_joblog.py -- the job log in cluster mode (docs/cluster.md,
"The job log in cluster mode"): a run's job log entries and events are
held back and carried by the run's next replicated write, so that a run
makes fewer etcd txns, and every host still ends with the whole log, in
the order the run made it.

Three hosts on one real etcd and pebble behind the fault proxy, as in
test_cluster.py (its fixtures and helpers).
"""

import json

import pytest

from etcd import have_etcd
from test_cluster import (  # noqa: F401 -- fixtures used by name
    DEADLINE, PREFIX, Forwarder, etcd, hosts, kek, start_cluster,
    wait_all_serve)
from test_drive import dump

import harness

pytestmark = pytest.mark.skipif(not have_etcd(),
                                reason="etcd-server missing (sh tests/deps.sh)")

MD = "jl.example"
# what the cluster's first run logs, in this order: the account
# registered, the order created, the order finalized, the certificate
# retrieved; the run's outcome is the last "progress", written with the
# job record
RUN = ["event:renewing", "starting", "progress", "progress",
       "event:challenge-setup", "progress", "progress", "installed",
       "event:renewed", "event:installed", "progress"]


def job_log(mdshm, store):
    jobs = dump(mdshm, store)["databases"].get("jobs", {})
    return jobs.get(MD, {}).get("log", [])


def etcd_version(etcd, key):
    """How many times etcd's key was written since it was created."""
    out = json.loads(etcd.etcdctl("get", key, "-w", "json"))
    kvs = out.get("kvs") or []
    return int(kvs[0]["version"]) if kvs else 0


def test_run_log_carried_by_the_runs_writes(mdshm, pebble, faultproxy,
                                            hosts, etcd):
    """Every host's job log has each entry of the run, in order (times
    never go back); etcd's jobs record of the MD was written fewer times
    than the run logged entries (each entry its own txn: at least 10)."""
    fwd = Forwarder(pebble.http_port)
    try:
        hs, _, _ = start_cluster(hosts, faultproxy, pebble, etcd, fwd, MD)
        wait_all_serve(mdshm, hs, MD, "secp256r1", MD)
        for h in hs:
            def whole(h=h):
                log = job_log(mdshm, h.store)
                return log if len(log) >= len(RUN) else None
            log = harness.wait_until(whole, DEADLINE, f"{h.name}: job log")
            types = [e["type"] for e in log]
            assert types == RUN, (h.name, log)
            whens = [e["when"] for e in log]
            assert whens == sorted(whens), (h.name, log)
        writes = etcd_version(etcd, PREFIX + "data/jobs/" + MD)
        assert 0 < writes < len(RUN), writes
        print(f"jobs/{MD}: {writes} etcd writes for {len(RUN)} entries")
    finally:
        fwd.stop()
