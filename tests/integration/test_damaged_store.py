"""test_damaged_store.py -- the example server when its store is damaged
under it: the parent survives, workers that cannot open the store serve
the fallback certificate and say why on /md-status, and attach again once
the store is restored from a backup (issue 10, section 5)."""

import os
import signal
import subprocess

import harness
from example_server import ExampleServer

DEADLINE = 60.0
WORKERS = 2


def test_truncated_store_under_a_running_server(mdshm, mdshm_build,
                                               static_store, tmp_path):
    store = static_store
    backup = tmp_path / "backup"
    subprocess.run([mdshm, "--store", str(store), "backup", str(backup)],
                   check=True, capture_output=True)
    srv = ExampleServer(mdshm_build, tmp_path, store=store, drive="none",
                        workers=WORKERS).start()
    try:
        served = srv.handshake("static.example")
        assert not served.is_fallback

        # the store is truncated; every worker is replaced and finds it so
        os.truncate(store / "data.mdb", 8192)
        old = srv.worker_pids()
        for pid in old:
            os.kill(pid, signal.SIGKILL)

        def replaced():
            pids = srv.worker_pids()
            return (len(pids) == WORKERS and not set(pids) & set(old) and
                    srv.log_text().count("store unavailable") >= WORKERS)
        harness.wait_until(replaced, DEADLINE, "workers without a store")

        assert harness.pid_alive(srv.pid), "the parent died"
        for _ in range(2 * WORKERS):
            assert srv.handshake("static.example").is_fallback
        st, _, body = srv.get("static.example", "/md-status")
        assert st == 503 and b"store file damaged" in body, body
        st, _, body = srv.get("static.example", "/metrics")
        assert st == 503 and b"store file damaged" in body, body
        log = srv.log_text()
        assert "store damaged" in log and "its meta pages need" in log
        assert "killed by signal 7" not in log  # SIGBUS
        assert "killed by signal 11" not in log

        # restored from the backup: the workers attach again by themselves
        os.replace(backup / "data.mdb", store / "data.mdb")

        def attached():
            hs = [srv.handshake("static.example") for _ in range(WORKERS * 2)]
            return all(h.serial == served.serial for h in hs)
        harness.wait_until(attached, DEADLINE, "the certificate again",
                           interval=0.5)
        assert srv.log_text().count("store attached again") >= WORKERS
        assert srv.get("static.example", "/md-status")[0] == 200
        assert srv.worker_pids() and harness.pid_alive(srv.pid)
    finally:
        rc = srv.stop()
    log = srv.log_text()
    assert rc == 0, log[-3000:]
    for bad in ("Sanitizer", "runtime error:"):
        assert bad not in log, log[log.index(bad) - 500:][:3000]
