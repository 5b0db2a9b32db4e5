"""test_crash_campaign.py -- SIGKILL `mdshm drive` at random points while it
issues and activates certificates from pebble, many times over.

After every kill (no clean-up of any kind, as a crash):
  - `mdshm check` is clean (every record decodes, no torn certificate set);
  - every MD that had a valid active set still has one;
then a renewal of some MDs is requested (`mdshm renew`) so that the next
run has issuance and activation work again.  At the end one more drive runs
to completion: every MD has its certificates, no order is left in staging,
no request is left unconsumed, and the drive stops cleanly.

MDSHM_CRASH_KILLS sets the number of kills (default 25 in `make check`;
`make campaign` runs 200).  MDSHM_CRASH_SEED makes a run repeatable.  The
figures go to $MDSHM_BUILD/crash_campaign.txt (docs/reliability.md).
"""

import os
import random
import subprocess
import time

import harness
from test_drive import DEADLINE, Drive, status, write_conf

MDS = {  # name -> key specs; RSA too, its key generation is a window of its own
    "crash1.example": ["secp256r1"],
    "crash2.example": ["secp256r1"],
    "crash3.example": ["secp256r1", "rsa2048"],
    "crash4.example": ["secp256r1"],
}


def _conf(tmp_path, pebble, store):
    body = "".join(
        f"<MDomain {md} www.{md}>\n  MDPrivateKeys {' '.join(specs)}\n</MDomain>\n"
        for md, specs in MDS.items())
    return write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, body)


def _check_clean(mdshm, store, kill):
    out = subprocess.run([mdshm, "--store", str(store), "check"],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, (
        f"kill {kill}: mdshm check exit {out.returncode}:\n{out.stdout}{out.stderr}")


def record_figures(text):
    """Print a campaign's figures and append them to
    $MDSHM_BUILD/crash_campaign.txt (docs/reliability.md)."""
    build = os.environ.get("MDSHM_BUILD")
    if build and os.path.isdir(build):
        with open(os.path.join(build, "crash_campaign.txt"), "a") as f:
            f.write(text)
    print(text)


def _active(m, specs):
    """Serials of the valid active sets of an MD, by key spec."""
    certs = m.get("certs") or {}
    return {s: certs[s]["serial"] for s in specs
            if certs.get(s) and certs[s].get("valid")}


def test_sigkill_campaign(mdshm, pebble, tmp_path):
    kills = int(os.environ.get("MDSHM_CRASH_KILLS", "25"))
    seed = int(os.environ.get("MDSHM_CRASH_SEED", str(int(time.time()))))
    rng = random.Random(seed)
    store = tmp_path / "store"
    conf = _conf(tmp_path, pebble, store)
    had = {}            # md -> specs that had a valid active set
    in_flight = 0       # kills that left an order in staging
    activations = 0     # kills after which some serial had changed
    started = time.monotonic()

    # Kill 1 comes right after the first issuance of everything; its
    # duration scales the random delays of the others (sanitizer builds
    # and loaded machines are slower, and kills must still land in every
    # phase).
    t0 = time.monotonic()
    drive = Drive(mdshm, tmp_path, conf, store, pebble.http_port,
                  name="drive1").start()
    try:
        def issued():
            if not drive.process.running():
                raise harness.Fatal(f"the drive exited:\n{drive.log_text()[-3000:]}")
            mds = status(mdshm, store)["mds"] if (store / "data.mdb").exists() else {}
            return all(len(_active(mds.get(md) or {}, specs)) == len(specs)
                       for md, specs in MDS.items()) or None
        harness.wait_until(issued, DEADLINE, "the first certificates of every MD")
        max_delay = max(0.5, time.monotonic() - t0)
        drive.kill()
    finally:
        drive.stop()
    _check_clean(mdshm, store, 1)
    had = {md: set(specs) for md, specs in MDS.items()}

    def more_work():
        """Work for the next run: renew two MDs that had certificates."""
        for md in rng.sample(sorted(MDS), 2):
            if had.get(md):
                subprocess.run([mdshm, "--store", str(store), "renew", md],
                               capture_output=True, timeout=20, check=True)
    more_work()

    for kill in range(2, kills + 1):
        before = {}
        if (store / "data.mdb").exists():
            st = status(mdshm, store)["mds"]
            before = {md: _active(st.get(md) or {}, specs)
                      for md, specs in MDS.items()}
        drive = Drive(mdshm, tmp_path, conf, store, pebble.http_port,
                      name=f"drive{kill}").start()
        try:
            # A random point of the run: startup, account, order, challenge,
            # finalize, download, activation, or idle after all that.
            delay = rng.uniform(0, max_delay)
            deadline = time.monotonic() + delay
            while time.monotonic() < deadline:
                if not drive.process.running():
                    raise harness.Fatal(
                        f"kill {kill}: the drive exited by itself:\n"
                        f"{drive.log_text()[-3000:]}")
                time.sleep(min(0.01, max(0.0, deadline - time.monotonic())))
            drive.kill()
        finally:
            drive.stop()

        if not (store / "data.mdb").exists():
            continue  # killed before it created the store
        _check_clean(mdshm, store, kill)
        mds = status(mdshm, store)["mds"]
        staged = changed = False
        for md, specs in MDS.items():
            m = mds.get(md) or {}
            now = _active(m, specs)
            for spec in had.get(md, ()):
                assert spec in now, (
                    f"kill {kill} (seed {seed}): {md}/{spec} lost its active set; "
                    f"status: {m}")
            had.setdefault(md, set()).update(now)
            staged = staged or bool(m.get("staging"))
            changed = changed or any(before.get(md, {}).get(s) not in (None, v)
                                     for s, v in now.items())
        in_flight += staged
        activations += changed
        more_work()

    # The end: one drive finishes every order.
    final = Drive(mdshm, tmp_path, conf, store, pebble.http_port, name="final").start()
    try:
        def settled():
            if not final.process.running():
                raise harness.Fatal(f"the final drive exited:\n{final.log_text()[-3000:]}")
            mds = status(mdshm, store)["mds"]
            for md, specs in MDS.items():
                m = mds.get(md) or {}
                if len(_active(m, specs)) != len(specs) or m.get("staging"):
                    return None
                if m.get("state") != "complete":
                    return None
            if (store / "requests").exists() and os.listdir(store / "requests"):
                return None
            return mds
        harness.wait_until(settled, DEADLINE * 2, "every MD complete after the campaign")
    finally:
        rc = final.stop()
    assert rc == 0, final.log_text()[-3000:]
    _check_clean(mdshm, store, "final")

    figures = (f"crash campaign: {kills} SIGKILLs (seed {seed}, delays "
               f"0-{max_delay:.2f} s), "
               f"{in_flight} with an order in staging, {activations} after a "
               f"new set went live, {time.monotonic() - started:.0f} s; "
               f"mdshm check clean after every kill; no active set lost; "
               f"every order completed\n")
    record_figures(figures)
    # The kills must have hit the work they are about, not only idle drives.
    assert in_flight > 0 and activations > 0, figures
