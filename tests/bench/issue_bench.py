#!/usr/bin/python3
"""issue_bench.py -- seconds to issue N certificates: mdshm vs mod_md, certbot, lego.

Side by side on the same local pebble (a fresh pebble per tool, N and key
type, so no account, authorization or order carries over): N = 10 and
N = 100 MDs (one name each, md<i>.example.test), P-256 and RSA-2048 keys.

    mdshm    `mdshm drive --conf F --http01-listen 127.0.0.1:<pebble httpPort>`
             with N MDomain lines; done when `mdshm status --json` shows a
             certificate for every MD (time: the newest installed_ms)
    mod_md   Debian's apache2 + libapache2-mod-md in a private ServerRoot,
             N MDomain lines + N SSL VirtualHosts, http-01 on pebble's
             httpPort; done when every MD has a pubcert in the store
             (staging/ or domains/; time: the newest file's mtime)
    certbot  `certbot certonly --standalone`, one certificate per MD, one
             after the other (certbot is sequential)
    lego     `lego --http ... run`, one certificate per MD, one after the other

Also measured: seconds from start until the server answers its first HTTP
request (mod_md: apache2 on its http port; mdshm: the drive's built-in
http-01 responder -- there is no web-server adapter yet).

By default certbot and lego are not run at N = 100: they are run at N = 10
and N = 20, and N = 100 is extrapolated from the N = 20 run (first
certificate + 99 x the mean of certificates 2..20; marked "~").  --full
runs them at N = 100.

Run with Debian's python (stdlib + python3-cryptography), as root so that
missing peers can be installed with apt-get (--no-install: never):

    /usr/bin/python3 tests/bench/issue_bench.py [--full] [--n 10,100]
        [--keys p256,rsa2048] [--tools mdshm,mod_md,certbot,lego]
        [--workdir DIR] [--keep] [--mdshm-max-parallel N] [--timeout S]

$MDSHM is the mdshm binary (default ./mdshm).  Everything listens on
127.0.0.1 only, on free ports; every process is stopped at the end.

Exit status: 0; 1 if the setup failed or an mdshm run failed although
`mdshm drive` exists; 2 if only mdshm targets were missed and
MDSHM_BENCH_STRICT=1 is set.  A peer that cannot be installed or run is
reported and skipped.
"""

import argparse
import glob
import http.client
import json
import os
import platform
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(TOP, "tests", "integration"))

import harness  # noqa: E402 -- after the path set-up

TOOLS = ("mdshm", "mod_md", "certbot", "lego")
KEYS = {
    # name: (label, mdshm/mod_md MDPrivateKeys, mdshm key spec, certbot args, lego key type)
    "p256": ("P-256", "secp256r1", "secp256r1",
             ["--key-type", "ecdsa", "--elliptic-curve", "secp256r1"], "ec256"),
    "rsa2048": ("RSA-2048", "RSA 2048", "rsa2048",
                ["--key-type", "rsa", "--rsa-key-size", "2048"], "rsa2048"),
}
TARGETS = {  # (key, N): seconds, from the issue
    ("p256", 100): 3.0,
    ("rsa2048", 100): 25.0,
}
ANSWER_TARGET = (100, 0.5)  # a server with 100 new MDs answers within 0.5 s
EMAIL = "x@example.test"
APACHE = "/usr/sbin/apache2"
APACHE_MODULES = "/usr/lib/apache2/modules"
PACKAGES = {
    "mod_md": ["apache2", "libapache2-mod-md"],
    "certbot": ["certbot"],
    "lego": ["lego"],
}


def log(msg=""):
    print(msg, flush=True)


def md_names(n):
    return [f"md{i}.example.test" for i in range(1, n + 1)]


class RunFailed(Exception):
    pass


# ---------------------------------------------------------------------------
# environment: pebble per run, peers installed on demand

