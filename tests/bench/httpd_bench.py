#!/usr/bin/python3
"""httpd_bench.py -- mod_mdshm in Debian's apache2, side by side with the
same httpd serving a static SSLCertificateFile and with Debian's mod_md
(docs/benchmarks.md, "httpd: mod_mdshm vs static and mod_md").

Parts (--parts, default all four, each about 3 minutes or less):

  handshake  full TLS handshakes per second (new connections, no session
             resumption; a small C client built here) from --clients client
             processes for --seconds each run, against three httpds on the
             same certificate: a static SSLCertificateFile (no MD module),
             mod_mdshm (an MD with MDCertificateFile: served from the store
             by the certificate callback) and Debian's mod_md (the same MD);
             prefork and event, a fixed set of children; P-256 and RSA-2048;
             runs interleaved and rotated (static, mdshm, mod_md; mdshm,
             mod_md, static; ...) --hs-rounds times.  Printed: the median
             handshakes/s and httpd's CPU time per handshake (parent and
             children, from /proc: steadier than the rate on a shared
             machine), each as a ratio to static.
  renew      from the commit of a renewed set (`mdshm renew`: the leader's
             commit, installed_ms in the store) to each child serving it:
             probe rounds hold one connection per child at once (a fixed
             pool: under prefork each lands on a child of its own), and a
             request on each names the child in the access log (%P), until
             every child served the new serial; per child, the last
             handshake still on the old set and the first on the new one;
             prefork and event, --renewals each; the parent and the children
             stay the same (no reload).
  start      seconds from `apache2 -k start` to the first HTTPS answer (the
             503 of the fallback counts) with --n-start new MDs (RSA-2048):
             mod_mdshm vs mod_md; then, with those MDs issued by mod_mdshm,
             `-k stop` + `-k start` to the first answer, against the same
             httpd with the module and no MDs (the same virtual hosts with a
             static SSLCertificateFile), interleaved --rounds times.
  issue      issuance of --n-issue MDs (P-256, http-01) inside httpd: from
             `apache2 -k start` until every name is served a certificate of
             pebble.  mod_mdshm: no reload.  mod_md: until every MD is in
             its store, then `apache2 -k graceful` (as a cron job or a human
             would do at the earliest) until every name is served.

Run as root (apache2 starts as root, children as nobody), with Debian's
python3, apache2, apache2-dev (apxs), libapache2-mod-md and pebble:

    /usr/bin/python3 tests/bench/httpd_bench.py [--parts handshake,renew]
        [--hs-rounds N] [--seconds S] [--clients N] [--renewals N]
        [--rounds N] [--start-rounds N] [--n-start N] [--n-issue N]
        [--workdir DIR]

Defaults: --hs-rounds 5 --seconds 2 --clients 3 --renewals 3 --rounds 5
--start-rounds 2 --n-start 100 --n-issue 100: about 6 minutes in all.

It builds the module (make httpd).  Everything listens on 127.0.0.1, on
free ports; every process it starts is stopped at the end.  Exit status
0; 1 on a setup or run failure; 2 if only targets were missed and
MDSHM_BENCH_STRICT=1 is set.  Without root or apache2 it says so and exits
0 (skipped).
"""

import argparse
import json
import os
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(TOP, "tests", "integration"))
sys.path.insert(0, HERE)

import harness  # noqa: E402 -- after the path set-up
from apache import APACHE2, MODULES, Apache  # noqa: E402
from issue_bench import modmd_done  # noqa: E402

MOD_MD = os.path.join(MODULES, "mod_md.so")
LOAD_MD = f"LoadModule md_module {MOD_MD}\n"
PARTS = ("handshake", "renew", "start", "issue")
TARGETS = {"handshake": 0.97, "renew_ms": 50.0, "restart": 1.10}
missed = []


def log(msg=""):
    print(msg, flush=True)


class Failed(Exception):
    pass


