#!/usr/bin/python3
"""demo.py -- mdshm end to end: ACME issuance from a local test CA, a worker
that reads the shared store, a forced renewal without any reload.

Run by tests/demo.sh (which installs the dependencies and builds), or by
hand:  MDSHM=$PWD/mdshm /usr/bin/python3 tests/demo.py

Steps:
  1. pebble-challtestsrv (mock DNS) and pebble (an ACME test CA), both on
     free 127.0.0.1 ports (tests/integration/harness.py starts them);
  2. an mdshm.conf with three managed domains (MDs) and `mdshm config-check`;
  3. `mdshm drive` (the leader's renewal loop) in the background, answering
     http-01 challenges itself; progress from `mdshm status --json`;
  4. `mdshm status`;
  5. a small C program built against libmdshm.a plays a web server worker:
     it opens the store read-only, looks each name up (SNI) and reads the
     certificate set; every chain it gets is checked with `openssl verify`
     against pebble's root and intermediate;
  6. `mdshm renew demo1.test`: the drive orders a new certificate, the old
     set goes to the archive, and the same worker process (no reload, no
     signal) gets the new certificate on its next lookup;
  7. `mdshm check`, then everything is stopped and the temporary directory
     removed.

Environment:
  MDSHM               the mdshm binary (default: ./mdshm of this checkout)
  MDSHM_DEMO_KEEP=1   keep the temporary directory (store, logs, certificates)
  MDSHM_DEMO_TIMEOUT  seconds to wait for the certificates (default 90)

Exit status 0 when every step worked; 1 with a message naming the step that
failed and the tail of the relevant log; 130 when interrupted.  Whatever
happens, every process started here is stopped.
"""

import datetime
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "integration"))

try:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.x509.oid import NameOID
    import harness
except ImportError as e:  # pragma: no cover -- told, not traced
    sys.exit(f"demo: cannot import {e.name}: run `sh tests/deps.sh` "
             "(python3-cryptography) and use /usr/bin/python3")

TIMEOUT = float(os.environ.get("MDSHM_DEMO_TIMEOUT", "90"))
KEEP = os.environ.get("MDSHM_DEMO_KEEP", "0") == "1"
POLL = 0.5
TAIL = 40

# The three MDs: (MD name, its DNS names, its key specs).  The MD name is
# the first name of an MDomain line (mod_md's rule).
MDS = [
    ("demo1.test", ["demo1.test", "www.demo1.test"], ["rsa2048"]),
    ("demo2.test", ["demo2.test"], ["secp256r1", "rsa2048"]),
    ("demo3.test", ["demo3.test"], ["rsa2048"]),
]
RENEW_MD = "demo1.test"


# ---------------------------------------------------------------------------
# output

T0 = time.monotonic()


def elapsed():
    return time.monotonic() - T0


def say(text=""):
    print(text, flush=True)


def step(title):
    say()
    say(f"==> {title}")


def info(text, indent=4):
    for line in str(text).splitlines() or [""]:
        say((" " * indent + line) if line.strip() else "")


class DemoFailure(Exception):
    """A step failed: message, plus (title, log path) pairs to show."""

    def __init__(self, message, logs=()):
        super().__init__(message)
        self.logs = list(logs)


class Interrupted(BaseException):
    """SIGTERM / SIGHUP: like Ctrl-C (not an Exception, so that no
    "not ready yet" retry loop swallows it)."""


def _on_signal(signum, _frame):
    raise Interrupted(signal.Signals(signum).name)


# ---------------------------------------------------------------------------
# running mdshm

