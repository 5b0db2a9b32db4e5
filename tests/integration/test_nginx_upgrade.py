"""test_nginx_upgrade.py -- a binary upgrade of nginx (USR2: a new master
from the binary, with its own workers, beside the old ones; then QUIT to
the old master) in the middle of an order (docs/nginx.md, "Reloads and
upgrades"): pebble behind the fault proxy holds the first order at its
finalize while the old generation's worker leads; after the old master and
its workers are gone, a worker of the new master leads with a later term
and resumes the same order (one newOrder, finalized once for that order),
and every new worker serves the certificate."""

import os
import signal

import pytest

import harness
from test_drive import DEADLINE
from test_nginx import (_gone, _leader, _one_order, _start_mid_order,
                        _wait_issued)
from test_nginx import nginx  # noqa: F401 -- the fixture

pytestmark = pytest.mark.skipif(os.geteuid() != 0,
                                reason="runs nginx as root with user nobody")


def test_nginx_binary_upgrade_mid_order(nginx, pebble, faultproxy, mdshm):
    n, port, old = _start_mid_order(nginx, pebble, faultproxy, mdshm,
                                    "upgrade.example")
    old_master, old_workers = n.pid(), set(n.workers())
    assert old["pid"] in old_workers
    try:
        os.kill(old_master, signal.SIGUSR2)
        # the old master renames its pid file to .oldbin; the new one
        # writes its own, and starts its workers beside the old ones
        harness.wait_until(lambda: os.path.exists(n.pidfile + ".oldbin")
                           and os.path.exists(n.pidfile)
                           and n.pid() != old_master
                           and len(n.workers()) == 4, 30,
                           "the new master and its workers")
        new_master = n.pid()
        assert not set(n.workers()) & old_workers
        assert harness.pid_alive(old["pid"])  # still serving, still held

        os.kill(old_master, signal.SIGQUIT)
        harness.wait_until(lambda: _gone(old_workers | {old_master}),
                           DEADLINE, "the old master and its workers to exit")
    finally:
        if harness.pid_alive(old_master):  # the test failed half-way
            os.kill(old_master, signal.SIGTERM)

    hs = _wait_issued(n, port, "upgrade.example")
    new = _leader(mdshm, n)
    assert new and new["term"] > old["term"], (old, new)
    assert new["pid"] in n.workers()
    # resumed, not restarted
    _one_order(faultproxy)
    serials = n.serial_by_worker(port, "upgrade.example")
    assert set(serials.values()) == {hs.serial}, serials
    assert not set(serials) & old_workers
    assert n.pid() == new_master
