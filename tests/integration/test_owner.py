"""test_owner.py -- the store belongs to the user the workers run as.

Run as operators do: the example server started as root with --user
nobody binds, creates the store for nobody and forks workers that switch
to nobody; the leader (a worker) gets a certificate from pebble, every
worker serves it, and the MDNotifyCmd/MDMessageCmd hooks it runs run as
nobody.  `mdshm status` run by root reads that store (as its owner) and
leaves every file of it nobody's, lock.mdb included when it has to be
made again.  A process running as another user gets an error naming the
owner it found, the user it runs as and the command that fixes it.

Needs root (chown, switching users): skipped otherwise.  Everything the
workers must reach (store, CA file, hook) lives in a directory under /tmp
that nobody can search (pytest's tmp_path is root's, 0700).
"""

import os
import pwd
import shutil
import stat
import subprocess
import tempfile

import pytest

import harness
from test_example_server import conf_for, every_worker, servers, status  # noqa: F401

pytestmark = pytest.mark.skipif(os.geteuid() != 0,
                                reason="needs root: chown, workers as nobody")

NOBODY = pwd.getpwnam("nobody").pw_uid
OTHER = "daemon"  # another system user of every Debian system
DEADLINE = 60.0


@pytest.fixture
def shared():
    """A directory nobody can search (0755), removed afterwards."""
    d = tempfile.mkdtemp(prefix="mdshm-owner-")
    os.chmod(d, 0o755)
    yield d
    shutil.rmtree(d, ignore_errors=True)


def owners(store):
    """{name: uid} of the store directory and everything in it."""
    out = {".": os.stat(store).st_uid}
    for root, dirs, files in os.walk(store):
        for n in dirs + files:
            p = os.path.join(root, n)
            out[os.path.relpath(p, store)] = os.lstat(p).st_uid
    return out


def hook_script(shared):
    """A hook that records its uid and arguments in <shared>/hooks/ (a
    directory of nobody's: the hook can write nothing else)."""
    out = os.path.join(shared, "hooks")
    os.mkdir(out, 0o700)
    os.chown(out, NOBODY, -1)
    path = os.path.join(shared, "hook.sh")
    with open(path, "w") as f:
        f.write(f"#!/bin/sh\necho \"$(id -u) $*\" >> {out}/calls\n")
    os.chmod(path, 0o755)
    return path, os.path.join(out, "calls")


def test_workers_as_nobody_issue_serve_and_hooks(mdshm, pebble, tmp_path,
                                                 shared, servers):  # noqa: F811
    store = os.path.join(shared, "store")
    ca = os.path.join(shared, "pebble-ca.pem")  # the drive (nobody) reads it
    shutil.copy(pebble.ca_file, ca)
    os.chmod(ca, 0o644)
    hook, calls = hook_script(shared)
    conf = conf_for(tmp_path, pebble, store, f"""
        MDNotifyCmd {hook} notify
        MDMessageCmd {hook} message
        <MDomain own.example>
            MDPrivateKeys secp256r1
            MDCAChallenges http-01
        </MDomain>
        """)
    text = conf.read_text().replace(str(pebble.ca_file), ca)
    conf.write_text(text)
    srv = servers(tmp_path, conf=conf, http_port=pebble.http_port,
                  extra=["--user", "nobody"])

    # the parent stays root; every worker runs as nobody
    assert os.stat(f"/proc/{srv.pid}").st_uid == 0
    pids = srv.worker_pids()
    assert pids and all(os.stat(f"/proc/{p}").st_uid == NOBODY for p in pids)
    # the store is nobody's, 0700/0600, made by root before the fork
    st = os.stat(store)
    assert st.st_uid == NOBODY and stat.S_IMODE(st.st_mode) == 0o700
    assert set(owners(store).values()) == {NOBODY}, owners(store)

    # issued by the leader (a worker as nobody) and served by every worker
    def stored():
        if not srv.process.running():
            raise harness.Fatal(srv.log_text()[-3000:])
        m = status(mdshm, store)["mds"].get("own.example") or {}
        return (m.get("certs") or {}).get("secp256r1")
    cert = harness.wait_until(stored, DEADLINE, "own.example issued")
    serial = int(cert["serial"], 16)
    seen = every_worker(srv, "own.example")
    assert {hs.serial for hs in seen.values()} == {serial}
    assert "Pebble" in next(iter(seen.values())).issuer
    # openssl s_client, as an operator would check
    out = subprocess.run(
        ["openssl", "s_client", "-connect", f"127.0.0.1:{srv.https_port}",
         "-servername", "own.example"], input="", capture_output=True,
        text=True, timeout=20)
    assert "Pebble" in out.stdout, out.stdout[-2000:]

    # the hooks ran as nobody: notify after "renewed", message per event
    def hook_lines():
        if not os.path.exists(calls):
            return None
        lines = open(calls).read().split("\n")
        return lines if any(" notify own.example" in x for x in lines) else None
    lines = [x for x in harness.wait_until(hook_lines, DEADLINE, "the hooks")
             if x]
    assert lines and all(x.split()[0] == str(NOBODY) for x in lines), lines
    assert any(x.split()[1] == "message" for x in lines), lines

    # root's status reads the store as its owner and changes no owner
    leader = status(mdshm, store)["leader"]
    assert leader["active"] and leader["pid"] in pids
    assert set(owners(store).values()) == {NOBODY}, owners(store)