class Demo:
    def __init__(self, mdshm):
        self.mdshm = mdshm
        self.tmp = tempfile.mkdtemp(prefix="mdshm-demo.")
        self.store = os.path.join(self.tmp, "store")
        self.conf = os.path.join(self.tmp, "mdshm.conf")
        self.certdir = os.path.join(self.tmp, "certs")
        os.makedirs(self.certdir)
        self.challtestsrv = None
        self.pebble = None
        self.drive = None
        self.drive_log = os.path.join(self.tmp, "drive.log")
        self.worker = None
        self.worker_log = os.path.join(self.tmp, "worker.log")
        self.issued_in = None
        self.verified = 0
        self.renewal = None
        self.check_line = None
        self.drive_rc = None

    # -- helpers ----------------------------------------------------------

    def short(self, argv):
        """A command line as shown to the reader: mdshm instead of its path,
        $DEMO instead of the temporary directory."""
        out = []
        for a in argv:
            a = str(a)
            if a == self.mdshm:
                a = "mdshm"
            out.append(a.replace(self.tmp, "$DEMO"))
        return " ".join(out)

    def logs(self):
        """Every log worth showing on a failure, most relevant first."""
        out = []
        if self.drive:
            out.append(("mdshm drive log", self.drive_log))
        if self.worker:
            out.append(("worker stderr", self.worker_log))
        if self.pebble:
            out.append(("pebble log", self.pebble.log_path, 20))
        if self.challtestsrv:
            out.append(("pebble-challtestsrv log", self.challtestsrv.log_path, 10))
        return out

    def run(self, argv, what, show=True, ok=(0,), timeout=30):
        """Run a command; show it and its output (indented) if show; fail
        (naming @what) on an exit status not in @ok."""
        argv = [str(a) for a in argv]
        if show:
            info(f"$ {self.short(argv)}")
        try:
            out = subprocess.run(argv, stdin=subprocess.DEVNULL,
                                 capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise DemoFailure(f"{what}: `{self.short(argv)}` did not finish "
                              f"within {timeout}s", self.logs())
        if show:
            text = (out.stdout + out.stderr).rstrip("\n")
            if text:
                info(text, indent=6)
        if out.returncode not in ok:
            raise DemoFailure(
                f"{what}: `{self.short(argv)}` exited with status "
                f"{out.returncode}\n{(out.stderr or out.stdout).strip()}",
                self.logs())
        return out

    def mdshm_cmd(self, *args):
        return [self.mdshm, "--store", self.store, *args]

    def status(self):
        out = self.run(self.mdshm_cmd("status", "--json"), "mdshm status --json",
                       show=False)
        try:
            return json.loads(out.stdout)
        except ValueError as e:
            raise DemoFailure(f"mdshm status --json: not JSON ({e}):\n"
                              f"{out.stdout[:2000]}")

    def dump(self, *mds):
        out = self.run(self.mdshm_cmd("dump", "--json", *mds), "mdshm dump --json",
                       show=False)
        try:
            return json.loads(out.stdout)
        except ValueError as e:
            raise DemoFailure(f"mdshm dump --json: not JSON ({e}):\n"
                              f"{out.stdout[:2000]}")

    def check_drive(self):
        if self.drive and not self.drive.running():
            raise DemoFailure(
                f"mdshm drive exited unexpectedly (status "
                f"{self.drive.proc.returncode})", self.logs())

    # -- steps ------------------------------------------------------------

    def start_ca(self):
        # The harness picks free ports inside start(), so each header is
        # printed once the server is up (a failed start is reported as such).
        pki = harness.PKI(os.path.join(self.tmp, "pki"))
        self.challtestsrv = harness.ChallTestSrv(os.path.join(self.tmp, "challtestsrv"))
        try:
            self.challtestsrv.start()
        except Exception as e:  # noqa: BLE001 -- reported as a step failure
            raise DemoFailure(f"starting pebble-challtestsrv: {e}",
                              [("pebble-challtestsrv log", self.challtestsrv.log_path)])
        step(f"Starting pebble-challtestsrv (mock DNS) on "
             f"127.0.0.1:{self.challtestsrv.dns_port}")
        info(f"pid {self.challtestsrv.pid}; every name resolves to 127.0.0.1; "
             f"management API on 127.0.0.1:{self.challtestsrv.mgmt_port}")

        # 90-day certificates, like a public CA (pebble's default is 5 years)
        self.pebble = harness.Pebble(os.path.join(self.tmp, "pebble"), pki,
                                     dns_port=self.challtestsrv.dns_port,
                                     validity_period=90 * 86400)
        try:
            self.pebble.start()
        except Exception as e:  # noqa: BLE001
            raise DemoFailure(f"starting pebble: {e}",
                              [("pebble log", self.pebble.log_path)])
        p = self.pebble
        step(f"Starting pebble (ACME test CA) on 127.0.0.1:{p.listen_port}")
        info(f"pid {p.pid}")
        info(f"ACME directory  {p.directory_url}")
        info(f"management API  {p.mgmt_url} (its root and intermediate CA)")
        info(f"http-01 checks  pebble fetches http://NAME:{p.http_port}"
             "/.well-known/acme-challenge/TOKEN")
        info("pebble's own HTTPS certificate is signed by "
             f"{p.ca_file.replace(self.tmp, '$DEMO')} (a throw-away CA)")

        # the issuing CA, for openssl verify later
        roots, inters = p.roots(), p.intermediates()
        if not roots or not inters:
            raise DemoFailure("pebble's management API gave no root or "
                              "intermediate certificate", self.logs())
        self.root_file = os.path.join(self.certdir, "pebble-root.pem")
        with open(self.root_file, "w") as f:
            f.write(roots[0])
        self.pebble_inter = harness.load_pem_chain(inters[0])[0]
        root = harness.load_pem_chain(roots[0])[0]
        info(f"issuing CA      {name_of(self.pebble_inter.subject)} <- "
             f"{name_of(root.subject)}")

    def configure(self):
        step("Writing mdshm.conf (3 managed domains) and checking it")
        text = textwrap.dedent(f"""\
            # mdshm.conf -- mod_md's directives
            MDCertificateAuthority {self.pebble.directory_url}
            MDCACertificateFile    {self.pebble.ca_file}
            MDCertificateAgreement accepted
            MDContactEmail         admin@demo.test
            MDStoreDir             {self.store}
            # a failed attempt is retried after 2s (default 30s, doubling)
            MDRetryDelay           2s

            MDomain demo1.test www.demo1.test

            <MDomain demo2.test>
                MDPrivateKeys secp256r1 rsa2048
            </MDomain>

            MDomain demo3.test
            """)
        with open(self.conf, "w") as f:
            f.write(text)
        info("--- $DEMO/mdshm.conf ---")
        info(text.replace(self.tmp, "$DEMO").rstrip("\n"), indent=6)
        info("---")
        self.run([self.mdshm, "config-check", "--conf", self.conf], "config-check")

    def start_drive(self):
        http = f"127.0.0.1:{self.pebble.http_port}"
        step(f"Starting the drive: mdshm drive --http01-listen {http}")
        argv = [self.mdshm, "-v", "drive", "--conf", self.conf,
                "--http01-listen", http]
        info(f"$ {self.short(argv)} 2> $DEMO/drive.log &")
        info("the drive becomes the leader of the store (one per host), writes "
             "the MDs into it,")
        info("orders certificates over ACME and answers pebble's http-01 "
             "challenges itself")
        self.drive = harness.ManagedProcess("drive", argv, self.drive_log)
        self.drive.start()
        info(f"pid {self.drive.pid}")

    def wait_issued(self):
        step(f"Waiting for the certificates (polling `mdshm status --json` "
             f"every {POLL}s, at most {TIMEOUT:.0f}s)")
        start = time.monotonic()
        deadline = start + TIMEOUT
        wanted = {md: specs for md, _, specs in MDS}
        done = set()
        seen = set()       # progress lines already printed
        leader_shown = False
        last_print = start
        last_st = None
        status_error = None

        def note(text):
            nonlocal last_print
            info(f"[{time.monotonic() - start:5.1f}s] {text}")
            last_print = time.monotonic()

        while True:
            self.check_drive()
            st = None
            if os.path.isdir(self.store):
                try:
                    st = self.status()
                except DemoFailure as e:
                    status_error = str(e)  # the store is being created
            if st:
                last_st = st
                ld = st.get("leader") or {}
                if not leader_shown and ld.get("active"):
                    note(f"leader: pid {ld.get('pid')} on {ld.get('host')}, "
                         f"term {ld.get('term')}")
                    leader_shown = True
                mds = st.get("mds") or {}
                for md, specs in wanted.items():
                    m = mds.get(md)
                    if md in done or not m:
                        continue
                    for spec, stg in sorted((m.get("staging") or {}).items()):
                        key = (md, spec, stg.get("state"))
                        if stg and key not in seen:
                            seen.add(key)
                            note(f"{md}: {spec} order: {stg.get('state')}")
                    job = m.get("job") or {}
                    last = job.get("last") or {}
                    if job.get("errors"):
                        key = (md, "error", job.get("last_run_ms"))
                        if key not in seen:
                            seen.add(key)
                            note(f"{md}: attempt failed ({job['errors']}x): "
                                 f"{last.get('detail') or last.get('error')}; "
                                 "the drive retries")
                    certs = m.get("certs") or {}
                    if all(certs.get(s) for s in specs) and m.get("state") == "complete":
                        done.add(md)
                        serials = ", ".join(f"{s} {certs[s]['serial']}" for s in specs)
                        note(f"{md}: done, state complete ({serials})")
                if len(done) == len(wanted):
                    self.issued_in = time.monotonic() - start
                    info(f"all {len(wanted)} MDs have their certificates, "
                         f"after {self.issued_in:.1f}s")
                    return st
            now = time.monotonic()
            if now >= deadline:
                pending = [md for md in wanted if md not in done]
                detail = []
                for md in pending:
                    m = ((last_st or {}).get("mds") or {}).get(md)
                    if not m:
                        detail.append(f"  {md}: not in the store")
                        continue
                    last = (m.get("job") or {}).get("last") or {}
                    detail.append(f"  {md}: state {m.get('state')}, last: "
                                  f"{last.get('detail') or last.get('error') or '-'}")
                if last_st is None and status_error:
                    detail.append(f"  mdshm status failed: {status_error}")
                raise DemoFailure(
                    f"the certificates were not issued within {TIMEOUT:.0f}s; "
                    f"pending: {', '.join(pending)}\n" + "\n".join(detail),
                    self.logs())
            if now - last_print >= 5:
                pending = ", ".join(md for md in wanted if md not in done)
                note(f"still waiting for {pending}")
            time.sleep(POLL)

    def show_status(self):
        step("mdshm status (the store as every process sees it)")
        self.run(self.mdshm_cmd("status"), "mdshm status")

    def start_worker(self):
        step("Building and starting a worker (a web server process's view of "
             "the store)")
        self.worker = Worker(self.tmp, self.store, self.worker_log)
        cmd = self.worker.build()
        info("$DEMO/worker.c: opens the store read-only, then per request: "
             "mdshm_lookup_sni(),")
        info("mdshm_read_get(mds/MD) for the key specs, "
             "mdshm_read_get(certs/MD/SPEC) for chain and key")
        info(f"$ {cmd.replace(self.tmp, '$DEMO').replace(ROOT + '/', '')}")
        self.worker.start()
        info(f"worker pid {self.worker.pid}; it stays up until the end of the demo")

    def lookup(self, name):
        try:
            return self.worker.lookup(name)
        except WorkerError as e:
            raise DemoFailure(f"worker lookup of {name}: {e}", self.logs())

    def verify(self, label, sets):
        """openssl verify of one served set; returns the leaf."""
        chain = sets["chain"]
        leaf = chain[0]
        base = os.path.join(self.certdir, label)
        leaf_file, inter_file = base + ".leaf.pem", base + ".chain.pem"
        with open(leaf_file, "wb") as f:
            f.write(leaf.public_bytes(serialization.Encoding.PEM))
        with open(inter_file, "wb") as f:
            for c in chain[1:]:
                f.write(c.public_bytes(serialization.Encoding.PEM))
        if len(chain) < 2:
            raise DemoFailure(f"{label}: the served chain has no intermediate")
        if chain[1] != self.pebble_inter:
            raise DemoFailure(f"{label}: the served intermediate "
                              f"({name_of(chain[1].subject)}) is not pebble's "
                              f"({name_of(self.pebble_inter.subject)})")
        argv = ["openssl", "verify", "-purpose", "sslserver",
                "-CAfile", self.root_file, "-untrusted", inter_file, leaf_file]
        out = subprocess.run(argv, capture_output=True, text=True, timeout=30)
        shown = " ".join(argv).replace(self.tmp, "$DEMO")
        if out.returncode != 0 or not out.stdout.strip().endswith("OK"):
            raise DemoFailure(f"{label}: `{shown}` failed:\n"
                              f"{(out.stdout + out.stderr).strip()}")
        self.verified += 1
        return shown

    def show_certs(self, st):
        step("The certificates each name is served with (via the worker), "
             "checked with openssl")
        info("openssl verify -CAfile pebble's root -untrusted the served "
             "intermediate(s), purpose sslserver")
        info("(root from pebble's management API; the served intermediate "
             "must be pebble's)")
        mds = st.get("mds") or {}
        for md, names, specs in MDS:
            say()
            info(f"{md}   names: {', '.join(names)}")
            results = [self.lookup(n) for n in names]
            for n, r in zip(names, results):
                if r["md"] != md:
                    raise DemoFailure(f"SNI lookup of {n} gave MD {r['md']}, "
                                      f"not {md}")
            info("SNI lookup: " + ", ".join(f"{n} -> {md}" for n in names), 6)
            r = results[0]
            if sorted(r["sets"]) != sorted(specs):
                raise DemoFailure(f"{md}: the worker found key specs "
                                  f"{sorted(r['sets'])}, expected {sorted(specs)}")
            for spec in specs:
                s = r["sets"][spec]
                leaf = s["chain"][0]
                sans = dns_names(leaf)
                if sorted(sans) != sorted(names):
                    raise DemoFailure(f"{md}/{spec}: certificate names {sans}, "
                                      f"expected {names}")
                st_serial = ((mds.get(md) or {}).get("certs") or {}).get(spec, {})
                st_serial = (st_serial or {}).get("serial")
                if st_serial is None or int(st_serial, 16) != leaf.serial_number:
                    raise DemoFailure(f"{md}/{spec}: the worker's serial "
                                      f"{serial_hex(leaf)} is not status's "
                                      f"{st_serial}")
                if s["keymatch"] != "ok":
                    raise DemoFailure(f"{md}/{spec}: the stored key does not "
                                      "match the certificate")
                self.verify(f"{md}.{spec}", s)
                info(f"{spec}", 6)
                for k, v in describe(leaf, s).items():
                    info(f"{k:<11} {v}", 8)
                info(f"{'openssl':<11} verify: OK", 8)

    def renew(self, st):
        old = st["mds"][RENEW_MD]["certs"]["rsa2048"]
        before = self.lookup(RENEW_MD)["sets"]["rsa2048"]
        step(f"Forcing a renewal: mdshm renew {RENEW_MD}")
        info(f"now: serial {old['serial']}, gen {old['gen']}, installed "
             f"{old.get('installed_ms_utc')}")
        self.run(self.mdshm_cmd("renew", RENEW_MD), "mdshm renew")
        info(f"waiting until the serial of {RENEW_MD} changes "
             f"(at most {TIMEOUT:.0f}s)")
        start = time.monotonic()
        deadline = start + TIMEOUT
        while True:
            self.check_drive()
            m = self.status()["mds"].get(RENEW_MD) or {}
            new = (m.get("certs") or {}).get("rsa2048") or {}
            if new.get("serial") and new["serial"] != old["serial"]:
                break
            if time.monotonic() >= deadline:
                last = (m.get("job") or {}).get("last") or {}
                raise DemoFailure(
                    f"{RENEW_MD} was not renewed within {TIMEOUT:.0f}s "
                    f"(serial still {old['serial']}; last job: "
                    f"{last.get('detail') or last.get('error') or '-'})",
                    self.logs())
            time.sleep(POLL)
        took = time.monotonic() - start
        info(f"[{took:5.1f}s] renewed")
        info(f"old serial  {old['serial']}  (gen {old['gen']})", 6)
        info(f"new serial  {new['serial']}  (gen {new['gen']}, valid until "
             f"{new.get('not_after_utc')})", 6)

        archive = (self.dump(RENEW_MD).get("databases") or {}).get("archive") or {}
        entries = {k: v for k, v in archive.items()
                   if k.startswith(f"{RENEW_MD}/rsa2048/")}
        if not entries:
            raise DemoFailure(f"no archive entry for {RENEW_MD}/rsa2048 after the "
                              "renewal", self.logs())
        info(f"the old set, in the archive (mdshm dump --json {RENEW_MD}):")
        for k, v in sorted(entries.items()):
            leaf = (v.get("chain") or [{}])[0]
            pkey = v.get("pkey") or {}
            fpr = (pkey.get("public_key_sha256") or "")[:16]
            info(f"archive/{k}", 6)
            for label, value in (("serial", v.get("serial")),
                                 ("gen", v.get("gen")),
                                 ("names", ", ".join(leaf.get("names") or [])),
                                 ("not_after", v.get("not_after_utc")),
                                 ("installed", v.get("installed_ms_utc")),
                                 ("key", f"{pkey.get('type')}, public key "
                                         f"sha256 {fpr}...")):
                info(f"{label:<10} {value}", 8)
        if not any(v.get("serial") == old["serial"] for v in entries.values()):
            raise DemoFailure(f"the archive of {RENEW_MD} does not hold the old "
                              f"serial {old['serial']}")

        after = self.lookup(RENEW_MD)["sets"]["rsa2048"]
        leaf = after["chain"][0]
        if int(new["serial"], 16) != leaf.serial_number:
            raise DemoFailure(f"the worker still serves {serial_hex(leaf)} after "
                              f"the renewal to {new['serial']}")
        self.verify(f"{RENEW_MD}.rsa2048.renewed", after)
        info(f"the worker (pid {self.worker.pid}, started before the renewal, "
             "never signalled or reloaded):")
        info(f"before  serial {serial_hex(before['chain'][0])}  gen {before['gen']}", 6)
        info(f"now     serial {serial_hex(leaf)}  gen {after['gen']}  "
             "(openssl verify: OK)", 6)
        info("the renewed certificate is live for every worker on its next "
             "lookup, no reload")
        self.renewal = (old["serial"], new["serial"], took)

    def check(self):
        step("mdshm check (decode every record, match every key to its certificate)")
        out = self.run(self.mdshm_cmd("check"), "mdshm check")
        lines = out.stdout.strip().splitlines()
        self.check_line = lines[-1] if lines else ""

    def stop_drive(self):
        step("Stopping the drive (SIGTERM) and the test CA")
        rc = self.drive.stop()
        self.drive_rc = rc
        info(f"mdshm drive exited with status {rc}")
        tail_lines = harness.tail(self.drive_log, 6)
        info("last lines of its log:")
        info(tail_lines.replace(self.tmp, "$DEMO"), 6)
        if rc != 0:
            raise DemoFailure(f"mdshm drive exited with status {rc} after SIGTERM "
                              "(expected 0)", [("mdshm drive log", self.drive_log)])

    def summary(self):
        step("Summary")
        total = sum(len(s) for _, _, s in MDS)
        info(f"3 MDs, {total} certificates (rsa2048 and secp256r1) issued by "
             f"pebble over ACME http-01 in {self.issued_in:.1f}s")
        info(f"{self.verified} served chains verified with openssl against "
             "pebble's root and intermediate")
        old, new, took = self.renewal
        info(f"{RENEW_MD} renewed on request in {took:.1f}s: serial {old} -> {new}; "
             "old set archived;")
        info("the running worker served the new certificate without a reload")
        info(f"mdshm check: {self.check_line}")
        info("drive stopped cleanly (exit 0); pebble and pebble-challtestsrv stopped")
        info(f"total {elapsed():.1f}s")

    # -- teardown ---------------------------------------------------------

    def stop_all(self):
        """Stop everything started (each step tolerates the others failing)."""
        for what, fn in (("worker", lambda: self.worker and self.worker.stop()),
                         ("drive", lambda: self.drive and self.drive.stop()),
                         ("pebble", lambda: self.pebble and self.pebble.stop()),
                         ("challtestsrv",
                          lambda: self.challtestsrv and self.challtestsrv.stop())):
            try:
                fn()
            except Exception as e:  # noqa: BLE001 -- go on with the rest
                say(f"demo: stopping {what}: {e}")

    def remove_tmp(self, failed):
        if KEEP:
            say(f"demo: kept {self.tmp} (MDSHM_DEMO_KEEP=1)")
            return
        shutil.rmtree(self.tmp, ignore_errors=True)
        if failed:
            say("demo: MDSHM_DEMO_KEEP=1 keeps the temporary directory "
                "(store, logs, certificates) for a look")


# ---------------------------------------------------------------------------
# certificate display

def name_of(name):
    cns = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return f"CN={cns[0].value}" if cns else name.rfc4514_string()


def dns_names(cert):
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except x509.ExtensionNotFound:
        return []
    return san.value.get_values_for_type(x509.DNSName)


def serial_hex(cert):
    """Upper-case hex of the serial's bytes, as mdshm shows it."""
    text = format(cert.serial_number, "X")
    return text.zfill(len(text) + len(text) % 2)


def not_after(cert):
    try:
        return cert.not_valid_after_utc
    except AttributeError:  # cryptography < 42
        return cert.not_valid_after.replace(tzinfo=datetime.timezone.utc)


def describe(leaf, s):
    pub = leaf.public_key()
    if isinstance(pub, rsa.RSAPublicKey):
        key = f"RSA {pub.key_size} bits"
    elif isinstance(pub, ec.EllipticCurvePublicKey):
        key = f"EC {pub.curve.name}"
    else:
        key = type(pub).__name__
    na = not_after(leaf)
    days = (na - datetime.datetime.now(datetime.timezone.utc)).days
    return {
        "subject": leaf.subject.rfc4514_string(),
        "SANs": ", ".join(dns_names(leaf)),
        "issuer": leaf.issuer.rfc4514_string(),
        "serial": serial_hex(leaf),
        "not after": f"{na:%Y-%m-%d %H:%M:%S} UTC ({days} days left)",
        "key": f"{key}; the stored private key matches the certificate",
        "chain": f"{len(s['chain'])} certificates, store gen {s['gen']}",
    }


# ---------------------------------------------------------------------------
# the worker: a C program on the public API (core/mdshm.h)

WORKER_C = r"""
/* worker.c -- what a web server worker does per TLS handshake, through
 * mdshm's public API: SNI lookup, then the MD's certificate sets, from a
 * store opened read-only.  Reads one DNS name per line on stdin; answers
 *   md MDNAME
 *   set KEYSPEC GEN ok|mismatch NCERTS     (per key spec of the MD)
 *   der HEX                                (per certificate, leaf first)
 *   end
 * or "error TEXT" then "end".  Exits at EOF. */
#include "mdshm.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void hex(const mdshm_buf_t *b)
{
    for (size_t i = 0; i < b->n; i++)
        printf("%02x", b->p[i]);
}

static void lookup(mdshm_reader_t *rd, const char *name)
{
    static mdshm_record_t mdrec, cs;
    mdshm_buf_t md;
    char key[600];
    int rv = mdshm_read_begin(rd);
    if (rv != 0) {
        printf("error read_begin: %s\n", mdshm_strerror(rv));
        return;
    }
    rv = mdshm_lookup_sni(rd, name, strlen(name), &md, NULL);
    if (rv != 0) {
        printf("error lookup %s: %s\n", name, mdshm_strerror(rv));
        goto out;
    }
    printf("md %.*s\n", (int)md.n, (const char *)md.p);
    rv = mdshm_read_get(rd, MDSHM_DB_MDS, md.p, md.n, &mdrec);
    if (rv != 0) {
        printf("error mds/%.*s: %s\n", (int)md.n, (const char *)md.p,
               mdshm_strerror(rv));
        goto out;
    }
    for (uint32_t i = 0; i < mdrec.u.md.n_key_specs; i++) {
        mdshm_buf_t spec = mdrec.u.md.key_specs[i];
        int n = mdshm_key_certset(key, sizeof(key), (const char *)md.p, md.n,
                                  (const char *)spec.p, spec.n);
        if (n < 0) {
            printf("error key: %s\n", mdshm_strerror(n));
            goto out;
        }
        rv = mdshm_read_get(rd, MDSHM_DB_CERTS, key, (size_t)n, &cs);
        if (rv != 0) {
            printf("error certs/%s: %s\n", key, mdshm_strerror(rv));
            goto out;
        }
        const mdshm_certset_rec_t *c = &cs.u.certset;
        printf("set %.*s %llu %s %u\n", (int)spec.n, (const char *)spec.p,
               (unsigned long long)c->gen,
               mdshm_der_pair_matches(c->chain[0], c->pkey) == 0 ? "ok"
                                                                 : "mismatch",
               c->n_chain);
        for (uint32_t j = 0; j < c->n_chain; j++) {
            printf("der ");
            hex(&c->chain[j]);
            printf("\n");
        }
    }
out:
    mdshm_read_end(rd);
}

int main(int argc, char **argv)
{
    mdshm_store_opts_t opts;
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    char line[512];
    int rv;

    if (argc != 2) {
        fprintf(stderr, "usage: worker STORE\n");
        return 2;
    }
    memset(&opts, 0, sizeof(opts));
    opts.readonly = true;
    rv = mdshm_store_open(argv[1], &opts, &st);
    if (rv == 0)
        rv = mdshm_reader_create(st, &rd);
    if (rv != 0) {
        fprintf(stderr, "worker: %s: %s\n", argv[1], mdshm_strerror(rv));
        return 1;
    }
    printf("ready %ld\n", (long)getpid());
    fflush(stdout);
    while (fgets(line, sizeof(line), stdin)) {
        line[strcspn(line, "\r\n")] = '\0';
        lookup(rd, line);
        printf("end\n");
        fflush(stdout);
    }
    mdshm_reader_destroy(rd);
    mdshm_store_close(st);
    return 0;
}
"""


class WorkerError(Exception):
    pass


class Worker:
    def __init__(self, tmp, store, log_path):
        self.tmp = tmp
        self.store = store
        self.log_path = log_path
        self.exe = os.path.join(tmp, "worker")
        self.proc = None
        self._log = None
        self.pid = None

    def build(self):
        src = os.path.join(self.tmp, "worker.c")
        with open(src, "w") as f:
            f.write(WORKER_C.lstrip())
        lib = os.path.join(ROOT, "libmdshm.a")
        if not os.path.exists(lib):
            raise DemoFailure(f"{lib} is missing: build first (make)")
        cc = os.environ.get("CC") or "cc"
        argv = [cc, "-std=c11", "-D_GNU_SOURCE", "-O1", "-I", os.path.join(ROOT, "core"),
                "-o", self.exe, src, lib] + dep_libs() + ["-pthread"]
        out = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise DemoFailure(f"compiling the worker failed:\n$ {' '.join(argv)}\n"
                              f"{(out.stdout + out.stderr).strip()}")
        return " ".join(argv)

    def start(self):
        self._log = open(self.log_path, "wb")
        argv = [self.exe, self.store]
        if harness.SETPRIV:  # no orphan if the demo is killed
            argv = [harness.SETPRIV, "--pdeathsig", "TERM", "--"] + argv
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self._log,
                                     text=True, start_new_session=True)
        first = self.proc.stdout.readline().split()
        if len(first) != 2 or first[0] != "ready":
            self.stop()
            raise DemoFailure(f"the worker did not start: {' '.join(first)}",
                              [("worker stderr", self.log_path)])
        self.pid = int(first[1])

    def lookup(self, name):
        """{'md': MD, 'sets': {spec: {'gen', 'keymatch', 'chain': [x509]}}}"""
        if self.proc.poll() is not None:
            raise WorkerError(f"the worker exited ({self.proc.returncode})")
        self.proc.stdin.write(name + "\n")
        self.proc.stdin.flush()
        result = {"md": None, "sets": {}}
        cur = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise WorkerError("the worker closed its output")
            word, _, rest = line.rstrip("\n").partition(" ")
            if word == "end":
                return result
            if word == "error":
                raise WorkerError(rest)
            if word == "md":
                result["md"] = rest
            elif word == "set":
                spec, gen, keymatch, _n = rest.split()
                cur = {"gen": int(gen), "keymatch": keymatch, "chain": []}
                result["sets"][spec] = cur
            elif word == "der" and cur is not None:
                cur["chain"].append(x509.load_der_x509_certificate(bytes.fromhex(rest)))
            else:
                raise WorkerError(f"unexpected output: {line[:100]!r}")

    def stop(self):
        if self.proc is None:
            return
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)
        self.proc.stdout.close()
        if self._log:
            self._log.close()
            self._log = None