class Env:
    def __init__(self, workdir):
        self.workdir = workdir
        self.pki = harness.PKI(os.path.join(workdir, "pki"))
        self.cts = harness.ChallTestSrv(os.path.join(workdir, "challtestsrv"))
        self.cts.start()
        self._seq = 0
        self._apache_base = self._own_apache_base = None

    def new_pebble(self, tag):
        self._seq += 1
        p = harness.Pebble(os.path.join(self.workdir, f"{self._seq:02d}-{tag}", "pebble"),
                           self.pki, dns_port=self.cts.dns_port, authz_reuse=0)
        p.start()
        return p

    def run_dir(self, tag):
        d = os.path.join(self.workdir, f"{self._seq:02d}-{tag}")
        os.makedirs(d, exist_ok=True)
        return d

    def apache_base(self):
        """A directory for apache's ServerRoots that its children (www-data
        when run as root) can traverse: <workdir>/apache if every directory
        above it is traversable by others, else a new mkdtemp (0711),
        removed by stop()."""
        if self._apache_base:
            return self._apache_base
        base = os.path.join(self.workdir, "apache")
        p = os.path.dirname(base)
        ok = True
        while True:
            try:
                st = os.stat(p)
            except OSError:
                ok = False
                break
            if not st.st_mode & 0o001:
                if p == self.workdir and st.st_uid == os.geteuid():
                    os.chmod(p, 0o711)  # ours: traversable, not listable
                else:
                    ok = False
                    break
            if p == "/":
                break
            p = os.path.dirname(p)
        if ok:
            os.makedirs(base, mode=0o711, exist_ok=True)
            os.chmod(base, 0o711)
        else:
            base = tempfile.mkdtemp(prefix="mdshm-issue-bench-apache.")
            os.chmod(base, 0o711)
            self._own_apache_base = base
        self._apache_base = base
        return base

    def stop(self, keep=False):
        self.cts.stop()
        if self._own_apache_base and not keep:
            shutil.rmtree(self._own_apache_base, ignore_errors=True)


def tool_present(tool):
    if tool == "certbot":
        return shutil.which("certbot") is not None
    if tool == "lego":
        return shutil.which("lego") is not None
    if tool == "mod_md":
        return (os.access(APACHE, os.X_OK)
                and os.path.exists(os.path.join(APACHE_MODULES, "mod_md.so"))
                and os.path.exists(os.path.join(APACHE_MODULES, "mod_ssl.so")))
    return True


_apt_updated = False


def apt_install(pkgs):
    """apt-get install pkgs; returns None or the reason it failed.  Services
    are kept from starting (apache2 would listen on *:80) with a temporary
    /usr/sbin/policy-rc.d if there is none."""
    global _apt_updated
    if os.geteuid() != 0:
        return "not root (apt-get install needs root)"
    if not shutil.which("apt-get"):
        return "no apt-get"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    policy = "/usr/sbin/policy-rc.d"
    made_policy = False
    if not os.path.exists(policy):
        with open(policy, "w") as f:
            f.write("#!/bin/sh\n# temporary, from mdshm's issue_bench.py\nexit 101\n")
        os.chmod(policy, 0o755)
        made_policy = True
    try:
        for attempt in range(2):
            cmd = ["apt-get", "install", "-y", "-q", "--no-install-recommends"] + pkgs
            log(f"# $ {shlex.join(cmd)}")
            r = subprocess.run(cmd, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, timeout=900)
            if r.returncode == 0:
                return None
            if attempt == 0 and not _apt_updated:
                log("# $ apt-get update")
                _apt_updated = True
                subprocess.run(["apt-get", "update", "-q"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, timeout=600)
                continue
            return "apt-get install failed: " + " / ".join(r.stdout.strip().splitlines()[-3:])
    except (OSError, subprocess.SubprocessError) as e:
        return f"apt-get: {e}"
    finally:
        if made_policy:
            os.unlink(policy)
    return "apt-get install failed"


def ensure_tool(tool, install):
    """None if the tool can run, else why not."""
    if tool_present(tool):
        return None
    if not install:
        return f"{' + '.join(PACKAGES[tool])} not installed (--no-install)"
    why = apt_install(PACKAGES[tool])
    if why:
        return why
    if not tool_present(tool):
        return "installed, but its programs are still missing"
    return None


def version_of(tool, mdshm):
    try:
        if tool == "mdshm":
            r = subprocess.run([mdshm, "--version"], capture_output=True, text=True, timeout=10)
            return (r.stdout or r.stderr).strip().splitlines()[0]
        if tool == "certbot":
            r = subprocess.run(["certbot", "--version"], capture_output=True, text=True,
                               timeout=60)
            return (r.stdout or r.stderr).strip().splitlines()[0]
        if tool == "lego":  # Debian's build says "lego version dev"
            r = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "lego"],
                               capture_output=True, text=True, timeout=10)
            return f"lego {r.stdout.strip() or '?'} (Debian package)"
        if tool == "mod_md":
            r = subprocess.run(["dpkg-query", "-W", "-f", "${Version}",
                                "libapache2-mod-md"], capture_output=True, text=True,
                               timeout=10)
            return f"apache2 + libapache2-mod-md {r.stdout.strip() or '?'}"
    except (OSError, subprocess.SubprocessError, IndexError) as e:
        return f"? ({e})"
    return "?"


