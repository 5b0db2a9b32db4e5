#!/usr/bin/python3
"""nginx_bench.py -- ngx_http_mdshm_module in Debian's nginx, side by side
with the same nginx serving a static ssl_certificate and with certificates
loaded on every handshake through a variable, as nginx-acme serves them
(docs/benchmarks.md, "nginx: the module vs static and data:$var").

Parts (--parts, default all three):

  handshake  full TLS handshakes per second (new connections, no session
             resumption; httpd_bench.py's C client) from --clients client
             processes for --seconds each run, against three nginxes (a
             master and 4 workers as nobody) on the same certificates:
             `static` (ssl_certificate files, no module), `mdshm` (the
             module: an MD issued by pebble, served from the worker's cache
             by the certificate callback) and `data:$var` (no module;
             `ssl_certificate data:$var` with the PEM in a map: nginx
             parses the certificate and key on every handshake, as with
             nginx-acme's $acme_certificate).  Each server has an ECDSA
             P-256 and an RSA-2048 certificate (the MD's two key specs,
             exported from the store for the other two); the client's
             signature algorithms pick one.  TLS 1.2 and 1.3 enabled, the
             client negotiates 1.3.  Runs interleaved and rotated
             --hs-rounds times.  Printed: the median handshakes/s and
             nginx's CPU time per handshake (master and workers, from
             /proc), each as a ratio to static and mdshm's to data:$var.
  renew      from the commit of a renewed set (`mdshm renew`: the leader's
             commit, installed_ms in the store) to each worker serving it:
             probes over a `reuseport` listener (the kernel spreads the
             connections over the workers' sockets), one after the other,
             each a handshake and a request answered with the worker's
             $pid, until every worker served the new serial; per worker, the last
             handshake still on the old set and the first on the new one;
             --renewals times; the master and workers stay the same (no
             reload).
  memory     RSS, PSS and USS (smaps_rollup) of each worker with --n-mem
             server blocks: `mdshm` (one MD each, P-256, all issued by
             pebble) against `static` (the same server blocks with an
             ssl_certificate file each, no module); every name is served
             4 times first (a handshake each, spread over the workers).

Run as root (nginx starts as root, workers as nobody), with Debian's
python3, nginx, nginx-dev and pebble:

    /usr/bin/python3 tests/bench/nginx_bench.py [--parts handshake,renew]
        [--hs-rounds N] [--seconds S] [--clients N] [--renewals N]
        [--n-mem N] [--workdir DIR]

Defaults: --hs-rounds 5 --seconds 2 --clients 3 --renewals 3 --n-mem 1000:
about 5 minutes in all on the 2-vCPU VM.

It builds the module (make nginx).  Everything listens on 127.0.0.1, on
free ports; every process it starts is stopped at the end.  Exit status
0; 1 on a setup or run failure; 2 if only targets were missed and
MDSHM_BENCH_STRICT=1 is set.  Without root, nginx, nginx-dev or pebble,
or in a sanitizer build (nginx cannot load an ASan-instrumented module),
it says so and exits 0 (skipped).
"""

import glob
import json
import os
import shutil
import ssl
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(TOP, "tests", "integration"))
sys.path.insert(0, HERE)

import harness  # noqa: E402 -- after the path set-up
from httpd_bench import (Failed, arg_parser, build_client,  # noqa: E402
                         chosen_parts, cpu_seconds, handshakes, median,
                         old_new, renewal_latency, run_parts, served_der,
                         tls_connect, wait_served)
from nginx import NGINX, WORKERS, Nginx  # noqa: E402

PARTS = ("handshake", "renew", "memory")
TARGETS = {"handshake": 0.97, "renew_ms": 50.0}
# the client's signature algorithms: which of a server's two certificates
KEYS = {"P-256": "ECDSA+SHA256",
        "RSA-2048": "rsa_pss_rsae_sha256:rsa_pss_pss_sha256:RSA+SHA256"}
SO = os.path.join(TOP, "build/nginx/ngx/objs/ngx_http_mdshm_module.so")
missed = []


def log(msg=""):
    print(msg, flush=True)


