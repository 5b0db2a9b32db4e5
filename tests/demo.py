#!/usr/bin/python3
"""demo.py -- mdshm end to end on the example server: certificates over ACME
from a local test CA, served by 4 worker processes, OCSP stapled, one
renewed and served by every worker without a restart.

Run by tests/demo.sh (which installs the dependencies and builds), or by
hand:  MDSHM=$PWD/mdshm /usr/bin/python3 tests/demo.py [OPTIONS]

Steps (each printed, numbered, with the elapsed time):
   1. pebble-challtestsrv (mock DNS), an OCSP responder, pebble (an ACME test
      CA that names the responder in the certificates it issues), all on
      127.0.0.1, on free ports unless chosen (options below); pebble's
      root from its management API;
   2. an mdshm.conf with three managed domains (MDs), MDStapling on, checked
      with `mdshm config-check`;
   3. the example server (build/adapters/custom/mdshm-example-server) with 4
      workers; the drive (the ACME/OCSP work) runs on a thread of every
      worker, exactly one leads; the workers answer pebble's http-01 checks;
   4. waiting, with progress, until every certificate is issued and stapled
      (`mdshm status --json`);
   5. `mdshm status`;
   6. curl fetches each site (--resolve, trusting only pebble's root): HTTP
      status, the worker that answered, the certificate served;
   7. the stapled OCSP response, seen by `openssl s_client -status`;
   8. `mdshm renew demo1.test`: the new certificate is served by every
      worker (one held connection per worker), same processes, no restart;
   9. `mdshm check`; everything is stopped; a summary.

The OCSP responder runs in this process: `openssl ocsp` signs with pebble's
intermediate key (from pebble's management API) and the status of each
asked serial comes from pebble's own records (cert-status-by-serial).

Options (each also an environment variable; the option wins; 0 or unset:
a free port chosen at run time, the default):
  --https-port N   MDSHM_DEMO_HTTPS_PORT  the example server's HTTPS port
  --http-port N    MDSHM_DEMO_HTTP_PORT   its plain HTTP port, where pebble
                                          checks http-01
  --acme-port N    MDSHM_DEMO_ACME_PORT   pebble's ACME port (directory URL
                                          https://127.0.0.1:N/dir)
A chosen port that is in use stops the demo before anything starts.

Environment:
  MDSHM               the mdshm binary (default: ./mdshm of this checkout)
  MDSHM_BUILD         the build directory (default: ./build of this checkout)
  MDSHM_DEMO_KEEP=1   keep the temporary directory (store, logs, certificates)
  MDSHM_DEMO_TIMEOUT  seconds to wait for certificates and staples (default 90)

Exit status 0 when every step worked; 1 with a message naming the step that
failed and the tail of the relevant log; 130 when interrupted.  Whatever
happens, every process started here is stopped.
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "integration"))

try:
    from cryptography import x509
    from cryptography.x509 import ocsp
    import harness
    from example_server import ExampleServer
    from ocsp_responder import OcspResponder
except ImportError as e:  # pragma: no cover -- told, not traced
    sys.exit(f"demo: cannot import {e.name}: run `sh tests/deps.sh` "
             "(python3-cryptography) and use /usr/bin/python3")

TIMEOUT = float(os.environ.get("MDSHM_DEMO_TIMEOUT", "90"))
KEEP = os.environ.get("MDSHM_DEMO_KEEP", "0") == "1"
WORKERS = 4
POLL = 0.25
TAIL = 40

# The three MDs: (MD name, its DNS names, its key specs).  The MD name is
# the first name of an MDomain line (mod_md's rule).
MDS = [
    ("demo1.test", ["demo1.test", "www.demo1.test"], ["rsa2048"]),
    ("demo2.test", ["demo2.test"], ["secp256r1", "rsa2048"]),
    ("demo3.test", ["demo3.test"], ["rsa2048"]),
]
RENEW_MD = "demo1.test"
RENEW_SPEC = "rsa2048"
STAPLE_SITE = "demo3.test"
N_STEPS = 11


# The ports one may choose: (option, environment variable, what).
PORT_OPTIONS = [
    ("--https-port", "MDSHM_DEMO_HTTPS_PORT", "the example server's HTTPS port"),
    ("--http-port", "MDSHM_DEMO_HTTP_PORT",
     "the example server's plain HTTP port, where pebble checks http-01"),
    ("--acme-port", "MDSHM_DEMO_ACME_PORT",
     "pebble's ACME port (directory URL https://127.0.0.1:PORT/dir)"),
]


# ---------------------------------------------------------------------------
# output

T0 = time.monotonic()
STEP = [0, ""]  # number and title of the current step, for failures


def elapsed():
    return time.monotonic() - T0


def say(text=""):
    print(text, flush=True)


def step(title):
    STEP[0] += 1
    STEP[1] = title
    say()
    say(f"==> [{elapsed():5.1f}s] {STEP[0]}/{N_STEPS} {title}")


def info(text, indent=4):
    for line in str(text).splitlines() or [""]:
        say((" " * indent + line) if line.strip() else "")


class DemoFailure(Exception):
    """A step failed: message, plus (title, log path[, lines]) to show."""

    def __init__(self, message, logs=()):
        super().__init__(message)
        self.logs = list(logs)


class Interrupted(BaseException):
    """SIGTERM / SIGHUP: like Ctrl-C (not an Exception, so that no
    "not ready yet" retry loop swallows it)."""


def _on_signal(signum, _frame):
    raise Interrupted(signal.Signals(signum).name)


def listed(items, indent=2):
    """One item per line (a string stays on the same line)."""
    if not items:
        return ""
    if isinstance(items, str):
        return " " + items
    return "".join(f"\n{' ' * indent}{x}" for x in items)


def utc(epoch_s):
    """Seconds since the epoch (mdshm status --json) as a UTC time."""
    try:
        return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(int(epoch_s)))
    except (TypeError, ValueError):
        return str(epoch_s)


def serial_hex(n):
    """Upper-case hex of a serial's bytes, as mdshm and openssl show it."""
    text = format(n, "X")
    return text.zfill(len(text) + len(text) % 2)


