"""test_crash_workers.py -- SIGKILL the *worker* that leads, inside the
example server (4 workers, the drive on a thread of each), at random points
while it issues and activates certificates from pebble.

test_crash_campaign.py kills a dedicated `mdshm drive`; here the leader is
a serving worker, killed with its connections, and the other workers take
over while the server's parent forks a replacement.  After every kill:
  - another worker leads (a higher term), and the server has 4 workers again;
  - `mdshm check` is clean and no MD that had a valid active set lost it;
  - every worker still completes handshakes for every MD;
then renewals are requested so that the next leader has work.  At the end
every MD is complete with nothing left in staging or in the request inbox.

MDSHM_CRASH_WORKER_KILLS sets the number of kills (default 10 in `make
check`; `make campaign` runs 100), MDSHM_CRASH_SEED makes a run repeatable.
"""

import os
import random
import signal
import subprocess
import time

import pytest

import harness
from example_server import ExampleServer
from test_crash_campaign import MDS, _active, _check_clean, record_figures
from test_drive import DEADLINE, status, write_conf

WORKERS = 4


@pytest.fixture
def server(mdshm_build, pebble, tmp_path):
    store = tmp_path / "store"
    body = "".join(
        f"<MDomain {md} www.{md}>\n  MDPrivateKeys {' '.join(specs)}\n"
        "  MDCAChallenges http-01\n</MDomain>\n"
        for md, specs in MDS.items())
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, body)
    srv = ExampleServer(mdshm_build, tmp_path, conf=conf, workers=WORKERS,
                        http_port=pebble.http_port).start()
    yield srv, store
    rc = srv.stop()
    log = srv.log_text()
    assert rc == 0, log[-3000:]
    for bad in ("Sanitizer", "runtime error:"):
        assert bad not in log, log[log.index(bad) - 500:][:3000]


def _leader(mdshm, store):
    ld = status(mdshm, store)["leader"]
    return ld.get("pid"), ld.get("term", 0), ld.get("active")


def test_sigkill_the_leading_worker(mdshm, pebble, server):
    srv, store = server
    kills = int(os.environ.get("MDSHM_CRASH_WORKER_KILLS", "10"))
    seed = int(os.environ.get("MDSHM_CRASH_SEED", str(int(time.time()))))
    rng = random.Random(seed)
    started = time.monotonic()

    def complete():
        if not srv.process.running():
            raise harness.Fatal(f"server exited:\n{srv.log_text()[-3000:]}")
        mds = status(mdshm, store)["mds"] if (store / "data.mdb").exists() else {}
        for md, specs in MDS.items():
            m = mds.get(md) or {}
            if len(_active(m, specs)) != len(specs) or m.get("staging"):
                return None
        return mds

    t0 = time.monotonic()
    harness.wait_until(complete, DEADLINE, "the first certificates of every MD")
    max_delay = max(0.5, time.monotonic() - t0)
    had = {md: set(specs) for md, specs in MDS.items()}
    in_flight = activations = 0

    for kill in range(1, kills + 1):
        st = status(mdshm, store)["mds"]
        before = {md: _active(st.get(md) or {}, specs) for md, specs in MDS.items()}
        def renew_two():  # work for the leader to die in
            for md in rng.sample(sorted(MDS), 2):
                subprocess.run([mdshm, "--store", str(store), "renew", md],
                               capture_output=True, timeout=20, check=True)

        def staged(mds):
            return any((mds.get(md) or {}).get("staging") for md in MDS)

        def requests_pending():
            d = store / "requests"
            return d.exists() and any(f.startswith("renew-") for f in os.listdir(d))

        renew_two()
        pid, term, active = _leader(mdshm, store)
        assert active and pid in srv.worker_pids(), (kill, pid, srv.worker_pids())
        if kill == 1:
            # The first kill lands with an order in staging for sure (the
            # others at random points): renew again until one is seen.
            def staging():
                if staged(status(mdshm, store)["mds"]):
                    return True
                if not requests_pending():
                    renew_two()  # that round finished unseen: more work
                return None
            harness.wait_until(staging, DEADLINE, "an order in staging",
                               interval=0.01)
            in_flight += 1
        else:
            time.sleep(rng.uniform(0, max_delay))  # a random point of that work
            in_flight += staged(status(mdshm, store)["mds"])
        os.kill(pid, signal.SIGKILL)

        def taken_over():
            new_pid, new_term, new_active = _leader(mdshm, store)
            pids = srv.worker_pids()
            if (new_active and new_term > term and new_pid != pid and
                    new_pid in pids and pid not in pids and len(pids) == WORKERS):
                return new_pid
            return None
        harness.wait_until(taken_over, DEADLINE,
                           f"kill {kill} (seed {seed}): another worker leads "
                           "and the server has 4 workers again")
        _check_clean(mdshm, store, kill)
        mds = status(mdshm, store)["mds"]
        changed = False
        for md, specs in MDS.items():
            m = mds.get(md) or {}
            now = _active(m, specs)
            for spec in had[md]:
                assert spec in now, (
                    f"kill {kill} (seed {seed}): {md}/{spec} lost its active "
                    f"set; status: {m}")
            changed = changed or any(before[md].get(s) not in (None, v)
                                     for s, v in now.items())
        activations += changed
        # every worker (4 held connections occupy 4 workers) still serves
        # one of the MD's active certificates, the new worker included (the
        # new leader may activate a renewal meanwhile: the sets active
        # before and after the handshakes both count)
        def serials(md, specs):
            m = status(mdshm, store)["mds"].get(md) or {}
            return {int(v, 16) for v in _active(m, specs).values()}
        for md, specs in MDS.items():
            active = serials(md, specs)
            held = srv.hold(WORKERS, md)
            try:
                pids = set()
                for h in held:
                    st_, headers, _ = h.request("/", md)
                    assert st_ == 200, (kill, md, st_)
                    pids.add(int(headers["x-worker-pid"]))
                active |= serials(md, specs)
                for h in held:
                    assert h.handshake.serial in active, (kill, md, active)
                assert pids == set(srv.worker_pids()), (kill, pids)
            finally:
                for h in held:
                    h.close()

    harness.wait_until(complete, DEADLINE * 2, "every MD complete after the kills")
    harness.wait_until(
        lambda: not ((store / "requests").exists() and
                     [f for f in os.listdir(store / "requests")
                      if f.startswith("renew-")]) or None,
        DEADLINE, "no renewal request left in the inbox")
    _check_clean(mdshm, store, "final")
    figures = (f"worker crash campaign: {kills} SIGKILLs of the leading worker "
               f"(seed {seed}, delays 0-{max_delay:.2f} s), {in_flight} with an "
               f"order in staging, {activations} after a new set went live, "
               f"{time.monotonic() - started:.0f} s; another worker led every "
               f"time; mdshm check clean; no active set lost; every order "
               f"completed\n")
    record_figures(figures)
    assert in_flight > 0, figures  # the kills hit orders, not only idle leaders