class Env:
    """The test PKI, challtestsrv, one pebble, every nginx made."""

    def __init__(self, workdir):
        self.workdir = workdir
        self.pki = harness.PKI(os.path.join(workdir, "pki"))
        self.cts = harness.ChallTestSrv(os.path.join(workdir, "challtestsrv"))
        self.cts.start()
        self.pebble = harness.Pebble(os.path.join(workdir, "pebble"),
                                     self.pki, dns_port=self.cts.dns_port)
        self.pebble.start()
        self.nginxes = []

    def nginx(self, kind):
        """kind: "mdshm" (the module) or another name (no module)."""
        n = Nginx(SO if kind == "mdshm" else None)
        n.kind = kind
        n.log_level = "warn"  # no line per connection
        self.nginxes.append(n)
        return n

    def drop(self, n):
        n.stop()
        shutil.rmtree(n.prefix, ignore_errors=True)
        self.nginxes.remove(n)

    def stop(self):
        for n in list(reversed(self.nginxes)):
            self.drop(n)
        self.pebble.stop()
        self.cts.stop()


def acme_conf(n, pebble):
    """pebble as the CA, http-01 on the port pebble checks."""
    ca = n.copy_in(pebble.ca_file)
    return (f"mdshm_certificate_authority {pebble.directory_url};\n"
            f"mdshm_ca_certificate_file {ca};\n"
            "mdshm_certificate_agreement accepted;\n"
            "mdshm_contact_email admin@example.org;\n"
            "mdshm_retry_delay 1s;\n"
            "mdshm_ca_challenges http-01;\n"
            f"server {{ listen 127.0.0.1:{pebble.http_port}; return 404; }}\n")


def server(port, name, body, listen_extra=" reuseport"):
    return (f"server {{\n  listen 127.0.0.1:{port} ssl{listen_extra};\n"
            f"  server_name {name};\n  ssl_protocols TLSv1.2 TLSv1.3;\n"
            f"{body}}}\n")


def start(n):
    r = n.start()
    if r.returncode != 0:
        raise Failed(f"{n.kind} nginx did not start: {r.stderr}\n"
                     + harness.tail(n.error_log, 20))


def store_of(n):
    return os.path.join(n.store_base, "mdshm")


def wait_issued(n, port, name, timeout=120):
    """Until @name is served a certificate of pebble."""
    wait_served(port, [name], "Pebble", timeout, time.monotonic())


def exported(env, n, name):
    """{key label: (fullchain, privkey)} of the MD's certificates,
    exported from the store (`mdshm export`, one directory per key spec),
    once both are there."""
    # run as root, mdshm works as the store's owner (nginx's user)
    out = os.path.join(n.prefix, "export")
    os.mkdir(out, 0o700)
    shutil.chown(out, n.user, n.group)

    def both():
        r = subprocess.run([env.mdshm, "--store", store_of(n), "export",
                            name, "--dir", out], capture_output=True,
                           text=True)
        if r.returncode != 0:
            return None
        found = {}
        for d in glob.glob(os.path.join(out, "*", "fullchain.pem")):
            spec = os.path.basename(os.path.dirname(d))
            label = "RSA-2048" if spec.startswith("rsa") else "P-256"
            found[label] = (d, os.path.join(os.path.dirname(d),
                                            "privkey.pem"))
        return found if len(found) == 2 else None
    return harness.wait_until(both, 120, f"both certificates of {name}",
                              interval=0.5)


def leaf_der(fullchain):
    """The first certificate of @fullchain, DER."""
    with open(fullchain) as f:
        pem = f.read()
    end = "-----END CERTIFICATE-----"
    return ssl.PEM_cert_to_DER_cert(pem[:pem.index(end) + len(end)])