# ---------------------------------------------------------------------------
# the OCSP responder for pebble's certificates

class PebbleOcsp(OcspResponder):
    """OcspResponder (openssl ocsp, loopback only) answering for the
    certificates pebble issued: signed with pebble's intermediate key, each
    serial's status taken from pebble (unknown to pebble: "unknown")."""

    def __init__(self, workdir):
        super().__init__(workdir)
        self.pebble = None
        self.lock = threading.Lock()
        self.answers = []  # (serial hex, pebble's status) per request

    def attach(self, pebble):
        """Fetch pebble's intermediate and its key: the responder's CA."""
        self.pebble = pebble
        d = os.path.join(self.workdir, "pebble-ca")
        os.makedirs(d, exist_ok=True)

        class CA:  # what OcspResponder needs of a CA
            pass
        ca = CA()
        ca.dir = d
        ca.ca_file = ca.signer_file = os.path.join(d, "intermediate.pem")
        ca.signer_key_file = os.path.join(d, "intermediate.key")
        ca.index = os.path.join(d, "index.txt")
        ca.leaves = {}
        inters = pebble.intermediates()
        if not inters:
            raise DemoFailure("pebble's management API gave no intermediate")
        with open(ca.ca_file, "w") as f:
            f.write(inters[0])
        status, key = pebble._mgmt_get("/intermediate-keys/0")
        if status != 200:
            raise DemoFailure(f"pebble's intermediate key: HTTP {status}")
        with open(ca.signer_key_file, "wb") as f:
            f.write(key)
        os.chmod(ca.signer_key_file, 0o600)
        open(ca.index, "w").close()
        with open(ca.index + ".attr", "w") as f:
            f.write("unique_subject = no\n")
        self.ca = ca
        self.known = set()

    def _learn(self, req):
        """Put the asked serial into openssl's index if pebble issued it."""
        serial = serial_hex(ocsp.load_der_ocsp_request(req).serial_number)
        if serial in self.known:
            return
        try:
            st = self.pebble.cert_status(serial)
        except Exception as e:  # noqa: BLE001 -- not pebble's: "unknown"
            self.answers.append((serial, f"not found ({e})"))
            return
        state = str(st.get("Status", "")).lower()
        self.answers.append((serial, state))
        if state == "valid":
            line = f"V\t491231235959Z\t\t{serial}\tunknown\t/CN=x\n"
        elif state == "revoked":
            line = f"R\t491231235959Z\t{time.strftime('%y%m%d%H%M%SZ', time.gmtime())}" \
                   f"\t{serial}\tunknown\t/CN=x\n"
        else:
            return
        with open(self.ca.index, "a") as f:
            f.write(line)
        self.known.add(serial)

    def respond(self, method, req):
        with self.lock:  # the index is written and read by openssl
            self._learn(req)
            return super().respond(method, req)


# ---------------------------------------------------------------------------