# ---------------------------------------------------------------------------
# "answers its first request": a thread sends GET until any HTTP answer comes

class FirstAnswer:
    def __init__(self, port, t0):
        self.port = port
        self.t0 = t0
        self.seconds = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def _run(self):
        while not self._stop.is_set():
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
            try:
                conn.request("GET", "/.well-known/acme-challenge/mdshm-bench-probe")
                conn.getresponse().read()
                self.seconds = time.monotonic() - self.t0
                return
            except OSError:
                self._stop.wait(0.005)
            except http.client.HTTPException:
                self._stop.wait(0.005)
            finally:
                conn.close()

    def stop(self):
        self._stop.set()
        self._thread.join(5)


def check_alive(proc, what):
    if not proc.running():
        raise RunFailed(f"{what} exited with status {proc.proc.returncode}:\n"
                        + harness.tail(proc.log_path, 25))


# ---------------------------------------------------------------------------
# mdshm

def mdshm_drive_check(mdshm):
    """None if `mdshm drive` exists, else why not."""
    if not os.access(mdshm, os.X_OK):
        return f"{mdshm} is not an executable (set MDSHM)"
    try:
        r = subprocess.run([mdshm, "drive", "--help"], capture_output=True, text=True,
                           timeout=10)
    except (OSError, subprocess.SubprocessError) as e:
        return f"{mdshm} drive --help: {e}"
    text = r.stdout + r.stderr
    if r.returncode != 0 or "--conf" not in text:
        first = text.strip().splitlines()[:1]
        return f"`{mdshm} drive --help` exited {r.returncode}: {first[0] if first else ''}"
    return None


def mdshm_status(mdshm, store):
    r = subprocess.run([mdshm, "status", "--json", "--store", store],
                       capture_output=True, text=True, timeout=30)
    if r.returncode != 0:
        return None
    return json.loads(r.stdout)