def dep_libs():
    """The libraries libmdshm.a needs: DEP_LIBS of the configured Makefile,
    else pkg-config."""
    try:
        with open(os.path.join(ROOT, "Makefile")) as f:
            for line in f:
                m = re.match(r"DEP_LIBS\s*=(.*)$", line)
                if m:
                    return m.group(1).split()
    except OSError:
        pass
    out = subprocess.run(["pkg-config", "--libs", "openssl", "libcurl", "lmdb",
                          "msgpack", "jansson"], capture_output=True, text=True)
    if out.returncode == 0:
        return out.stdout.split()
    return ["-lssl", "-lcrypto", "-lcurl", "-llmdb", "-lmsgpackc", "-ljansson"]


# ---------------------------------------------------------------------------

def show_failure(err, logs):
    say()
    say(f"demo: FAILED: {err}")
    for title, path, *lines in logs:
        if not path or not os.path.exists(path):
            continue
        say()
        say(f"--- {title}: last lines of {path} ---")
        say(harness.tail(path, lines[0] if lines else TAIL))
    say()


def preflight():
    mdshm = os.environ.get("MDSHM") or os.path.join(ROOT, "mdshm")
    mdshm = os.path.abspath(mdshm)
    problems = []
    if not os.access(mdshm, os.X_OK):
        problems.append(f"{mdshm} is not an executable: build first (make), or "
                        "set MDSHM")
    if not harness.have_pebble():
        problems.append("pebble / pebble-challtestsrv are not installed "
                        "(sh tests/deps.sh installs Debian's pebble)")
    if not shutil.which("openssl"):
        problems.append("openssl is not installed (sh tests/deps.sh)")
    if problems:
        for p in problems:
            say(f"demo: {p}")
        sys.exit(1)
    return mdshm