class DemoPebble(harness.Pebble):
    """harness.Pebble on the ports the user chose (0: the free ones that
    start() picks): start() picks its ports, then writes the config."""

    def __init__(self, *args, listen_port=0, http_port=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.chosen = {"listen_port": listen_port, "http_port": http_port}

    def _write_config(self):
        for attr, port in self.chosen.items():
            if port:
                setattr(self, attr, port)
        super()._write_config()


class Demo:
    def __init__(self, mdshm, build, ports=None):
        self.mdshm = mdshm
        self.build = build
        self.ports = dict(ports or {})  # "https", "http", "acme": 0 = free
        self.tmp = tempfile.mkdtemp(prefix="mdshm-demo.")
        self.store = os.path.join(self.tmp, "store")
        self.conf = os.path.join(self.tmp, "mdshm.conf")
        self.certdir = os.path.join(self.tmp, "certs")
        os.makedirs(self.certdir)
        self.challtestsrv = None
        self.pebble = None
        self.responder = None
        self.server = None
        self.master = None
        self.workers = []
        self.issued_in = None
        self.fetched = []
        self.staple = None
        self.renewal = None
        self.check_line = None
        self.server_rc = None

    # -- helpers ----------------------------------------------------------

    def short(self, argv):
        """A command line as shown: mdshm instead of its path, $DEMO
        instead of the temporary directory."""
        out = []
        for a in argv:
            a = str(a)
            if a == self.mdshm:
                a = "mdshm"
            a = a.replace(self.tmp, "$DEMO").replace(ROOT + "/", "")
            out.append(a)
        return " ".join(out)

    def logs(self):
        """Every log worth showing on a failure, most relevant first."""
        out = []
        if self.server:
            out.append(("example server log", self.server.log_path))
        if self.responder and self.responder.answers:
            path = os.path.join(self.tmp, "ocsp-requests.log")
            with open(path, "w") as f:
                for serial, state in self.responder.answers:
                    f.write(f"serial {serial}: pebble says {state}\n")
            out.append(("OCSP responder requests", path, 10))
        if self.pebble:
            out.append(("pebble log", self.pebble.log_path, 20))
        if self.challtestsrv:
            out.append(("pebble-challtestsrv log", self.challtestsrv.log_path, 10))
        return out

    def run(self, argv, what, show=True, ok=(0,), timeout=30, stdout_only=False):
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
            text = out.stdout if stdout_only else out.stdout + out.stderr
            text = text.rstrip("\n").replace(self.tmp, "$DEMO")
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

    def check_server(self):
        if self.server and not self.server.process.running():
            raise DemoFailure(
                f"the example server exited unexpectedly (status "
                f"{self.server.process.proc.returncode})", self.logs())

    def poll(self, what, fn, timeout=TIMEOUT, every=5.0, waiting=None):
        """Call fn() until it returns a true value; print "still waiting"
        (waiting() names what is missing) every @every seconds; fail after
        @timeout naming @what."""
        start = time.monotonic()
        last_print = start
        while True:
            self.check_server()
            value = fn()
            if value:
                return value
            now = time.monotonic()
            if now - start >= timeout:
                detail = listed(waiting())
                raise DemoFailure(f"{what}: not done within {timeout:.0f}s"
                                  + (f"; missing:{detail}" if detail else ""),
                                  self.logs())
            if now - last_print >= every:
                last_print = now
                info(f"[{now - start:5.1f}s] still waiting"
                     + (f" for:{listed(waiting(), 6)}" if waiting else ""))
            time.sleep(POLL)

    # -- steps ------------------------------------------------------------

    def start_ca(self):
        step("Starting the test CA: pebble-challtestsrv, an OCSP responder, pebble")
        pki = harness.PKI(os.path.join(self.tmp, "pki"))
        self.challtestsrv = harness.ChallTestSrv(os.path.join(self.tmp, "challtestsrv"))
        try:
            self.challtestsrv.start()
        except Exception as e:  # noqa: BLE001 -- reported as a step failure
            raise DemoFailure(f"starting pebble-challtestsrv: {e}",
                              [("pebble-challtestsrv log", self.challtestsrv.log_path)])
        info(f"pebble-challtestsrv  pid {self.challtestsrv.pid}, mock DNS on "
             f"127.0.0.1:{self.challtestsrv.dns_port}: every name -> 127.0.0.1")

        self.responder = PebbleOcsp(os.path.join(self.tmp, "ocsp"))
        os.makedirs(self.responder.workdir, exist_ok=True)
        try:
            self.responder.start()
        except OSError as e:
            raise DemoFailure(f"starting the OCSP responder on "
                              f"127.0.0.1:{self.responder.port}: {e}")
        info(f"OCSP responder       {self.responder.url} (in this process; "
             "openssl ocsp signs each answer)")

        # 90-day certificates, like a public CA (pebble's default is 5 years)
        self.pebble = DemoPebble(os.path.join(self.tmp, "pebble"), pki,
                                     listen_port=self.ports.get("acme", 0),
                                     http_port=self.ports.get("http", 0),
                                     dns_port=self.challtestsrv.dns_port,
                                     validity_period=90 * 86400,
                                     ocsp_url=self.responder.url)
        try:
            self.pebble.start()
        except Exception as e:  # noqa: BLE001
            raise DemoFailure(f"starting pebble: {e}",
                              [("pebble log", self.pebble.log_path)])
        p = self.pebble
        info(f"pebble               pid {p.pid}, ACME directory {p.directory_url}")
        info(f"                     checks http-01 on http://NAME:{p.http_port}/"
             ".well-known/acme-challenge/TOKEN")
        info("                     puts the responder's URL in every "
             "certificate it issues (AIA)")
        roots = p.roots()
        if not roots:
            raise DemoFailure("pebble's management API gave no root certificate",
                              self.logs())
        self.root_file = os.path.join(self.certdir, "pebble-root.pem")
        with open(self.root_file, "w") as f:
            f.write(roots[0])
        root = harness.load_pem_chain(roots[0])[0]
        self.responder.attach(p)
        inter = harness.load_pem_chain(open(self.responder.ca.ca_file).read())[0]
        info(f"issuing CA           {cn(inter.subject)} <- {cn(root.subject)}")
        info(f"                     root saved to $DEMO/certs/pebble-root.pem "
             f"(from {p.mgmt_url}/roots/0);")
        info("                     curl and openssl trust only this root")

    def configure(self):
        step("Writing mdshm.conf (3 managed domains, OCSP stapling) and checking it")
        text = textwrap.dedent(f"""\
            # mdshm.conf -- mod_md's directives
            MDCertificateAuthority {self.pebble.directory_url}
            MDCACertificateFile    {self.pebble.ca_file}
            MDCertificateAgreement accepted
            MDContactEmail         admin@demo.test
            MDStoreDir             {self.store}
            # the workers answer http-01 on the plain HTTP port
            MDCAChallenges         http-01
            # a failed attempt is retried after 2s (default 30s, doubling)
            MDRetryDelay           2s
            MDStapling             on

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

    def start_server(self):
        step(f"Starting the example server: {WORKERS} workers, the drive on "
             "their threads")
        try:
            self.server = ExampleServer(self.build, self.tmp, conf=self.conf,
                                        workers=WORKERS, drive="workers",
                                        http_port=self.pebble.http_port,
                                        https_port=self.ports.get("https", 0),
                                        status=True,
                                        name="example-server")
        except Exception as e:  # noqa: BLE001
            raise DemoFailure(f"example server: {e}")
        if not os.access(self.server.binary, os.X_OK):
            raise DemoFailure(f"{self.server.binary} is missing: build first (make)")
        info(f"$ {self.short(self.server.process.argv)} > $DEMO/example-server.log &")
        try:
            self.server.start(timeout=30)
        except Exception as e:  # noqa: BLE001
            raise DemoFailure(f"the example server did not start: {e}", self.logs())
        m = re.search(r"^READY .*$", self.server.log_text(), re.M)
        info(f"it printed: {m.group(0) if m else '(no READY line)'}")
        self.master = self.server.pid
        self.workers = self.server.worker_pids()
        info(f"master pid {self.master}; worker pids "
             f"{', '.join(map(str, self.workers))}")
        info(f"HTTPS on 127.0.0.1:{self.server.https_port}, plain HTTP "
             f"(http-01) on 127.0.0.1:{self.server.http_port}")
        info("each worker is a leadership candidate: one runs the drive "
             "(ACME orders, OCSP fetches)")

    def wait_issued(self):
        step(f"Waiting for the certificates and their staples (polling "
             f"`mdshm status --json`, at most {TIMEOUT:.0f}s)")
        start = time.monotonic()
        seen = set()
        state = {"st": None}

        def note(text):
            info(f"[{time.monotonic() - start:5.1f}s] {text}")

        def missing():
            st = state["st"]
            if not st:
                return ["the store"]
            out = []
            for md, _, specs in MDS:
                m = (st.get("mds") or {}).get(md)
                if not m:
                    out.append(f"{md} (not in the store)")
                    continue
                certs = m.get("certs") or {}
                for spec in specs:
                    c = certs.get(spec)
                    if not c:
                        last = (m.get("job") or {}).get("last") or {}
                        why = last.get("detail") or last.get("error")
                        out.append(f"{md}/{spec} certificate"
                                   + (f" (last: {why})" if why else ""))
                    elif (c.get("ocsp") or {}).get("status") != "good":
                        o = c.get("ocsp") or {}
                        out.append(f"{md}/{spec} staple ({o.get('status')}"
                                   + (f", {o['last_error']}" if o.get("last_error")
                                      else "") + ")")
            return out

        def ready():
            if not os.path.isdir(self.store):
                return None
            try:
                st = self.status()
            except DemoFailure:
                return None  # the store is being created
            state["st"] = st
            ld = st.get("leader") or {}
            if ld.get("active") and "leader" not in seen:
                seen.add("leader")
                role = ("a worker" if ld.get("pid") in self.workers else "pid")
                note(f"leader: {role} (pid {ld.get('pid')}), term {ld.get('term')}")
            all_done = True
            for md, _, specs in MDS:
                m = (st.get("mds") or {}).get(md)
                if not m:
                    all_done = False
                    continue
                for spec, stg in sorted((m.get("staging") or {}).items()):
                    key = (md, spec, (stg or {}).get("state"))
                    if stg and key not in seen:
                        seen.add(key)
                        note(f"{md}/{spec}: ACME order, state {stg.get('state')}")
                job = m.get("job") or {}
                if job.get("errors"):
                    key = (md, "error", job.get("last_run_ms"))
                    if key not in seen:
                        seen.add(key)
                        last = job.get("last") or {}
                        note(f"{md}: attempt failed ({job['errors']}x): "
                             f"{last.get('detail') or last.get('error')}; retrying")
                certs = m.get("certs") or {}
                for spec in specs:
                    c = certs.get(spec)
                    if not c:
                        all_done = False
                        continue
                    if (md, spec, "cert") not in seen:
                        seen.add((md, spec, "cert"))
                        note(f"{md}/{spec}: certificate installed, serial "
                             f"{c['serial']}")
                    o = c.get("ocsp") or {}
                    if o.get("status") == "good":
                        if (md, spec, "ocsp") not in seen:
                            seen.add((md, spec, "ocsp"))
                            note(f"{md}/{spec}: OCSP staple stored (good, "
                                 f"valid until {utc(o.get('valid_until'))})")
                    else:
                        all_done = False
            return st if all_done else None

        st = self.poll("waiting for the certificates and staples", ready,
                       waiting=missing)
        self.issued_in = time.monotonic() - start
        n = sum(len(s) for _, _, s in MDS)
        info(f"all {n} certificates of the {len(MDS)} MDs issued and stapled "
             f"after {self.issued_in:.1f}s")
        return st

    def show_status(self):
        step("mdshm status (the store, as every process sees it)")
        out = self.run(self.mdshm_cmd("status"), "mdshm status", show=False)
        self.status_text = out.stdout
        info("$ mdshm --store $DEMO/store status")
        lines = pick(out.stdout, STATUS_SHOWN)
        info("\n".join(lines).replace(self.tmp, "$DEMO"), 6)
        info(f"({len(lines)} of its {len(out.stdout.splitlines())} lines: the "
             "leader, each MD's certificates and staples; the rest is store")
        info("figures, timestamps and each MD's job log)")

    def curl(self, name, show=True):
        """curl https://NAME:PORT/ trusting pebble's root only; returns a
        dict (http code, worker pid, serial, issuer, subject, verify)."""
        port = self.server.https_port
        head = os.path.join(self.tmp, "curl-headers.txt")
        argv = ["curl", "-sS", "--max-time", "10",
                "--resolve", f"{name}:{port}:127.0.0.1",
                "--cacert", self.root_file, "-D", head, "-o", "/dev/null",
                "-w", "%{http_code}\n%{ssl_verify_result}\n%{certs}",
                f"https://{name}:{port}/"]
        if show:
            info(f"$ curl --resolve {name}:{port}:127.0.0.1 --cacert "
                 f"$DEMO/certs/pebble-root.pem https://{name}:{port}/")
        out = self.run(argv, f"curl https://{name}:{port}/", show=False)
        lines = out.stdout.splitlines()
        r = {"code": lines[0] if lines else "?",
             "verify": lines[1] if len(lines) > 1 else "?"}
        for line in lines[2:]:  # the first certificate: the leaf
            k, _, v = line.partition(":")
            if k in ("Subject", "Issuer", "Serial Number") and k not in r:
                r[k] = v.strip()
            if line.startswith("-----END CERTIFICATE"):
                break
        with open(head, errors="replace") as f:
            m = re.search(r"^x-worker-pid:\s*(\d+)", f.read(), re.M | re.I)
        r["pid"] = int(m.group(1)) if m else None
        r["serial"] = r.get("Serial Number", "").replace(":", "").upper()
        if r["serial"]:
            r["serial"] = serial_hex(int(r["serial"], 16))
        if r["code"] != "200" or r["verify"] != "0" or not r["serial"]:
            raise DemoFailure(f"curl https://{name}:{port}/: HTTP {r['code']}, "
                              f"verify result {r['verify']}\n{out.stdout[:1500]}",
                              self.logs())
        if show:
            info(f"HTTP {r['code']}, answered by worker pid {r['pid']}; "
                 "chain verified against pebble's root", 6)
            info(f"serial {r['serial']}", 6)
            info(f"issuer {r.get('Issuer')}", 6)
        return r

    def fetch_sites(self, st):
        step("Fetching each site with curl (SNI picks the certificate)")
        mds = st.get("mds") or {}
        for md, names, specs in MDS:
            for name in names:
                r = self.curl(name)
                if r["pid"] not in self.workers:
                    raise DemoFailure(f"{name}: X-Worker-Pid {r['pid']} is not one "
                                      f"of the workers {self.workers}", self.logs())
                stored = {serial_hex(int(c["serial"], 16))
                          for c in (mds.get(md, {}).get("certs") or {}).values()}
                if r["serial"] not in stored:
                    raise DemoFailure(f"{name}: served serial {r['serial']} is "
                                      f"none of {md}'s stored {sorted(stored)}",
                                      self.logs())
                self.fetched.append((name, r["pid"], r["serial"]))
        # demo2.test has two keys: curl (which offers ECDSA) got the P-256
        # one; a client that only does RSA signatures gets the RSA one
        certs = mds["demo2.test"]["certs"]
        info("demo2.test has an ECDSA and an RSA certificate: curl got the "
             f"ECDSA one ({certs['secp256r1']['serial']});")
        info("a client that only accepts RSA signatures gets the RSA one:")
        out = self.s_client("demo2.test", ["-sigalgs", "RSA-PSS+SHA256:RSA+SHA256"],
                            show=True)
        serial = self.served_serial(out, "demo2.test (RSA)")
        if serial != certs["rsa2048"]["serial"]:
            raise DemoFailure(f"demo2.test with RSA-only signature algorithms: "
                              f"served {serial}, not the rsa2048 certificate "
                              f"{certs['rsa2048']['serial']}", self.logs())
        info(f"served serial {serial} = demo2.test's rsa2048 certificate", 6)

    def s_client(self, name, extra=(), show=False, indent=6):
        argv = ["openssl", "s_client", "-connect",
                f"127.0.0.1:{self.server.https_port}", "-servername", name,
                "-CAfile", self.root_file, "-showcerts", *extra]
        if show:
            info(f"$ {self.short(argv)} </dev/null", indent)
        out = self.run(argv, f"openssl s_client -servername {name}", show=False)
        return out.stdout

    def served_serial(self, text, what):
        """The serial of the leaf in s_client -showcerts output (the chain
        comes after the OCSP part, which can hold the responder's own
        certificate)."""
        chain = text[text.find("Certificate chain"):]
        m = re.search(r"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----",
                      chain, re.S)
        if "Certificate chain" not in text or not m:
            raise DemoFailure(f"{what}: openssl s_client got no certificate:\n"
                              f"{text[-1500:]}", self.logs())
        cert = x509.load_pem_x509_certificate(m.group(0).encode())
        return serial_hex(cert.serial_number)

    def show_staple(self):
        step(f"The stapled OCSP response ({STAPLE_SITE})")
        out = self.s_client(STAPLE_SITE, ["-status"], show=True, indent=4)
        start, end = out.find("OCSP response:"), out.find("Certificate chain")
        part = out[start:end] if 0 <= start < end else ""
        m = re.search(r"^\s*Certificate:\s*$", part, re.M)
        if m:  # the responder's certificate, not shown
            part = part[:m.start()]
        keep = ("OCSP response:", "OCSP Response Status:", "Responder Id:",
                "Produced At:", "Serial Number:", "Cert Status:", "This Update:",
                "Next Update:")
        shown = [ln.strip() for ln in part.splitlines()
                 if ln.strip().startswith(keep)]
        verify = re.findall(r"^\s*Verify return code:.*$", out, re.M)
        shown += [v.strip() for v in verify[-1:]]
        text = "\n".join(shown)
        info(text or "(no OCSP section in the output)", 6)
        if "OCSP Response Status: successful" not in text \
                or "Cert Status: good" not in text:
            raise DemoFailure(f"{STAPLE_SITE}: no good stapled OCSP response "
                              f"in openssl s_client -status:\n{out[-2500:]}",
                              self.logs())
        if "Verify return code: 0 (ok)" not in text:
            raise DemoFailure(f"{STAPLE_SITE}: openssl s_client did not verify "
                              f"the chain:\n{out[-2500:]}", self.logs())
        served = self.served_serial(out, STAPLE_SITE)
        m = re.search(r"Serial Number:\s*([0-9A-Fa-f]+)", text)
        if not m or serial_hex(int(m.group(1), 16)) != served:
            raise DemoFailure(f"{STAPLE_SITE}: the staple is not for the served "
                              f"certificate ({served})", self.logs())
        info(f"the staple is for the served certificate, serial {served}")
        self.staple = served
        info("its record in `mdshm status` (fetched by the leader, stapled "
             "by every worker from the store):")
        lines = pick(self.status_text,
                     [("mds", STAPLE_SITE, "certs", "*", "ocsp", "*")])
        info(textwrap.dedent("\n".join(lines)), 6)

    def every_worker(self, name):
        """One held TLS connection per worker (a worker serves one at a
        time, so 4 held connections reach all 4), then one request on
        each: {worker pid: served serial}."""
        try:
            held = self.server.hold(WORKERS, name)
        except Exception as e:  # noqa: BLE001
            raise DemoFailure(f"{WORKERS} TLS connections to {name}: {e}",
                              self.logs())
        seen = {}
        for h in held:
            try:
                code, headers, _ = h.request("/", name)
            except Exception as e:  # noqa: BLE001
                raise DemoFailure(f"a request on a held connection: {e}",
                                  self.logs())
            if code != 200:
                raise DemoFailure(f"GET https://{name}/: HTTP {code}", self.logs())
            seen[int(headers.get("x-worker-pid", "0"))] = \
                serial_hex(h.handshake.serial)
        return seen

    def show_workers(self, seen, new=None):
        for pid in sorted(seen):
            tag = ""
            if new:
                tag = "  (new)" if seen[pid] == new else "  (OLD)"
            info(f"worker pid {pid}: serial {seen[pid]}{tag}", 6)

    def renew(self, st):
        old = st["mds"][RENEW_MD]["certs"][RENEW_SPEC]
        old_serial = serial_hex(int(old["serial"], 16))
        step(f"Forcing a renewal: mdshm renew {RENEW_MD}")
        info(f"before: every worker serves {RENEW_MD} serial {old_serial} "
             f"(one held connection per worker):")
        before = self.every_worker(RENEW_MD)
        self.show_workers(before)
        if set(before) != set(self.workers) or set(before.values()) != {old_serial}:
            raise DemoFailure(f"before the renewal: workers {before}, expected "
                              f"{self.workers} all serving {old_serial}")
        self.run(self.mdshm_cmd("renew", RENEW_MD), "mdshm renew")
        info(f"the leader orders a new certificate; waiting for it "
             f"(at most {TIMEOUT:.0f}s)")
        start = time.monotonic()
        last = {}

        def renewed():
            m = self.status()["mds"].get(RENEW_MD) or {}
            last["m"] = m
            c = (m.get("certs") or {}).get(RENEW_SPEC) or {}
            return c if c.get("serial") and c["serial"] != old["serial"] else None

        def why():
            j = ((last.get("m") or {}).get("job") or {}).get("last") or {}
            return (f"a serial other than {old['serial']} (last job: "
                    f"{j.get('detail') or j.get('error') or '-'})")
        new = self.poll(f"renewing {RENEW_MD}", renewed, waiting=why)
        took = time.monotonic() - start
        new_serial = serial_hex(int(new["serial"], 16))
        info(f"[{took:5.1f}s] installed in the store: serial {new_serial} "
             f"(gen {old['gen']} -> {new['gen']})")

        def all_new():
            seen = self.every_worker(RENEW_MD)
            last["seen"] = seen
            return seen if set(seen.values()) == {new_serial} else None
        seen = self.poll(f"every worker serving {RENEW_MD}'s new certificate",
                         all_new, timeout=20,
                         waiting=lambda: f"workers still on the old one: "
                                         f"{last.get('seen')}")
        switched = time.monotonic() - start - took
        info(f"after: every worker serves the new certificate "
             f"({switched * 1000:.0f} ms after the store had it):")
        self.show_workers(seen, new_serial)
        now_workers = self.server.worker_pids()
        if self.server.pid != self.master or now_workers != self.workers \
                or set(seen) != set(self.workers):
            raise DemoFailure(f"the server restarted: master {self.master} -> "
                              f"{self.server.pid}, workers {self.workers} -> "
                              f"{now_workers}", self.logs())
        info(f"same master (pid {self.master}) and the same {WORKERS} worker "
             "processes: no restart, no reload, no signal")
        r = self.curl(RENEW_MD)
        if r["serial"] != new_serial:
            raise DemoFailure(f"curl got serial {r['serial']}, not the renewed "
                              f"{new_serial}", self.logs())

        # the renewed certificate gets its own staple from the leader
        def stapled():
            c = (self.status()["mds"][RENEW_MD]["certs"] or {}).get(RENEW_SPEC) or {}
            o = c.get("ocsp") or {}
            return o if c.get("serial") == new["serial"] and \
                o.get("status") == "good" else None
        o = self.poll(f"a staple for {RENEW_MD}'s new certificate", stapled,
                      timeout=30)
        info(f"the leader fetched its OCSP staple too: {o['status']}, valid "
             f"until {utc(o.get('valid_until'))}")
        self.renewal = (old_serial, new_serial, took)

    def check(self):
        step("mdshm check (decode every record, match every key to its "
             "certificate)")
        out = self.run(self.mdshm_cmd("check"), "mdshm check")
        lines = out.stdout.strip().splitlines()
        self.check_line = lines[-1] if lines else ""

    def stop_server(self):
        step("Stopping the example server (SIGTERM) and the test CA")
        workers = self.server.worker_pids()
        server, self.server = self.server, None  # stop_all: nothing more to do
        try:
            rc = server.stop()
        except AssertionError as e:  # a worker outlived the master
            self.server = server
            raise DemoFailure(f"stopping the example server: {e}",
                              [("example server log", server.log_path)])
        self.server_rc = rc
        info(f"example server (pid {self.master}) exited with status {rc}; "
             f"its {len(workers)} workers are gone")
        if rc != 0:
            raise DemoFailure(f"the example server exited with status {rc} after "
                              "SIGTERM (expected 0)",
                              [("example server log", server.log_path)])
        self.stop_all()
        info("OCSP responder, pebble and pebble-challtestsrv stopped")

    def summary(self):
        step("Summary")
        total = sum(len(s) for _, _, s in MDS)
        info(f"{len(MDS)} MDs, {total} certificates (rsa2048 and secp256r1) "
             f"issued by pebble over ACME http-01")
        info(f"and OCSP-stapled in {self.issued_in:.1f}s by the example "
             f"server's {WORKERS} workers (one leading the drive)")
        info(f"{len(self.fetched)} sites fetched with curl, each chain "
             "verified against pebble's root")
        info(f"{STAPLE_SITE}: OCSP response stapled (successful, good) for "
             f"serial {self.staple}")
        old, new, took = self.renewal
        info(f"{RENEW_MD} renewed on request in {took:.1f}s: serial {old} -> "
             f"{new},")
        info(f"served by all {WORKERS} workers with no restart (master pid "
             f"{self.master} unchanged)")
        info(f"mdshm check: {self.check_line}")
        info("everything stopped (example server exit 0)")
        info(f"total {elapsed():.1f}s")

    # -- teardown ---------------------------------------------------------

    def stop_all(self):
        """Stop everything started (each step tolerates the others failing)."""
        for what, obj in (("example server", "server"),
                          ("OCSP responder", "responder"),
                          ("pebble", "pebble"),
                          ("pebble-challtestsrv", "challtestsrv")):
            thing = getattr(self, obj)
            setattr(self, obj, None)
            if thing is None:
                continue
            try:
                thing.stop()
            except BaseException as e:  # noqa: BLE001 -- go on with the rest
                say(f"demo: stopping {what}: {e!r}")

    def remove_tmp(self, failed):
        if KEEP:
            say(f"demo: kept {self.tmp} (MDSHM_DEMO_KEEP=1)")
            return
        shutil.rmtree(self.tmp, ignore_errors=True)
        if failed:
            say("demo: MDSHM_DEMO_KEEP=1 keeps the temporary directory "
                "(store, logs, certificates) for a look")


def cn(name):
    from cryptography.x509.oid import NameOID
    cns = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return f"CN={cns[0].value}" if cns else name.rfc4514_string()


def pick(text, patterns):
    """The lines of `mdshm status` (indented "key: value" text, two spaces
    per level) whose key path matches one of @patterns ("*": any key;
    list items are "-")."""
    out, path = [], []
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if not stripped:
            continue
        depth = (len(line) - len(stripped)) // 2
        key = "-" if stripped.startswith("- ") else stripped.split(":", 1)[0]
        path = path[:depth] + [key]
        for p in patterns:
            if len(p) == len(path) and all(a in ("*", b) for a, b in zip(p, path)):
                out.append(line)
                break
    return out


STATUS_SHOWN = [
    ("store",), ("leader",),
    *[("leader", k) for k in ("active", "pid", "host", "term", "heartbeat_age_ms")],
    ("mds",), ("mds", "*"), ("mds", "*", "names"), ("mds", "*", "names", "-"),
    ("mds", "*", "state"), ("mds", "*", "certs"), ("mds", "*", "certs", "*"),
    *[("mds", "*", "certs", "*", k)
      for k in ("serial", "not_after", "days_left", "issuer", "ocsp")],
    *[("mds", "*", "certs", "*", "ocsp", k) for k in ("status", "valid_until")],
]


# ---------------------------------------------------------------------------

def show_failure(err, logs):
    say()
    where = f"step {STEP[0]} ({STEP[1]})" if STEP[0] else "start-up"
    say(f"demo: FAILED at {where}: {err}")
    for title, path, *lines in logs:
        if not path or not os.path.exists(path):
            continue
        say()
        say(f"--- {title}: last lines of {path} ---")
        say(harness.tail(path, lines[0] if lines else TAIL))
    say()


def port_number(text):
    """argparse type: a TCP port, 0 for a free one chosen at run time."""
    try:
        port = int(text, 10)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a port number (1-65535, or 0 for a free one)")
    return port


def parse_args(argv):
    """The chosen ports, {"https": N, "http": N, "acme": N} (0: free)."""
    ap = argparse.ArgumentParser(
        prog="demo", description="mdshm end to end: ACME and OCSP against a "
        "local test CA, served by the example server's workers.",
        epilog="Every port defaults to its environment variable, else 0: a "
        "free port chosen at run time.  Everything listens on 127.0.0.1.")
    for opt, env, what in PORT_OPTIONS:
        raw = os.environ.get(env, "")
        try:
            default = port_number(raw) if raw else 0
        except argparse.ArgumentTypeError as e:
            ap.error(f"{env}: {e}")
        ap.add_argument(opt, type=port_number, metavar="PORT", default=default,
                        help=f"{what}; environment: {env}")
    args = ap.parse_args(argv)
    ports = {opt[2:].split("-")[0]: getattr(args, opt[2:].replace("-", "_"))
             for opt, _, _ in PORT_OPTIONS}
    chosen = [p for p in ports.values() if p]
    if len(chosen) != len(set(chosen)):
        ap.error(f"the same port chosen twice: {ports}")
    return ports


def check_ports_free(ports):
    """Stop before anything starts when a chosen port is taken."""
    problems = []
    for (opt, env, what), port in zip(PORT_OPTIONS, ports.values()):
        if not port:
            continue
        with socket.socket() as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind(("127.0.0.1", port))
            except OSError as e:
                problems.append(f"port {port} ({what}; {opt} or {env}) is not "
                                f"free on 127.0.0.1: {e.strerror}; choose "
                                "another, or 0 for a free one")
    return problems


def preflight(ports):
    mdshm = os.path.abspath(os.environ.get("MDSHM") or os.path.join(ROOT, "mdshm"))
    build = os.path.abspath(os.environ.get("MDSHM_BUILD") or os.path.join(ROOT, "build"))
    problems = []
    if not os.access(mdshm, os.X_OK):
        problems.append(f"{mdshm} is not an executable: build first (make), or "
                        "set MDSHM")
    server = os.path.join(build, "adapters/custom/mdshm-example-server")
    if not os.access(server, os.X_OK):
        problems.append(f"{server} is missing: build first (make), or set "
                        "MDSHM_BUILD")
    if not harness.have_pebble():
        problems.append("pebble / pebble-challtestsrv are not installed "
                        "(sh tests/deps.sh installs Debian's pebble)")
    for tool in ("openssl", "curl"):
        if not shutil.which(tool):
            problems.append(f"{tool} is not installed (sh tests/deps.sh)")
    problems += check_ports_free(ports)
    if problems:
        for p in problems:
            say(f"demo: FAILED before starting: {p}")
        sys.exit(1)
    return mdshm, build


def main(argv=None):
    ports = parse_args(sys.argv[1:] if argv is None else argv)
    mdshm, build = preflight(ports)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _on_signal)
    version = subprocess.run([mdshm, "--version"], capture_output=True,
                             text=True).stdout.strip()
    say(f"mdshm demo: {version or mdshm}; ACME and OCSP against a local test "
        "CA, nothing leaves 127.0.0.1")
    demo = Demo(mdshm, build, ports)
    say(f"temporary directory: $DEMO = {demo.tmp}")
    failed = True
    rc = 1
    try:
        demo.start_ca()
        demo.configure()
        demo.start_server()
        st = demo.wait_issued()
        demo.show_status()
        demo.fetch_sites(st)
        demo.show_staple()
        demo.renew(demo.status())
        demo.check()
        demo.stop_server()
        failed = False
        rc = 0
    except DemoFailure as e:
        show_failure(e, e.logs)
    except (KeyboardInterrupt, Interrupted) as e:
        say()
        why = str(e) if isinstance(e, Interrupted) else "Ctrl-C"
        say(f"demo: interrupted ({why}) at step {STEP[0]}; stopping everything")
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