def run_mdshm(env, args, key, n):
    label, pkeys, spec = KEYS[key][0], KEYS[key][1], KEYS[key][2]
    pebble = env.new_pebble(f"mdshm-{key}-{n}")
    d = env.run_dir(f"mdshm-{key}-{n}")
    store = os.path.join(d, "store")
    conf = os.path.join(d, "mdshm.conf")
    with open(conf, "w") as f:
        f.write(f"MDCertificateAuthority {pebble.directory_url}\n"
                f"MDCACertificateFile {pebble.ca_file}\n"
                "MDCertificateAgreement accepted\n"
                f"MDContactEmail {EMAIL}\n"
                f"MDStoreDir {store}\n"
                f"MDPrivateKeys {pkeys}\n"
                "MDRetryDelay 1s\n")
        for name in md_names(n):
            f.write(f"MDomain {name}\n")
    argv = [args.mdshm, "drive", "--conf", conf,
            "--http01-listen", f"127.0.0.1:{pebble.http_port}"]
    if args.mdshm_max_parallel:
        argv += ["--max-parallel", str(args.mdshm_max_parallel)]
    proc = harness.ManagedProcess("mdshm-drive", argv, os.path.join(d, "drive.log"))
    log(f"# mdshm {label} N={n}: $ {shlex.join(argv)}")
    t0_wall = time.time()
    t0 = time.monotonic()
    proc.start()
    probe = FirstAnswer(pebble.http_port, t0).start()
    try:
        deadline = t0 + args.timeout
        done = 0
        while True:
            check_alive(proc, "mdshm drive")
            st = None
            try:
                st = mdshm_status(args.mdshm, store)
            except (ValueError, subprocess.SubprocessError):
                st = None
            if st:
                mds = st.get("mds") or {}
                have = [m for m in mds.values() if (m.get("certs") or {}).get(spec)]
                done = len(have)
                if done >= n:
                    t_poll = time.monotonic() - t0
                    stamps = [m["certs"][spec].get("installed_ms") or 0 for m in have]
                    seconds = t_poll
                    if all(stamps):
                        seconds = min(t_poll, max(stamps) / 1000.0 - t0_wall)
                    break
            if time.monotonic() > deadline:
                raise RunFailed(f"{done}/{n} certificates after {args.timeout:.0f} s:\n"
                                + harness.tail(proc.log_path, 25))
            time.sleep(0.05)
        # the answer time, if the probe has not got one yet (it should have)
        wait_end = time.monotonic() + 5
        while probe.seconds is None and time.monotonic() < wait_end:
            time.sleep(0.01)
        return {"seconds": seconds, "answer": probe.seconds}
    finally:
        probe.stop()
        rc = proc.stop(timeout=20)
        pebble.stop()
        if rc not in (0, None, -signal.SIGTERM):
            log(f"#   note: mdshm drive exited with status {rc} after SIGTERM")


# ---------------------------------------------------------------------------
# mod_md (Debian's apache2 + libapache2-mod-md)

APACHE_LOAD = ["mpm_event", "authz_core", "socache_shmcb", "ssl", "md"]


def modmd_conf(root, pebble, ca_file, key, n, http_port, https_port):
    pkeys = KEYS[key][1]
    lines = [
        f'ServerRoot "{root}"',
        "ServerName localhost",
        f'PidFile "{root}/run/httpd.pid"',
        f'DefaultRuntimeDir "{root}/run"',
        f"Mutex file:{root}/run default",
        f'ErrorLog "{root}/logs/error.log"',
        "LogLevel warn md:notice",
    ]
    for m in APACHE_LOAD:
        lines.append(f"LoadModule {m}_module {APACHE_MODULES}/mod_{m}.so")
    if os.geteuid() == 0:
        lines += ["User www-data", "Group www-data"]
    lines += [
        "StartServers 1",
        "ServerLimit 2",
        "ThreadsPerChild 25",
        "MaxRequestWorkers 50",
        "MinSpareThreads 5",
        "MaxSpareThreads 50",
        f"Listen 127.0.0.1:{http_port}",
        f"Listen 127.0.0.1:{https_port}",
        'MDStoreDir "md"',
        f"MDCertificateAuthority {pebble.directory_url}",
        f'MDCACertificateFile "{ca_file}"',
        "MDCertificateAgreement accepted",
        f"MDContactEmail {EMAIL}",
        f"MDPrivateKeys {pkeys}",
        f"MDPortMap 80:{http_port} 443:{https_port}",
        "MDCAChallenges http-01",
        "MDRetryDelay 1s",
        f"<VirtualHost 127.0.0.1:{http_port}>",
        "    ServerName localhost",
        "    <Location /md-status>",
        "        SetHandler md-status",
        "    </Location>",
        "</VirtualHost>",
    ]
    for name in md_names(n):
        lines += [
            f"MDomain {name}",
            f"<VirtualHost 127.0.0.1:{https_port}>",
            f"    ServerName {name}",
            "    SSLEngine on",
            "</VirtualHost>",
        ]
    return "\n".join(lines) + "\n"