def test_root_status_leaves_the_store_to_its_owner(mdshm, shared):
    """status, dump and check as root on a store of nobody's work and
    leave every file nobody's, even when lock.mdb must be made again."""
    store = os.path.join(shared, "store")
    subprocess.run([mdshm, "--store", store, "init", "--owner", "nobody"],
                   check=True, capture_output=True, timeout=20)
    assert set(owners(store).values()) == {NOBODY}
    os.unlink(os.path.join(store, "lock.mdb"))  # e.g. after a restore
    for cmd in (["status"], ["dump"], ["check"], ["status", "--json"]):
        out = subprocess.run([mdshm, "--store", store] + cmd,
                             capture_output=True, text=True, timeout=20)
        assert out.returncode == 0, (cmd, out.stderr)
        assert set(owners(store).values()) == {NOBODY}, (cmd, owners(store))
    assert "lock.mdb" in owners(store)


def test_init_owner_gives_roots_store_away(mdshm, shared):
    """A store root made (an older setup) is given to the workers' user by
    init --owner; a file of a third user is refused, not taken."""
    store = os.path.join(shared, "store")
    subprocess.run([mdshm, "--store", store, "init"], check=True,
                   capture_output=True, timeout=20)
    assert set(owners(store).values()) == {0}
    # a worker as nobody is refused, with the fix
    out = subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}",
                          "--clear-groups", mdshm, "--store", store, "status"],
                         capture_output=True, text=True, timeout=20)
    assert out.returncode == 1
    assert "owned by root (uid 0), not by nobody (uid 65534)" in out.stderr
    assert f"mdshm --store {store} init --owner nobody" in out.stderr
    out = subprocess.run([mdshm, "--store", store, "init", "--owner",
                          "nobody:nogroup"], capture_output=True, text=True,
                         timeout=20)
    assert out.returncode == 0, out.stderr
    assert set(owners(store).values()) == {NOBODY}
    nogroup = os.stat(store).st_gid
    assert all(os.lstat(os.path.join(store, n)).st_gid == nogroup
               for n in os.listdir(store))
    # ... and nobody opens it now
    out = subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}",
                          "--clear-groups", mdshm, "--store", store, "status"],
                         capture_output=True, text=True, timeout=20)
    assert out.returncode == 0, out.stderr
    # a file another user left is refused, and stays that user's
    other = pwd.getpwnam(OTHER).pw_uid
    lock = os.path.join(store, "leader.lock")
    with open(lock, "w"):
        pass
    os.chmod(lock, 0o600)
    os.chown(lock, other, -1)
    out = subprocess.run([mdshm, "--store", store, "init", "--owner", "nobody"],
                         capture_output=True, text=True, timeout=20)
    assert out.returncode == 1
    assert f"leader.lock is owned by {OTHER} (uid {other}), not by nobody" \
        in out.stderr
    assert os.stat(lock).st_uid == other


def test_worker_of_another_user_is_told_the_fix(mdshm, mdshm_build, shared,
                                               tmp_path):
    """The example server run as another user than the store's owner
    fails at once with the owner found, its own user and the fix."""
    store = os.path.join(shared, "store")
    subprocess.run([mdshm, "--store", store, "init", "--owner", "nobody"],
                   check=True, capture_output=True, timeout=20)
    server = os.path.join(mdshm_build, "adapters", "custom",
                          "mdshm-example-server")
    out = subprocess.run(["setpriv", f"--reuid={OTHER}", f"--regid={OTHER}",
                          "--clear-groups", server, "--store", store,
                          "--drive", "none", "--listen", "127.0.0.1:0"],
                         capture_output=True, text=True, timeout=20)
    assert out.returncode == 1
    other = pwd.getpwnam(OTHER).pw_uid
    assert (f"{store} is owned by nobody (uid {NOBODY}), not by {OTHER} "
            f"(uid {other}) (the user this process runs as)") in out.stderr
    assert "run this process as nobody" in out.stderr
    assert f"chown -R {OTHER} {store}" in out.stderr
    # the store is untouched
    assert set(owners(store).values()) == {NOBODY}


def test_workers_as_nobody_die_with_their_parent(mdshm, mdshm_build, shared,
                                                tmp_path):
    """A change of user clears the parent-death signal: the workers set it
    after switching, so a parent killed by SIGKILL still takes them along."""
    from example_server import ExampleServer
    store = os.path.join(shared, "store")
    srv = ExampleServer(mdshm_build, tmp_path, store=store, workers=2,
                        drive="none", extra=["--user", "nobody"])
    srv.start()
    try:
        pids = srv.worker_pids()
        assert len(pids) == 2
        assert all(os.stat(f"/proc/{p}").st_uid == NOBODY for p in pids)
        os.kill(srv.pid, 9)
        harness.wait_until(lambda: not any(harness.pid_alive(p) for p in pids),
                           20, "the workers to die with their parent")
    finally:
        srv.stop()