# ---------------------------------------------------------------------------
# set-up shared by the parts

class Env:
    """The test PKI, challtestsrv, pebbles on demand, every apache made."""

    def __init__(self, workdir, so):
        self.workdir = workdir
        self.so = so
        self.pki = harness.PKI(os.path.join(workdir, "pki"))
        self.cts = harness.ChallTestSrv(os.path.join(workdir, "challtestsrv"))
        self.cts.start()
        self.pebbles = []
        self.apaches = []

    def pebble(self):
        n = len(self.pebbles)
        p = harness.Pebble(os.path.join(self.workdir, f"pebble{n}"), self.pki,
                           dns_port=self.cts.dns_port)
        self.pebbles.append(p)
        return p.start()

    def apache(self, kind, mpm="event"):
        """kind: "static" (no MD module), "mdshm" or "mod_md"."""
        a = Apache(self.so if kind == "mdshm" else None, mpm=mpm)
        a.kind = kind
        self.apaches.append(a)
        return a

    def drop(self, a):
        a.stop()
        shutil.rmtree(a.root, ignore_errors=True)
        self.apaches.remove(a)

    def stop(self):
        for a in list(reversed(self.apaches)):
            self.drop(a)
        for p in self.pebbles:
            p.stop()
        self.cts.stop()


def write(a, body):
    """The configuration of @a: @body after the log level (warn: the
    per-handshake trace lines of apache.py's default would cost time) and
    mod_md's LoadModule for a mod_md httpd."""
    level = "LogLevel warn" + (" mdshm:warn" if a.kind == "mdshm" else "")
    return a.write(level + "\n" + body,
                   extra_modules=LOAD_MD if a.kind == "mod_md" else "")


def acme_conf(a, pebble, http_port, https_port):
    ca = a.copy_in(pebble.ca_file)
    return (f"MDCertificateAuthority {pebble.directory_url}\n"
            f"MDCACertificateFile {ca}\n"
            "MDCertificateAgreement accepted\n"
            "MDContactEmail admin@example.org\n"
            "MDRetryDelay 1s\n"
            "MDCAChallenges http-01\n"
            f"MDPortMap 80:{http_port} 443:{https_port}\n"
            f"Listen 127.0.0.1:{http_port}\n")


def vhost(port, name, extra=""):
    return (f"<VirtualHost 127.0.0.1:{port}>\n  ServerName {name}\n"
            f"  SSLEngine on\n{extra}</VirtualHost>\n")


def start(a):
    r = a.start()
    if r.returncode != 0:
        raise Failed(f"{a.kind} apache2 did not start: {r.stderr}\n"
                     + harness.tail(a.error_log, 20))


def rsa_cert(pki, name):
    """An RSA-2048 leaf for @name signed by the test CA (PKI makes P-256)."""
    d = pki.dir
    key, csr, crt = (os.path.join(d, f"{name}.rsa.{x}")
                     for x in ("key", "csr", "pem"))
    subprocess.run(["openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes",
                    "-keyout", key, "-out", csr, "-subj", f"/CN={name}",
                    "-addext", f"subjectAltName=DNS:{name}"],
                   check=True, capture_output=True)
    subprocess.run(["openssl", "x509", "-req", "-in", csr, "-CA", pki.ca_file,
                    "-CAkey", pki.ca_key_file, "-days", "30",
                    "-copy_extensions", "copy", "-out", crt],
                   check=True, capture_output=True)
    return crt, key


def private_copy(a, key):
    """A copy of @key in @a's ServerRoot, 0600 and owned by the children's
    User: mod_mdshm's leading child (not the root parent, as with mod_md)
    loads an MDCertificateKeyFile, and refuses a key others can read."""
    k = a.copy_in(key)
    os.chmod(k, 0o600)
    shutil.chown(k, a.user, a.group)
    return k