def modmd_done(store, names):
    """(count of MDs with a certificate in the store, newest mtime)."""
    count, newest = 0, 0.0
    for name in names:
        best = None
        for sub in ("staging", "domains"):
            for p in glob.glob(os.path.join(store, sub, name, "pubcert*.pem")):
                try:
                    mt = os.stat(p).st_mtime
                except OSError:
                    continue
                best = mt if best is None else min(best, mt)
        if best is not None:
            count += 1
            newest = max(newest, best)
    return count, newest


def run_modmd(env, args, key, n):
    label = KEYS[key][0]
    pebble = env.new_pebble(f"mod_md-{key}-{n}")
    d = env.run_dir(f"mod_md-{key}-{n}")
    root = os.path.join(env.apache_base(), f"{env._seq:02d}-{key}-{n}")
    for sub in ("run", "logs"):
        os.makedirs(os.path.join(root, sub), exist_ok=True)
    os.chmod(root, 0o711)  # the children (www-data) write the store in it
    ca_file = os.path.join(root, "pebble-ca.pem")  # and read this
    shutil.copyfile(pebble.ca_file, ca_file)
    os.chmod(ca_file, 0o644)
    https_port = harness.free_port()
    conf = os.path.join(root, "httpd.conf")
    with open(conf, "w") as f:
        f.write(modmd_conf(root, pebble, ca_file, key, n, pebble.http_port, https_port))
    senv = dict(os.environ)
    for k in list(senv):
        if k.startswith("APACHE_"):
            del senv[k]
    senv.update(APACHE_RUN_DIR=os.path.join(root, "run"),
                APACHE_LOCK_DIR=os.path.join(root, "run"),
                APACHE_PID_FILE=os.path.join(root, "run", "httpd.pid"),
                APACHE_LOG_DIR=os.path.join(root, "logs"))
    argv = [APACHE, "-d", root, "-f", conf, "-DFOREGROUND"]
    proc = harness.ManagedProcess("apache2", argv, os.path.join(d, "apache2.out"), env=senv)
    log(f"# mod_md {label} N={n}: $ {shlex.join(argv)}")
    names = md_names(n)
    store = os.path.join(root, "md")
    errlog = os.path.join(root, "logs", "error.log")
    t0_wall = time.time()
    t0 = time.monotonic()
    proc.start()
    probe = FirstAnswer(pebble.http_port, t0).start()
    try:
        deadline = t0 + args.timeout
        while True:
            if not proc.running():
                raise RunFailed(f"apache2 exited with status {proc.proc.returncode}:\n"
                                + harness.tail(proc.log_path, 10) + "\n"
                                + harness.tail(errlog, 15))
            count, newest = modmd_done(store, names)
            if count >= n:
                seconds = min(time.monotonic() - t0, newest - t0_wall)
                break
            if time.monotonic() > deadline:
                raise RunFailed(f"{count}/{n} certificates after {args.timeout:.0f} s:\n"
                                + harness.tail(errlog, 25))
            time.sleep(0.1)
        return {"seconds": seconds, "answer": probe.seconds}
    finally:
        probe.stop()
        proc.stop(timeout=30)
        pebble.stop()


# ---------------------------------------------------------------------------
# certbot and lego: one certificate per MD, sequentially

def certbot_argv(pebble, d, key, name):
    return ["certbot", "certonly", "--standalone", "--non-interactive", "--agree-tos",
            "-m", EMAIL, "--no-eff-email", "--server", pebble.directory_url,
            "--http-01-port", str(pebble.http_port), "--http-01-address", "127.0.0.1",
            "--config-dir", os.path.join(d, "config"), "--work-dir", os.path.join(d, "work"),
            "--logs-dir", os.path.join(d, "logs"), "-d", name] + KEYS[key][3]


