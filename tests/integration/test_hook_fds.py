"""test_hook_fds.py -- a hook (MDMessageCmd, MDNotifyCmd) starts with
stdin, stdout and stderr only: not the store's data.mdb (LMDB leaves its
descriptor inheritable), not leader.lock, not the drive's sockets.

The hook lists /proc/self/fd and writes what it found to a file; run by
`mdshm drive` and by the drive on a thread of the example server's
workers, through a real issuance against pebble.

Also: a drive kept from leading by a process that holds leader.lock
without leading says so at error level, naming that process.
"""

import fcntl
import json
import os
import re
import subprocess
import sys
import textwrap

import harness
from example_server import ExampleServer
from test_drive import DEADLINE, drives, wait_certs, write_conf  # noqa: F401


def _fd_script(tmp_path):
    log = tmp_path / "fds.jsonl"
    script = tmp_path / "fds.py"
    # The listing's own descriptor is closed once listdir returns: its
    # readlink fails and it is left out.  The log is opened afterwards.
    script.write_text(textwrap.dedent(f"""\
        import json, os, sys
        fds = {{}}
        for fd in os.listdir("/proc/self/fd"):
            try:
                fds[fd] = os.readlink("/proc/self/fd/" + fd)
            except OSError:
                pass
        with open({str(log)!r}, "a") as f:
            f.write(json.dumps({{"argv": sys.argv[1:], "fds": fds}}) + "\\n")
        """))
    extra = (f"MDMessageCmd {sys.executable} {script}\n"
             f"MDNotifyCmd {sys.executable} {script} notify\n")
    return extra, log


def _check(log, md):
    runs = [json.loads(line) for line in log.read_text().splitlines()]
    assert ["notify", md] in [r["argv"] for r in runs]
    assert ["installed", md] in [r["argv"] for r in runs]
    for r in runs:
        assert sorted(r["fds"]) == ["0", "1", "2"], r


def test_drive_hooks_get_only_stdio(mdshm, pebble, tmp_path, drives):
    store = tmp_path / "store"
    extra, log = _fd_script(tmp_path)
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        MDomain fds.example
        """, extra=extra)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    wait_certs(mdshm, store, "fds.example", ["rsa2048"], drive=drive)
    harness.wait_until(lambda: log.exists() and "installed" in log.read_text(),
                       DEADLINE, "the installed event")
    _check(log, "fds.example")


def test_embedded_drive_hooks_get_only_stdio(mdshm_build, pebble, tmp_path):
    """The drive on a worker's thread: the worker's listening and client
    sockets, its store and the drive's own descriptors stay out too."""
    store = tmp_path / "store"
    extra, log = _fd_script(tmp_path)
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        <MDomain fds2.example>
            MDCAChallenges http-01
        </MDomain>
        """, extra=extra)
    srv = ExampleServer(mdshm_build, tmp_path, conf=conf, workers=2,
                        http_port=pebble.http_port).start()
    try:
        harness.wait_until(
            lambda: log.exists() and "installed" in log.read_text(),
            DEADLINE, "the installed event")
    finally:
        rc = srv.stop()
    log_text = srv.log_text()
    assert rc == 0, log_text[-3000:]
    for bad in ("Sanitizer", "runtime error:"):  # sanitizer builds
        assert bad not in log_text, log_text[-3000:]
    _check(log, "fds2.example")


def test_held_leader_lock_is_reported(mdshm, pebble, tmp_path, drives):
    """This test process takes leader.lock (a classic POSIX lock, as a
    stray tool would) on a store where nobody ever led: the drive cannot
    lead, and its log names this process within a few heartbeats."""
    store = tmp_path / "store"
    out = subprocess.run([mdshm, "--store", str(store), "init"],
                         capture_output=True, text=True, timeout=20)
    assert out.returncode == 0, out.stderr
    fd = os.open(store / "leader.lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC,
                 0o600)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file,
                          store, "MDomain held.example\n")
        drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
        line = re.compile(r"error: .*has not been able to lead for .*"
                          rf"leader.lock is held by pid {os.getpid()}, "
                          r"which is not a live leader \(no leader was ever "
                          r"recorded\)")
        harness.wait_until(lambda: line.search(drive.log_text()), DEADLINE,
                           "the drive reporting the held lock")
    finally:
        os.close(fd)  # releases the lock: the drive leads
    harness.wait_until(lambda: "leads with term" in drive.log_text(),
                       DEADLINE, "the drive leading once the lock is free")