def tls_connect(port, name, timeout=10):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        return ctx.wrap_socket(s, server_hostname=name)
    except BaseException:
        s.close()
        raise


def served_der(port, name):
    t = tls_connect(port, name)
    try:
        return t.getpeercert(binary_form=True)
    finally:
        t.close()


def pem_der(path):
    with open(path) as f:
        return ssl.PEM_cert_to_DER_cert(f.read())


def median(v):
    return statistics.median(v) if v else float("nan")


# ---------------------------------------------------------------------------
# handshake: full handshakes per second

# The client: a C loop (a Python loop would measure Python on this 2-core
# machine), one process per --clients, each making new connections with a
# new SSL (no session: every handshake is a full one) with SNI until the
# end time; prints its count.  An optional fifth argument restricts the
# client's signature algorithms (OpenSSL's list syntax): nginx_bench.py
# picks the ECDSA or the RSA certificate of one server that has both.
# Built with cc into the work directory.
CLIENT_C = r"""
#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static double now(void)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return tv.tv_sec + tv.tv_usec / 1e6;
}

int main(int argc, char **argv)
{
    if (argc != 5 && argc != 6)
        return 2;
    int port = atoi(argv[1]);
    const char *name = argv[2];
    double t0 = atof(argv[3]), end = t0 + atof(argv[4]);
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    if (argc == 6 && SSL_CTX_set1_sigalgs_list(ctx, argv[5]) != 1)
        return 2;
    struct sockaddr_in sa = { .sin_family = AF_INET,
                              .sin_port = htons(port) };
    inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
    while (now() < t0)
        usleep(1000);
    long n = 0;
    while (now() < end) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0)
            return 1;
        SSL *ssl = SSL_new(ctx);
        SSL_set_tlsext_host_name(ssl, name);
        SSL_set_fd(ssl, fd);
        if (SSL_connect(ssl) != 1)
            return 1;
        SSL_free(ssl);
        close(fd);
        n++;
    }
    printf("%ld\n", n);
    return 0;
}
"""