def lego_argv(pebble, d, key, name):
    return ["lego", "--accept-tos", "--email", EMAIL, "--server", pebble.directory_url,
            "--path", os.path.join(d, "lego"), "--key-type", KEYS[key][4],
            "--http", "--http.port", f"127.0.0.1:{pebble.http_port}",
            "--domains", name, "run"]


def run_sequential(env, args, tool, key, n):
    label = KEYS[key][0]
    pebble = env.new_pebble(f"{tool}-{key}-{n}")
    d = env.run_dir(f"{tool}-{key}-{n}")
    senv = dict(os.environ)
    if tool == "certbot":
        senv["REQUESTS_CA_BUNDLE"] = pebble.ca_file
        make = certbot_argv
    else:
        senv["LEGO_CA_CERTIFICATES"] = pebble.ca_file
        make = lego_argv
    per_cert = []
    try:
        t0 = time.monotonic()
        for i, name in enumerate(md_names(n)):
            argv = make(pebble, d, key, name)
            if i == 0:
                log(f"# {tool} {label} N={n}: $ {shlex.join(argv)}  (x{n}, one name each)")
            out = os.path.join(d, f"{tool}-{i + 1}.log")
            t = time.monotonic()
            with open(out, "wb") as f:
                try:
                    r = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=f,
                                       stderr=subprocess.STDOUT, env=senv, cwd=d,
                                       timeout=min(300, max(10.0, t0 + args.timeout - t)))
                except subprocess.TimeoutExpired:
                    raise RunFailed(f"{name}: timed out:\n" + harness.tail(out, 15))
            if r.returncode != 0:
                raise RunFailed(f"{name}: exit status {r.returncode}:\n" + harness.tail(out, 15))
            per_cert.append(time.monotonic() - t)
        return {"seconds": time.monotonic() - t0, "per_cert": per_cert}
    finally:
        pebble.stop()


# ---------------------------------------------------------------------------
# the table

def fmt_s(v):
    if v is None:
        return "-"
    if v >= 100:
        return f"{v:.0f}"
    if v >= 10:
        return f"{v:.1f}"
    return f"{v:.2f}"


def _on_sigterm(_signum, _frame):
    raise KeyboardInterrupt  # stop the runs and clean up as after Ctrl-C