def main():
    mdshm = preflight()
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _on_signal)
    version = subprocess.run([mdshm, "--version"], capture_output=True,
                             text=True).stdout.strip()
    say(f"mdshm demo: {version or mdshm}; ACME against a local test CA, "
        "nothing leaves 127.0.0.1")
    demo = Demo(mdshm)
    say(f"temporary directory: $DEMO = {demo.tmp}")
    failed = True
    rc = 1
    try:
        demo.start_ca()
        demo.configure()
        demo.start_drive()
        st = demo.wait_issued()
        demo.show_status()
        demo.start_worker()
        demo.show_certs(st)
        demo.renew(demo.status())
        demo.check()
        demo.stop_drive()
        failed = False
        rc = 0
    except DemoFailure as e:
        show_failure(e, e.logs)
    except (KeyboardInterrupt, Interrupted) as e:
        say()
        why = str(e) if isinstance(e, Interrupted) else "Ctrl-C"
        say(f"demo: interrupted ({why}); stopping everything")
        rc = 130
    except Exception as e:  # noqa: BLE001 -- a bug here: say so, show logs
        import traceback
        traceback.print_exc()
        show_failure(f"unexpected error: {e!r}", demo.logs())
    finally:
        # no second interruption while cleaning up
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for sig in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, signal.SIG_IGN)
        demo.stop_all()
        demo.remove_tmp(failed and rc != 130)
    if rc == 0:
        demo.summary()
    return rc


if __name__ == "__main__":
    sys.exit(main())