def build_client(workdir):
    src = os.path.join(workdir, "hs_client.c")
    exe = os.path.join(workdir, "hs_client")
    with open(src, "w") as f:
        f.write(CLIENT_C)
    r = subprocess.run(["cc", "-O2", "-o", exe, src, "-lssl", "-lcrypto"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise Failed("cannot build the handshake client: " + r.stderr)
    return exe


def handshakes(client, port, name, clients, seconds, sigalgs=None):
    """Full handshakes made by @clients processes in @seconds (offering
    only @sigalgs, when given)."""
    t0 = time.time() + 0.3  # every client started before the clock runs
    argv = [client, str(port), name, repr(t0), str(seconds)]
    if sigalgs:
        argv.append(sigalgs)
    procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
             for _ in range(clients)]
    total = 0
    for p in procs:
        out, _ = p.communicate(timeout=seconds + 60)
        if p.returncode != 0:
            raise Failed(f"a handshake client failed (status {p.returncode})")
        total += int(out)
    return total


TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(a):
    """User + system CPU seconds of @a's parent and children so far."""
    total = 0
    for pid in [a.pid()] + a.children():
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICK


def part_handshake(env, args):
    log("## handshake: full TLS handshakes (new connections, no resumption), "
        f"{args.clients} client processes x {args.seconds:g} s per run, "
        f"{args.hs_rounds} rounds interleaved (static, mdshm, mod_md; mdshm, "
        "mod_md, static; ...)")
    name = "hs.example"
    client = build_client(env.workdir)
    certs = {"P-256": env.pki.issue(name, dns=[name]),
             "RSA-2048": rsa_cert(env.pki, name)}
    rows = []
    for label, (crt, key) in certs.items():
        for mpm in ("prefork", "event"):
            servers = []
            for kind in ("static", "mdshm", "mod_md"):
                a = env.apache(kind, mpm)
                port = harness.free_port()
                c, k = a.copy_in(crt), private_copy(a, key)
                if kind == "static":
                    body = vhost(port, name, f"  SSLCertificateFile {c}\n"
                                 f"  SSLCertificateKeyFile {k}\n")
                else:
                    body = (f"<MDomain {name}>\n  MDCertificateFile {c}\n"
                            f"  MDCertificateKeyFile {k}\n</MDomain>\n"
                            + vhost(port, name))
                # a fixed set of children: their CPU time is all counted
                fixed = ("ServerLimit 4\nMaxRequestWorkers 4\n"
                         if mpm == "prefork" else
                         "ServerLimit 2\nMaxRequestWorkers 8\n")
                write(a, fixed + f"Listen 127.0.0.1:{port} https\n" + body)
                start(a)
                want = pem_der(crt)
                harness.wait_until(lambda: served_der(port, name) == want
                                   if harness.port_open(port) else None, 30,
                                   f"{kind} {mpm} serving the certificate")
                servers.append((kind, a, port))
            rate = {kind: [] for kind, _, _ in servers}
            cpu = {kind: [] for kind, _, _ in servers}
            for i in range(args.hs_rounds):
                # interleaved, and rotated: none always runs first
                for kind, a, port in servers[i % 3:] + servers[:i % 3]:
                    c0 = cpu_seconds(a)
                    n = handshakes(client, port, name, args.clients,
                                   args.seconds)
                    rate[kind].append(n / args.seconds)
                    cpu[kind].append((cpu_seconds(a) - c0) * 1e6 / max(n, 1))
            for kind, a, port in servers:
                r, c = median(rate[kind]), median(cpu[kind])
                rr = r / median(rate["static"])
                cr = median(cpu["static"]) / c
                rows.append((label, mpm, kind, r, rr, c, cr, rate[kind]))
                if kind == "mdshm" and max(rr, cr) < TARGETS["handshake"]:
                    missed.append(f"handshake {label} {mpm}: {rr:.3f}x "
                                  f"static (CPU: {cr:.3f}x)")
            for _, a, _ in servers:
                env.drop(a)
    log("hs/s: handshakes per second, median of the runs, and its ratio to "
        "static;")
    log("CPU: httpd's CPU time (parent + children, /proc) per handshake, "
        "median, and static's over it (higher is better)")
    log(f"{'key':<9} {'MPM':<8} {'httpd':<7} {'hs/s':>6} {'ratio':>6} "
        f"{'CPU us':>7} {'ratio':>6}  hs/s of each run")
    for label, mpm, kind, r, rr, c, cr, runs in rows:
        log(f"{label:<9} {mpm:<8} {kind:<7} {r:6.0f} {rr:5.3f}x {c:7.0f} "
            f"{cr:5.3f}x  " + " ".join(f"{x:.0f}" for x in runs))
    log(f"target: mdshm >= {TARGETS['handshake']}x static")


# ---------------------------------------------------------------------------
# renew: commit of a renewed set -> every child serving it

class Prober:
    """Probe rounds of @n connections to @a, each held while the next one
    opens (under prefork: n children, one connection each).  Each then
    asks for / with a probe id in a header; the access log line
    ("<id> <pid>", mod_log_config's %P) names the child that made the
    handshake, with no ss or /proc scan between rounds."""

    LOG = "probe.log"

    def __init__(self, a, port, name, n):
        self.port, self.name, self.n = port, name, n
        self.log = open(os.path.join(a.root, self.LOG), "a+")
        self.seq = 0

    @classmethod
    def conf(cls, root):
        return f'CustomLog "{root}/{cls.LOG}" "%{{X-Probe}}i %P"\n'

    def round(self):
        """[(pid, served DER, time of the handshake)]"""
        held = []
        try:
            for _ in range(self.n):
                t = tls_connect(self.port, self.name)
                self.seq += 1
                held.append((t, self.seq, t.getpeercert(binary_form=True),
                             time.time()))
            for t, seq, _, _ in held:
                t.sendall(f"GET / HTTP/1.1\r\nHost: {self.name}\r\n"
                          f"X-Probe: {seq}\r\nConnection: close\r\n\r\n"
                          .encode())
                while t.recv(65536):
                    pass
        finally:
            for t, *_ in held:
                t.close()
        pids = {}
        for line in self.log.read().splitlines():
            f = line.split()
            if len(f) == 2 and f[0].isdigit():
                pids[int(f[0])] = int(f[1])
        return [(pids.get(seq), der, when) for _, seq, der, when in held]


def installed_ms(mdshm, store, md):
    out = subprocess.run([mdshm, "--store", store, "dump", "--json", md],
                         capture_output=True, text=True, check=True).stdout
    certs = json.loads(out)["databases"]["certs"]
    return max(c["installed_ms"] for c in certs.values())


def renewal_latency(mdshm, store, name, old, probe, pids):
    """`mdshm renew @name`, with probe() rounds ([(pid, served DER, time
    of the handshake)]) before it until each of @pids was seen, then
    until each served a set other than DER @old.  Per pid, in ms after
    the commit (the new set's installed_ms): its first handshake on the
    new set and its last on the old one after the commit; and the number
    of rounds: (first_new, last_old, rounds)."""
    seen = set()
    harness.wait_until(lambda: seen.update(p for p, _, _ in probe())
                       or seen >= set(pids), 30, "a probe of every process")
    r = subprocess.run([mdshm, "--store", store, "renew", name],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise Failed(f"mdshm renew: {r.stdout}{r.stderr}")
    first_new, last_old = {}, {}
    deadline = time.time() + 60
    rounds = 0
    while set(first_new) < set(pids):
        if time.time() > deadline:
            raise Failed(f"not every process served the renewal in 60 s: "
                         f"{first_new}")
        rounds += 1
        for pid, der, when in probe():
            if der != old:
                first_new.setdefault(pid, when)
            elif pid not in first_new:
                last_old[pid] = when
    commit = installed_ms(mdshm, store, name) / 1000.0
    lat = {pid: (t - commit) * 1000 for pid, t in first_new.items()
           if pid in pids}
    stale = {pid: (t - commit) * 1000 for pid, t in last_old.items()
             if pid in pids and t > commit}
    return lat, stale, rounds


def old_new(lat, stale):
    """The "old..new" ms of each process, by its first new handshake."""
    return "  ".join(f"{stale.get(p, float('-inf')):.1f}..{v:.1f}"
                     .replace("-inf", "<0")
                     for p, v in sorted(lat.items(), key=lambda kv: kv[1]))


def part_renew(env, args):
    log(f"## renew: `mdshm renew` commit -> each child serving the new set, "
        f"{args.renewals} renewals per MPM")
    name = "renew.example"
    results = []
    for mpm in ("prefork", "event"):
        pebble = env.pebble()
        a = env.apache("mdshm", mpm)
        port = harness.free_port()
        # a fixed set of children (apache.py starts 3 under prefork, 2 of 4
        # threads under event): the held probes make none spawn
        fixed = ("ServerLimit 3\nMaxRequestWorkers 3\n" if mpm == "prefork"
                 else "ServerLimit 2\nMaxRequestWorkers 8\n")
        write(a, fixed + Prober.conf(a.root)
              + acme_conf(a, pebble, pebble.http_port, port)
              + "MDPrivateKeys secp256r1\n"
              + f"Listen 127.0.0.1:{port} https\nMDomain {name}\n"
              + vhost(port, name))
        start(a)
        parent = a.pid()
        harness.wait_until(lambda: len(a.children()) == 3 - (mpm == "event"),
                           30, "the children")
        children = a.children()
        store = os.path.join(a.store_base, "mdshm")
        probe = Prober(a, port, name, 3 if mpm == "prefork" else 4)

        def issued():
            if not harness.port_open(port):
                return None
            hs = a.handshake(port, name)
            hs.close()
            return None if hs.handshake.is_fallback else hs.handshake.serial
        harness.wait_until(issued, 60, "pebble's certificate", interval=0.2)
        for i in range(args.renewals):
            lat, stale, rounds = renewal_latency(
                env.mdshm, store, name, served_der(port, name), probe.round,
                children)
            same = a.pid() == parent and a.children() == children
            results.append((mpm, i + 1, lat, stale, rounds, same))
            if max(lat.values()) > TARGETS["renew_ms"]:
                missed.append(f"renew {mpm} #{i + 1}: "
                              f"{max(lat.values()):.1f} ms")
            if not same:
                raise Failed(f"{mpm}: the parent or the children changed")
        env.drop(a)
    log("per child: the last handshake that still served the old set and "
        "the first that served the new one, ms after the commit (installed_ms "
        "of the new set, written by the leader just before its commit); the "
        "child switched in between")
    log(f"{'MPM':<8} {'#':>2} {'children':>8} {'max ms':>7}  per child "
        "(old..new ms)")
    for mpm, i, lat, stale, rounds, same in results:
        per = old_new(lat, stale)
        log(f"{mpm:<8} {i:>2} {len(lat):>8} {max(lat.values()):7.1f}  {per}"
            f"  [{rounds} probe rounds; same parent and children: {same}]")
    log(f"target: every child <= {TARGETS['renew_ms']:.0f} ms, no reload "
        "(mod_md: never, until httpd is reloaded)")


# ---------------------------------------------------------------------------
# start: first answer with 100 new MDs; restart with 100 issued

def md_names(n, prefix="md"):
    return [f"{prefix}{i}.example" for i in range(1, n + 1)]


def mds_body(a, pebble, names, port, keys):
    body = (acme_conf(a, pebble, pebble.http_port, port)
            + f"MDPrivateKeys {keys}\nListen 127.0.0.1:{port} https\n")
    for n in names:
        body += f"MDomain {n}\n" + vhost(port, n)
    return body


def first_answer(a, port, name, timeout):
    """Seconds from `apache2 -k start` to the first HTTP answer over TLS."""
    t0 = time.monotonic()
    r = a.ctl("-k", "start", timeout=timeout)
    a.started = True
    if r.returncode != 0:
        raise Failed(f"{a.kind}: apache2 -k start: {r.stderr}")
    while time.monotonic() - t0 < timeout:
        try:
            t = tls_connect(port, name, timeout=timeout)
        except OSError:
            time.sleep(0.005)
            continue
        t.sendall(f"GET / HTTP/1.1\r\nHost: {name}\r\n"
                  "Connection: close\r\n\r\n".encode())
        head = t.recv(64)
        t.close()
        if head.startswith(b"HTTP/"):
            return time.monotonic() - t0, int(head.split()[1])
    raise Failed(f"{a.kind}: no answer in {timeout} s\n"
                 + harness.tail(a.error_log, 20))


def part_start(env, args):
    n = args.n_start
    log(f"## start: first HTTPS answer after `apache2 -k start` with {n} new "
        f"MDs (RSA-2048); restart with {n} issued MDs vs the same httpd with "
        "none")
    names = md_names(n)
    pebble = env.pebble()
    new = {"mdshm": [], "mod_md": []}
    for _ in range(args.start_rounds):
        for kind in ("mdshm", "mod_md"):
            a = env.apache(kind, "event")
            port = harness.free_port()
            write(a, mds_body(a, pebble, names, port, "RSA 2048"))
            secs, status = first_answer(a, port, names[0], 300)
            new[kind].append((secs, status))
            env.drop(a)
    # restart: issue the MDs once, then stop/start against a start with none
    a = env.apache("mdshm", "event")
    port = harness.free_port()
    write(a, mds_body(a, pebble, names, port, "RSA 2048"))
    start(a)
    issue_s = wait_served(port, names, "Pebble", 600, time.monotonic())
    a.stop()
    b = env.apache("mdshm", "event")
    bport = harness.free_port()
    crt, key = env.pki.issue("static.example", dns=names)
    c, k = b.copy_in(crt), b.copy_in(key)
    write(b, f"Listen 127.0.0.1:{bport} https\n"
          + "".join(vhost(bport, nm, f"  SSLCertificateFile {c}\n"
                          f"  SSLCertificateKeyFile {k}\n") for nm in names))
    restart = {"issued": [], "none": []}
    for _ in range(args.rounds):
        for kind, srv, p in (("issued", a, port), ("none", b, bport)):
            secs, status = first_answer(srv, p, names[0], 60)
            if kind == "issued" and status == 503:
                raise Failed("the restart with issued MDs answered 503")
            restart[kind].append(secs)
            srv.stop()
    env.drop(a)
    env.drop(b)
    log(f"{'httpd':<8} {'first answer, s (median)':>24}  runs (HTTP status)")
    for kind, v in new.items():
        log(f"{kind:<8} {median([s for s, _ in v]):24.3f}  "
            + " ".join(f"{s:.3f}({st})" for s, st in v))
    log(f"(mod_mdshm issued the {n} MDs in {issue_s:.1f} s for the restart "
        "runs)")
    ri, rn = median(restart["issued"]), median(restart["none"])
    log(f"restart with {n} issued MDs: {ri:.3f} s  "
        + " ".join(f"{s:.3f}" for s in restart["issued"]))
    log(f"start with no MD ({n} static vhosts): {rn:.3f} s  "
        + " ".join(f"{s:.3f}" for s in restart["none"]))
    log(f"ratio issued/none: {ri / rn:.3f}x (target <= {TARGETS['restart']}x);"
        " first answer with new MDs: target <= 1 s")
    if ri / rn > TARGETS["restart"]:
        missed.append(f"restart {ri / rn:.3f}x")
    if median([s for s, _ in new["mdshm"]]) > 1.0:
        missed.append("first answer with new MDs > 1 s")


# ---------------------------------------------------------------------------
# issue: N MDs inside httpd, until served

def wait_served(port, names, issuer, timeout, t0):
    """Seconds from @t0 until every name was served a certificate of
    @issuer, polling the names not served yet."""
    left = set(names)
    deadline = time.monotonic() + timeout
    while left:
        if time.monotonic() > deadline:
            raise Failed(f"{len(left)} of {len(names)} names not served "
                         f"after {timeout} s")
        for nm in sorted(left):
            try:
                der = served_der(port, nm)
            except OSError:
                continue
            if issuer.encode() in der:
                left.discard(nm)
        if left:
            time.sleep(0.1)
    return time.monotonic() - t0


def part_issue(env, args):
    n = args.n_issue
    log(f"## issue: {n} MDs (P-256, http-01) inside httpd (event) against "
        "pebble, from `apache2 -k start` until every name is served")
    names = md_names(n, "iss")
    rows = []
    for kind in ("mdshm", "mod_md"):
        pebble = env.pebble()
        a = env.apache(kind, "event")
        port = harness.free_port()
        write(a, mds_body(a, pebble, names, port, "secp256r1"))
        t0 = time.monotonic()
        start(a)
        if kind == "mdshm":
            served = wait_served(port, names, "Pebble", 600, t0)
            rows.append((kind, None, served))
        else:
            store = os.path.join(a.store_base)
            harness.wait_until(lambda: modmd_done(store, names)[0] >= n, 600,
                               "mod_md: every MD in its store", interval=0.1)
            fetched = time.monotonic() - t0
            r = a.ctl("-k", "graceful")
            if r.returncode != 0:
                raise Failed(f"mod_md: graceful: {r.stderr}")
            served = wait_served(port, names, "Pebble", 600, t0)
            rows.append((kind, fetched, served))
        env.drop(a)
    log(f"{'httpd':<8} {'in store, s':>11} {'served, s':>10}")
    for kind, fetched, served in rows:
        store = "-" if fetched is None else f"{fetched:.2f}"
        log(f"{kind:<8} {store:>11} {served:10.2f}"
            + ("  (no reload)" if kind == "mdshm" else
               "  (apache2 -k graceful as soon as all were in the store)"))


# ---------------------------------------------------------------------------
# the frame of a run (shared with nginx_bench.py)

def arg_parser(doc, parts):
    """The options of every server benchmark; @parts: the default list."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--parts", default=",".join(parts))
    ap.add_argument("--hs-rounds", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--clients", type=int, default=3)
    ap.add_argument("--renewals", type=int, default=3)
    ap.add_argument("--workdir")
    return ap


def chosen_parts(ap, args, parts):
    """The parts --parts names, each one of @parts."""
    chosen = [p for p in args.parts.split(",") if p]
    for p in chosen:
        if p not in parts:
            ap.error(f"unknown part {p!r} (parts: {', '.join(parts)})")
    return chosen


def run_parts(name, chosen, funcs, env, args, missed):
    """funcs["part_" + p](env, args) for each chosen part, timed; then
    stops @env and prints the targets @missed.  The exit status: 0; 1 on
    a failure; 2 if only targets were missed and MDSHM_BENCH_STRICT=1."""
    status = 0
    try:
        for p in chosen:
            log()
            t = time.monotonic()
            funcs["part_" + p](env, args)
            log(f"({p}: {time.monotonic() - t:.0f} s)")
    except (Failed, TimeoutError, RuntimeError, OSError) as e:
        log(f"{name}: FAILED: {e}")
        status = 1
    finally:
        env.stop()
    if missed:
        log("targets missed: " + "; ".join(missed))
        if status == 0 and os.environ.get("MDSHM_BENCH_STRICT") == "1":
            status = 2
    return status


def main():
    ap = arg_parser(__doc__, PARTS)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--start-rounds", type=int, default=2)
    ap.add_argument("--n-start", type=int, default=100)
    ap.add_argument("--n-issue", type=int, default=100)
    args = ap.parse_args()
    parts = chosen_parts(ap, args, PARTS)

    log("httpd_bench: mod_mdshm in Debian's apache2 vs a static "
        "SSLCertificateFile and mod_md")
    why = None
    if os.geteuid() != 0:
        why = "not root (apache2 starts as root, children as nobody)"
    elif not os.access(APACHE2, os.X_OK) or not shutil.which("apxs"):
        why = "apache2 or apxs missing (sh tests/deps.sh)"
    elif not os.path.exists(MOD_MD):
        why = "libapache2-mod-md missing (sh tests/deps.sh)"
    elif not harness.have_pebble():
        why = "pebble missing (sh tests/deps.sh)"
    if why:
        log(f"skipped: {why}")
        return 0
    r = subprocess.run(["make", "-C", TOP, "httpd"], capture_output=True,
                       text=True)
    if r.returncode != 0:
        log("make httpd failed:\n" + r.stdout[-2000:] + r.stderr[-2000:])
        return 1
    so = os.path.join(TOP, "build/httpd/.libs/mod_mdshm.so")
    workdir = args.workdir or tempfile.mkdtemp(prefix="mdshm-httpd-bench.")
    os.makedirs(workdir, exist_ok=True)
    env = Env(workdir, so)
    env.mdshm = os.environ.get("MDSHM", os.path.join(TOP, "mdshm"))
    version = subprocess.run([APACHE2, "-v"], capture_output=True,
                             text=True).stdout.splitlines()
    log(f"apache2: {version[0] if version else '?'}")
    status = run_parts("httpd_bench", parts, globals(), env, args, missed)
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