def main():
    signal.signal(signal.SIGTERM, _on_sigterm)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", default="10,100", help="MD counts (default 10,100)")
    ap.add_argument("--keys", default="p256,rsa2048", help="p256,rsa2048")
    ap.add_argument("--tools", default=",".join(TOOLS), help=",".join(TOOLS))
    ap.add_argument("--full", action="store_true",
                    help="run certbot and lego at every N (default: extrapolate N > 20 "
                         "from N = 20)")
    ap.add_argument("--no-install", action="store_true", help="never apt-get install")
    ap.add_argument("--workdir", help="work directory (default: a new mkdtemp, removed)")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    ap.add_argument("--mdshm-max-parallel", type=int, default=0,
                    help="pass --max-parallel N to mdshm drive (default: its own)")
    ap.add_argument("--timeout", type=float, default=600.0,
                    help="seconds one run may take (default 600)")
    args = ap.parse_args()
    try:
        ns = [int(x) for x in args.n.split(",") if x]
        keys = [k for k in args.keys.split(",") if k]
        tools = [t for t in args.tools.split(",") if t]
        assert ns and all(x > 0 for x in ns)
        assert all(k in KEYS for k in keys) and all(t in TOOLS for t in tools)
    except (ValueError, AssertionError):
        ap.error("bad --n, --keys or --tools")
    args.mdshm = os.path.abspath(os.environ.get("MDSHM") or "./mdshm")

    log("issue_bench: seconds to issue N certificates on a local pebble")
    log("$ " + shlex.join([sys.executable, os.path.relpath(__file__)] + sys.argv[1:])
        + (f"   (MDSHM={args.mdshm})" if "mdshm" in tools else ""))
    cpus = os.cpu_count()
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    log(f"{time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}; host: {platform.system()} "
        f"{platform.release()} {platform.machine()}, {cpus} CPUs ({model}), load average "
        + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    if not harness.have_pebble():
        log("pebble / pebble-challtestsrv not installed (apt-get install pebble)")
        return 1

    # which tools can run
    why_not = {}
    for tool in tools:
        if tool == "mdshm":
            why = mdshm_drive_check(args.mdshm)
            if why:
                why_not[tool] = f"mdshm drive: not available ({why})"
        else:
            why = ensure_tool(tool, not args.no_install)
            if why:
                why_not[tool] = f"{tool}: not available ({why})"
    for tool in tools:
        if tool in why_not:
            log(why_not[tool])
        else:
            log(f"{tool}: {version_of(tool, args.mdshm)}")

    own_dir = not args.workdir
    workdir = args.workdir or tempfile.mkdtemp(prefix="mdshm-issue-bench.")
    os.makedirs(workdir, exist_ok=True)
    os.chmod(workdir, 0o700)
    log(f"work directory: {workdir}")
    log("pebble: PEBBLE_VA_NOSLEEP=1, authz reuse 0 %, a fresh pebble per run; "
        "names md<i>.example.test -> 127.0.0.1 (pebble-challtestsrv)")
    log("time from start: mdshm until `mdshm status` shows every certificate (newest "
        "installed_ms); mod_md until every MD has a pubcert in its store (newest mtime); "
        "certbot/lego: the N runs one after the other")
    log("")

    results = {}   # (tool, key, n) -> dict(seconds, answer, extrapolated, per_cert)
    failures = {}  # (tool, key, n) -> reason
    mdshm_failed = False
    env = None
    t_start = time.monotonic()
    try:
        env = Env(workdir)
        for key in keys:
            for tool in tools:
                if tool in why_not:
                    continue
                runs = list(ns)
                extrap = {}
                if tool in ("certbot", "lego") and not args.full:
                    big = [x for x in ns if x > 20]
                    runs = sorted({x for x in ns if x <= 20} | ({10, 20} if big else set()))
                    for x in big:
                        extrap[x] = 20
                for n in runs:
                    if tool in why_not:
                        break
                    try:
                        if tool == "mdshm":
                            r = run_mdshm(env, args, key, n)
                        elif tool == "mod_md":
                            r = run_modmd(env, args, key, n)
                        else:
                            r = run_sequential(env, args, tool, key, n)
                    except (RunFailed, RuntimeError, OSError, TimeoutError) as e:
                        reason = str(e)
                        log(f"#   FAILED: {reason}")
                        lines = [x.strip() for x in reason.splitlines() if x.strip()] or ["?"]
                        short = lines[0] + (f" ... {lines[-1]}" if len(lines) > 1 else "")
                        failures[(tool, key, n)] = short
                        if tool == "mdshm":
                            mdshm_failed = True
                            why_not[tool] = ("mdshm drive: not available (the "
                                             f"{KEYS[key][0]} N={n} run failed: {short})")
                        continue
                    results[(tool, key, n)] = r
                    extra = ""
                    if r.get("answer") is not None:
                        extra = f", first answer after {r['answer']:.2f} s"
                    if r.get("per_cert"):
                        pc = r["per_cert"]
                        extra = f", {sum(pc) / len(pc):.2f} s per certificate"
                    log(f"#   {tool} {KEYS[key][0]} N={n}: {r['seconds']:.2f} s{extra}")
                for big, base in extrap.items():
                    r = results.get((tool, key, base))
                    if not r:
                        continue
                    pc = r["per_cert"]
                    rest = pc[1:] or pc
                    est = pc[0] + (big - 1) * (sum(rest) / len(rest))
                    results[(tool, key, big)] = {"seconds": est, "extrapolated": base}
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    except Exception as e:  # noqa: BLE001 -- setup failure: report, clean up
        log(f"issue_bench: setup failed: {e}")
        return 1
    finally:
        if env:
            env.stop(keep=args.keep)
        if own_dir and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    # -------------------------------------------------------------------
    log("")
    log("seconds to issue N certificates (one MD = one name = one certificate); "
        "ratio = tool / mdshm")
    cols = [t for t in tools]
    head = f"{'key':<9} {'N':>4}"
    for t in cols:
        head += f" {t:>9}" + (f" {'ratio':>7}" if t != "mdshm" and "mdshm" in cols else "")
    log(head)
    note_extrap = False
    for key in keys:
        for n in ns:
            line = f"{KEYS[key][0]:<9} {n:>4}"
            base = results.get(("mdshm", key, n))
            for t in cols:
                r = results.get((t, key, n))
                if r is None:
                    cell = "FAILED" if (t, key, n) in failures else "n/a"
                else:
                    cell = fmt_s(r["seconds"])
                    if r.get("extrapolated"):
                        cell = "~" + cell
                        note_extrap = True
                line += f" {cell:>9}"
                if t != "mdshm" and "mdshm" in cols:
                    ratio = "-"
                    if r is not None and base is not None and base["seconds"] > 0:
                        ratio = f"{r['seconds'] / base['seconds']:.1f}x"
                    line += f" {ratio:>7}"
            log(line)
    if note_extrap:
        log("~ extrapolated, not measured: certbot/lego run at N = 10 and N = 20 only; N = 100 "
            "is the first certificate of the N = 20 run + 99 x the mean of its certificates "
            "2..20 (--full measures it)")
    for t in ("certbot", "lego"):
        pcs = [(key, n, r["per_cert"]) for (tt, key, n), r in results.items()
               if tt == t and r.get("per_cert")]
        if pcs:
            log(f"{t}: seconds per certificate: " + ", ".join(
                f"{KEYS[k][0]} N={n} {sum(p) / len(p):.2f}" for k, n, p in pcs))

    answers = [(t, key, n, r["answer"]) for (t, key, n), r in results.items()
               if t in ("mdshm", "mod_md") and "answer" in r]
    if answers:
        log("")
        log("seconds from start until the server answers its first HTTP request "
            "(mod_md: apache2; mdshm: the drive's http-01 responder)")
        for t in ("mdshm", "mod_md"):
            cells = [f"{KEYS[key][0]} N={n} {fmt_s(a) if a is not None else 'never'}"
                     for tt, key, n, a in answers if tt == t]
            if cells:
                log(f"  {t:<7} " + ", ".join(cells))

    log("")
    log(f"mdshm targets (issue; this host: {cpus} CPUs):")
    missed = False
    for (key, n), limit in TARGETS.items():
        r = results.get(("mdshm", key, n))
        what = f"  {n} MDs with {KEYS[key][0]} in <= {limit:g} s"
        if r is None:
            log(f"{what}: not measured")
            continue
        ok = r["seconds"] <= limit
        missed |= not ok
        log(f"{what}: {r['seconds']:.2f} s {'met' if ok else 'MISSED'}")
    n_ans, limit = ANSWER_TARGET
    got = [(key, r["answer"]) for (t, key, n), r in results.items()
           if t == "mdshm" and n == n_ans and "answer" in r]
    what = f"  a server with {n_ans} new MDs answers within {limit:g} s of start"
    if not got:
        log(f"{what}: not measured")
    for key, a in got:
        ok = a is not None and a <= limit
        missed |= not ok
        log(f"{what} ({KEYS[key][0]}, the drive's http-01 responder): "
            f"{fmt_s(a) if a is not None else 'never'} s {'met' if ok else 'MISSED'}")
    if "mdshm" in why_not:
        log(why_not["mdshm"])
    for (t, key, n), reason in failures.items():
        if t != "mdshm":
            log(f"{t} {KEYS[key][0]} N={n}: failed: {reason}")
    log(f"issue_bench done in {time.monotonic() - t_start:.0f} s")
    if mdshm_failed and "mdshm" in tools:
        return 1
    if missed and os.environ.get("MDSHM_BENCH_STRICT") == "1":
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
