"""test_httpd_threads.py -- mod_mdshm in a threaded MPM (event,
ThreadsPerChild 25; docs/httpd.md, "Processes"): every thread of a child
serves handshakes from a worker of its own (mdshm_tls_attach_thread: its
own store reader, no mutex between the threads), and a renewal committed
while many clients handshake at once is served by every thread: no
handshake fails, and every connection begun after the commit gets the new
serial, with no reload.  The store's reader table is sized for
ServerLimit x ThreadsPerChild."""

import json
import os
import subprocess
import threading
import time

import pytest

import harness
from test_drive import DEADLINE
from test_httpd import _acme, _served
from test_httpd import apache  # noqa: F401 -- the fixture

pytestmark = pytest.mark.skipif(os.geteuid() != 0,
                                reason="runs apache2 as root with User nobody")

CHILDREN = 2
THREADS = 25
CLIENTS = 32  # concurrent client loops during the renewal
NAME = "test1.example"


def _start_event(a, start, limit, threads, port, md_lines):
    """apache2 with the event MPM (START of at most LIMIT children x
    THREADS threads; later MPM directives override apache.py's), MD NAME
    with @md_lines and its virtual host on @port; the store's path."""
    a.write(f"""\
        StartServers {start}
        ServerLimit {limit}
        ThreadsPerChild {threads}
        ThreadLimit {threads}
        MaxRequestWorkers {limit * threads}
        MinSpareThreads {threads}
        MaxSpareThreads {limit * threads + threads}
        Listen 127.0.0.1:{port} https
        {md_lines}
        MDomain {NAME}
        <VirtualHost 127.0.0.1:{port}>
          ServerName {NAME}
          SSLEngine on
        </VirtualHost>
        """)
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    return os.path.join(a.store_base, "mdshm")


def _status(mdshm, store):
    r = subprocess.run([mdshm, "--store", store, "status", "--json"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    return json.loads(r.stdout)


def _store_serials(doc):
    """The serials of the MD's active sets, as the store has them."""
    return {c["serial"] for c in doc["mds"][NAME]["certs"].values() if c}


class ClientLoop(threading.Thread):
    """Full handshakes (a new connection each) back to back; records when
    each began (before connect), the serial served, and every failure."""

    def __init__(self, a, port, stop):
        super().__init__(daemon=True)
        self.a, self.port, self.stop_ev = a, port, stop
        self.served = []   # (began, serial)
        self.failures = []

    def run(self):
        while not self.stop_ev.is_set():
            began = time.monotonic()
            try:
                held = self.a.handshake(self.port, NAME)
                self.served.append((began, held.handshake.serial))
                held.close()
            except Exception as e:  # noqa: BLE001 -- any failure counts
                self.failures.append(repr(e))


def test_httpd_event_threads_renewal_under_load(apache, pebble, mdshm):
    port = harness.free_port()
    a = apache(mpm="event")
    # pebble's http-01 port is one httpd listens on
    store = _start_event(a, CHILDREN, CHILDREN, THREADS, port,
                         f"Listen 127.0.0.1:{pebble.http_port}\n"
                         f"{_acme(a, pebble)}\nMDCAChallenges http-01")
    parent = a.pid()

    def issued():
        hs, status = _served(a, port, NAME)
        return None if hs.is_fallback else hs

    first = harness.wait_until(issued, DEADLINE, "pebble's certificate",
                               interval=0.5).serial
    children = a.children()
    assert len(children) == CHILDREN

    # Connections held open at once each occupy a worker thread (it waits
    # for their request): most threads of both children handshake, each
    # with a reader of its own.  The child's one worker of before this
    # change held one reader per child.
    held = [a.handshake(port, NAME) for _ in range(CHILDREN * THREADS - 4)]
    assert {h.handshake.serial for h in held} == {first}
    for h in held:
        h.close()
    readers = _status(mdshm, store)["storage"]["readers"]
    assert readers > 3 * CHILDREN + 1, readers
    old_serials = _store_serials(_status(mdshm, store))

    # Many clients at once while the leader renews.
    stop = threading.Event()
    loops = [ClientLoop(a, port, stop) for _ in range(CLIENTS)]
    for lp in loops:
        lp.start()
    try:
        r = subprocess.run([mdshm, "--store", store, "renew", NAME],
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr

        def committed():
            # the status command reads a committed snapshot: the commit
            # happened before it returned
            serials = _store_serials(_status(mdshm, store))
            return time.monotonic() if serials != old_serials else None

        seen_at = harness.wait_until(committed, DEADLINE,
                                     "the renewed set in the store",
                                     interval=0.2)

        def enough_after():
            return all(sum(1 for began, _ in lp.served if began > seen_at)
                       >= 3 for lp in loops)

        harness.wait_until(enough_after, 60,
                           "handshakes by every client after the commit",
                           interval=0.2)
    finally:
        stop.set()
        for lp in loops:
            lp.join(30)

    failures = [f for lp in loops for f in lp.failures]
    assert not failures, failures[:5]
    after = {serial for lp in loops for began, serial in lp.served
             if began > seen_at}
    assert len(after) == 1 and first not in after, after
    before = [serial for lp in loops for began, serial in lp.served
              if began <= seen_at]
    assert before and set(before) <= {first} | after
    assert a.pid() == parent and a.children() == children  # no restart
    log = a.log()
    assert "SIGHUP" not in log and "SIGUSR1" not in log
    # every thread had a reader of its own: none fell back to the mutex
    assert "shares the child's worker under a mutex" not in log
    a.stop()


def test_httpd_event_reader_table_sized_for_threads(apache, mdshm):
    """ServerLimit x ThreadsPerChild beyond the default 510 reader slots:
    the store is made with a slot per thread of every child that can run
    at once, plus the children's own and a margin."""
    port = harness.free_port()
    dead = harness.free_port()  # no CA answers: the MD stays pending
    limit, threads = 20, 25
    a = apache(mpm="event")
    store = _start_event(a, 1, limit, threads, port,
                         f"MDCertificateAuthority https://127.0.0.1:{dead}/dir"
                         "\nMDCertificateAgreement accepted")
    doc = _status(mdshm, store)
    assert doc["storage"]["max_readers"] == limit * (threads + 2) + 32
    # and the handshakes work (the fallback: nothing issued)
    assert a.handshake(port, NAME).handshake.is_fallback
    a.stop()