def conf_string(text):
    """@text as one nginx quoted string (\\n for newlines)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') \
        .replace("\n", "\\n") + '"'


# ---------------------------------------------------------------------------
# handshake: full handshakes per second

def part_handshake(env, args):
    log("## handshake: full TLS handshakes (new connections, no resumption, "
        f"TLS 1.3), {args.clients} client processes x {args.seconds:g} s per "
        f"run, {args.hs_rounds} rounds interleaved (static, mdshm, data:$var; "
        "mdshm, data:$var, static; ...)")
    name = "hs.example"
    client = build_client(env.workdir)
    m = env.nginx("mdshm")
    mport = harness.free_port()
    m.write(acme_conf(m, env.pebble) + "mdshm_private_keys secp256r1 rsa2048;\n"
            + server(mport, name, "  mdshm on;\n"))
    start(m)
    wait_issued(m, mport, name)
    certs = exported(env, m, name)

    s = env.nginx("static")
    sport = harness.free_port()
    body = ""
    for crt, key in certs.values():
        # read by the master (root) from mdshm's export directory
        body += (f"  ssl_certificate {crt};\n"
                 f"  ssl_certificate_key {key};\n")
    s.write(server(sport, name, body))
    start(s)

    d = env.nginx("data:$var")
    dport = harness.free_port()
    maps, body = "", ""
    for i, (crt, key) in enumerate(certs.values()):
        for what, path in (("cert", crt), ("key", key)):
            with open(path) as f:
                pem = f.read()
            maps += (f"map $ssl_server_name $hs_{what}{i} {{\n"
                     f"  default {conf_string(pem)};\n}}\n")
        body += (f"  ssl_certificate data:$hs_cert{i};\n"
                 f"  ssl_certificate_key data:$hs_key{i};\n")
    d.write(maps + server(dport, name, body))
    start(d)

    servers = [("static", s, sport), ("mdshm", m, mport),
               ("data:$var", d, dport)]
    # the leaf certificates: the first of each fullchain.pem
    want = {leaf_der(crt) for crt, _ in certs.values()}
    for kind, n, port in servers:
        harness.wait_until(lambda: served_der(port, name) in want, 30,
                           f"{kind} serving the certificate")
    rows = []
    for label, sigalgs in KEYS.items():
        rate = {kind: [] for kind, _, _ in servers}
        cpu = {kind: [] for kind, _, _ in servers}
        for i in range(args.hs_rounds):
            # interleaved, and rotated: none always runs first
            for kind, n, port in servers[i % 3:] + servers[:i % 3]:
                c0 = cpu_seconds(n)
                k = handshakes(client, port, name, args.clients,
                               args.seconds, sigalgs)
                rate[kind].append(k / args.seconds)
                cpu[kind].append((cpu_seconds(n) - c0) * 1e6 / max(k, 1))
        for kind, _, _ in servers:
            r, c = median(rate[kind]), median(cpu[kind])
            rr = r / median(rate["static"])
            cr = median(cpu["static"]) / c
            rows.append((label, kind, r, rr, c, cr, rate[kind]))
            if kind == "mdshm" and max(rr, cr) < TARGETS["handshake"]:
                missed.append(f"handshake {label}: {rr:.3f}x static "
                              f"(CPU: {cr:.3f}x)")
        rows.append((label, "mdshm/data:$var",
                     median(rate["mdshm"]) / median(rate["data:$var"]),
                     median(cpu["data:$var"]) / median(cpu["mdshm"])))
    for _, n, _ in servers:
        env.drop(n)
    log("hs/s: handshakes per second, median of the runs, and its ratio to "
        "static;")
    log("CPU: nginx's CPU time (master + 4 workers, /proc) per handshake, "
        "median, and static's over it (higher is better)")
    log(f"{'key':<9} {'nginx':<10} {'hs/s':>6} {'ratio':>6} "
        f"{'CPU us':>7} {'ratio':>6}  hs/s of each run")
    for row in rows:
        if len(row) == 4:
            label, kind, rr, cr = row
            log(f"{label:<9} {kind}: {rr:.3f}x the handshakes/s, "
                f"{cr:.3f}x less CPU per handshake")
            continue
        label, kind, r, rr, c, cr, runs = row
        log(f"{label:<9} {kind:<10} {r:6.0f} {rr:5.3f}x {c:7.0f} "
            f"{cr:5.3f}x  " + " ".join(f"{x:.0f}" for x in runs))
    log(f"target: mdshm >= {TARGETS['handshake']}x static")


# ---------------------------------------------------------------------------
# renew: commit of a renewed set -> every worker serving it

class Prober:
    """Probe rounds of @n connections to one `reuseport` listener, one
    after the other (the kernel spreads them over the workers' sockets):
    a handshake, then a request answered with the pid of the worker that
    made it.  Nothing is held: each probe takes a few ms, the resolution
    of the measurement."""

    def __init__(self, port, name, n):
        self.port, self.name, self.n = port, name, n

    def one(self):
        t = tls_connect(self.port, self.name)
        try:
            der, when = t.getpeercert(binary_form=True), time.time()
            t.sendall(f"GET /pid HTTP/1.1\r\nHost: {self.name}\r\n"
                      "Connection: close\r\n\r\n".encode())
            data = b""
            while True:
                chunk = t.recv(65536)
                if not chunk:
                    break
                data += chunk
        finally:
            t.close()
        body = data.partition(b"\r\n\r\n")[2].strip()
        return int(body) if body.isdigit() else None, der, when

    def round(self):
        """[(worker pid, served DER, time of the handshake)]"""
        return [self.one() for _ in range(self.n)]


def part_renew(env, args):
    log(f"## renew: `mdshm renew` commit -> each of {WORKERS} workers serving "
        f"the new set, {args.renewals} renewals")
    name = "renew.example"
    n = env.nginx("mdshm")
    port = harness.free_port()
    n.write(acme_conf(n, env.pebble) + "mdshm_private_keys secp256r1;\n"
            + server(port, name, "  mdshm on;\n"
                     '  location = /pid { return 200 "$pid\\n"; }\n'))
    start(n)
    wait_issued(n, port, name)
    master, workers = n.pid(), n.workers()
    probe = Prober(port, name, 2 * WORKERS)
    results = []
    for i in range(args.renewals):
        lat, stale, rounds = renewal_latency(
            env.mdshm, store_of(n), name, served_der(port, name),
            probe.round, workers)
        same = n.pid() == master and n.workers() == workers
        results.append((i + 1, lat, stale, rounds, same))
        if max(lat.values()) > TARGETS["renew_ms"]:
            missed.append(f"renew #{i + 1}: {max(lat.values()):.1f} ms")
        if not same:
            raise Failed("the master or the workers changed")
    env.drop(n)
    log("per worker: the last handshake that still served the old set and "
        "the first that served the new one, ms after the commit (installed_ms "
        "of the new set, written by the leader just before its commit); the "
        "worker switched in between")
    log(f"{'#':>2} {'workers':>7} {'max ms':>7}  per worker (old..new ms)")
    for i, lat, stale, rounds, same in results:
        per = old_new(lat, stale)
        log(f"{i:>2} {len(lat):>7} {max(lat.values()):7.1f}  {per}"
            f"  [{rounds} probe rounds; same master and workers: {same}]")
    log(f"target: every worker <= {TARGETS['renew_ms']:.0f} ms, no reload "
        "(a static ssl_certificate: never, until nginx is reloaded)")


# ---------------------------------------------------------------------------
# memory: per worker, N MDs against N static server blocks

def smaps(pid):
    """(RSS, PSS, USS) of @pid in KiB, from smaps_rollup."""
    v = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                v[parts[0].rstrip(":")] = int(parts[1])
    return (v["Rss"], v["Pss"],
            v.get("Private_Clean", 0) + v.get("Private_Dirty", 0))


def touch(port, names, times):
    """A handshake per name, @times over (spread over the workers)."""
    for _ in range(times):
        for nm in names:
            served_der(port, nm)


def part_memory(env, args):
    count = args.n_mem
    log(f"## memory: per worker, {count} server blocks: an MD each (P-256, "
        f"issued) vs a static ssl_certificate each; every name served "
        f"{WORKERS} times first")
    names = [f"mem{i}.example" for i in range(1, count + 1)]
    common = "server_names_hash_max_size 8192;\n"
    rows = []
    for kind in ("static", "mdshm"):
        n = env.nginx(kind)
        port = harness.free_port()
        if kind == "static":
            body = common
            for i, nm in enumerate(names):
                crt, key = env.pki.issue(nm, dns=[nm])
                body += server(port, nm, f"  ssl_certificate {crt};\n"
                               f"  ssl_certificate_key {key};\n",
                               " reuseport" if i == 0 else "")
        else:
            body = (common + acme_conf(n, env.pebble)
                    + "mdshm_private_keys secp256r1;\n")
            for i, nm in enumerate(names):
                body += server(port, nm, "  mdshm on;\n",
                               " reuseport" if i == 0 else "")
        n.write(body)
        t0 = time.monotonic()
        start(n)
        issuer = "Pebble" if kind == "mdshm" else ""
        took = wait_served(port, names, issuer, 900, t0)
        touch(port, names, WORKERS)
        leader = None
        if kind == "mdshm":
            st = subprocess.run([env.mdshm, "--store", store_of(n), "status",
                                 "--json"], capture_output=True, text=True)
            leader = json.loads(st.stdout)["leader"].get("pid")
        per = [smaps(p) + (p == leader,) for p in n.workers()]
        rows.append((kind, smaps(n.pid()), per, took))
        env.drop(n)
    log("KiB, from /proc/PID/smaps_rollup: RSS; PSS (shared pages divided "
        "among the processes mapping them); USS (private pages only)")
    log(f"{'nginx':<7} {'process':<14} {'RSS':>8} {'PSS':>8} {'USS':>8}")
    for kind, mst, per, took in rows:
        log(f"{kind:<7} {'master':<14} {mst[0]:8d} {mst[1]:8d} {mst[2]:8d}")
        med = [median([w[i] for w in per]) for i in range(3)]
        log(f"{kind:<7} {'worker median':<14} {med[0]:8.0f} {med[1]:8.0f} "
            f"{med[2]:8.0f}  (each: "
            + ", ".join(f"{w[0]}/{w[1]}/{w[2]}" + (" leader" if w[3] else "")
                        for w in per) + ")")
        log(f"{'':<7} (every name served {took:.1f} s after the start)")
    base = [median([w[i] for w in rows[0][2]]) for i in range(3)]
    mine = [median([w[i] for w in rows[1][2]]) for i in range(3)]
    log("mdshm - static per worker (median): "
        + ", ".join(f"{w} {(b - a) / 1024:+.1f} MiB"
                    for w, a, b in zip(("RSS", "PSS", "USS"), base, mine)))


# ---------------------------------------------------------------------------

def skip_reason():
    if os.geteuid() != 0:
        return "not root (nginx starts as root, workers as nobody)"
    if not os.access(NGINX, os.X_OK):
        return "nginx missing (sh tests/deps.sh)"
    if not os.path.isdir("/usr/share/nginx/src"):
        return "nginx-dev missing (sh tests/deps.sh)"
    if not harness.have_pebble():
        return "pebble missing (sh tests/deps.sh)"
    try:
        with open(os.path.join(TOP, "Makefile")) as f:
            if any(line.replace(" ", "").startswith("SANITIZERS=yes")
                   for line in f):
                return ("a sanitizer build: nginx cannot load an "
                        "ASan-instrumented module")
    except OSError:
        return "not configured (./configure && make)"
    return None


def main():
    ap = arg_parser(__doc__, PARTS)
    ap.add_argument("--n-mem", type=int, default=1000)
    args = ap.parse_args()
    parts = chosen_parts(ap, args, PARTS)

    log("nginx_bench: ngx_http_mdshm_module in Debian's nginx vs a static "
        "ssl_certificate and ssl_certificate data:$var")
    why = skip_reason()
    if why:
        log(f"skipped: {why}")
        return 0
    r = subprocess.run(["make", "-C", TOP, "nginx"], capture_output=True,
                       text=True)
    if r.returncode != 0:
        log("make nginx failed:\n" + r.stdout[-2000:] + r.stderr[-2000:])
        return 1
    workdir = args.workdir or tempfile.mkdtemp(prefix="mdshm-nginx-bench.")
    os.makedirs(workdir, exist_ok=True)
    version = subprocess.run([NGINX, "-v"], capture_output=True,
                             text=True).stderr.strip()
    log(f"{version}; {WORKERS} workers as nobody")
    env = Env(workdir)
    env.mdshm = os.environ.get("MDSHM", os.path.join(TOP, "mdshm"))
    status = run_parts("nginx_bench", parts, globals(), env, args, missed)
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
