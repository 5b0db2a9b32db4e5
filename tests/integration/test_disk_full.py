"""test_disk_full.py -- the store on a small tmpfs that fills up.

As root: a tmpfs of a few MiB is mounted on a temporary directory and the
store lives there.  The drive obtains a certificate for one MD; then a
filler file takes every free byte and the drive is restarted with more MDs
to issue.  While the disk is full:
  - the drive keeps running; its store writes fail with a clear error
    ("No space left on device (the store's file system is full)") and it
    backs off: the error count of a failing MD grows (doubling its retry
    delay) although the job record that keeps it cannot be written;
  - readers keep serving what they had: `mdshm status`, the SNI lookup of a
    worker and `mdshm check` see the first MD's certificate, unchanged.
Once the filler is gone, every MD gets its certificate, the drive stops
cleanly and `mdshm check` is clean.  The tmpfs is unmounted at teardown.
Skipped (with the reason) when not root or when mounting fails.
"""

import json
import os
import re
import subprocess

import pytest

import harness
from test_drive import DEADLINE, Drive, status, wait_certs, write_conf

FS_SIZE = "4m"
NEW_MDS = [f"full{i}.example" for i in range(2, 8)]


@pytest.fixture
def small_fs(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a tmpfs")
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    out = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={FS_SIZE},mode=0700",
                          "tmpfs", str(mnt)], capture_output=True, text=True)
    if out.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {out.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def fill(path):
    """Write zeros to @path until the file system is full; return bytes."""
    n = 0
    chunk = b"\0" * 65536
    with open(path, "wb", buffering=0) as f:
        try:
            while True:
                n += f.write(chunk)
        except OSError as e:
            assert e.errno == 28, e  # ENOSPC
        # the last partial pages as well
        try:
            while True:
                n += f.write(b"\0" * 512)
        except OSError:
            pass
    return n


def _conf(tmp_path, pebble, store, mds):
    body = "".join(f"<MDomain {md}>\n  MDPrivateKeys secp256r1\n</MDomain>\n"
                   for md in mds)
    return write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, body)


def test_disk_full(mdshm, mdshm_build, pebble, tmp_path, small_fs):
    store = small_fs / "store"
    conf = _conf(tmp_path, pebble, store, ["full1.example"])
    drive = Drive(mdshm, tmp_path, conf, store, pebble.http_port, name="drive1").start()
    try:
        first = wait_certs(mdshm, store, "full1.example", ["secp256r1"], drive=drive)
    finally:
        assert drive.stop() == 0, drive.log_text()[-3000:]
    serial = first["certs"]["secp256r1"]["serial"]

    filler = small_fs / "filler"
    filled = fill(filler)
    assert filled > 0
    conf = _conf(tmp_path, pebble, store, ["full1.example"] + NEW_MDS)
    drive = Drive(mdshm, tmp_path, conf, store, pebble.http_port, name="drive2").start()
    try:
        # The clear error, from the drive's log and the job records.
        nospace = re.compile(r"No space left on device|ENOSPC|disk full|file system is full",
                             re.I)

        def failing():
            if not drive.process.running():
                raise harness.Fatal(f"the drive exited on a full disk:\n"
                                    f"{drive.log_text()[-3000:]}")
            return nospace.search(drive.log_text())
        harness.wait_until(failing, DEADLINE, "the drive reporting the full disk")

        # Readers keep serving the first MD, unchanged, while the disk is full.
        for _ in range(3):
            m = status(mdshm, store)["mds"]["full1.example"]
            assert m["certs"]["secp256r1"]["serial"] == serial
            assert m["certs"]["secp256r1"]["valid"]
            out = subprocess.run([os.path.join(mdshm_build, "tests/helpers/lookup_sni"),
                                  str(store), "full1.example"],
                                 capture_output=True, text=True, timeout=20)
            assert out.returncode == 0 and "full1.example" in out.stdout, out
            out = subprocess.run([mdshm, "--store", str(store), "check"],
                                 capture_output=True, text=True, timeout=30)
            assert out.returncode == 0, out.stdout + out.stderr

        # Back-off: a failing MD is retried after MDRetryDelay, then after
        # a longer delay (the error count grows although the job record
        # that keeps it cannot be written).
        escalated = re.compile(r"MD (\S+): .*; error ([2-9]|\d\d+), next attempt in")
        harness.wait_until(lambda: escalated.search(drive.log_text()), DEADLINE,
                           "a second failed attempt with a longer back-off")
        assert drive.process.running(), drive.log_text()[-3000:]

        # Space returns: everything completes.
        filler.unlink()
        for md in NEW_MDS:
            wait_certs(mdshm, store, md, ["secp256r1"], timeout=DEADLINE * 2,
                       drive=drive)
        m = status(mdshm, store)["mds"]["full1.example"]
        assert m["certs"]["secp256r1"]["serial"] == serial
    finally:
        rc = drive.stop()
    assert rc == 0, drive.log_text()[-3000:]
    out = subprocess.run([mdshm, "--store", str(store), "check"],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stdout + out.stderr
    d = json.loads(subprocess.run([mdshm, "--store", str(store), "dump", "--json"],
                                  capture_output=True, text=True, timeout=30,
                                  check=True).stdout)["databases"]
    assert set(NEW_MDS) <= set(d["mds"])
