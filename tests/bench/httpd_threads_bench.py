#!/usr/bin/python3
"""httpd_threads_bench.py -- full TLS handshakes/s through mod_mdshm in
Debian's apache2 with the event MPM (ThreadsPerChild 25), two builds of the
module side by side (say main's and this tree's), interleaved.

    /usr/bin/python3 tests/bench/httpd_threads_bench.py A.so B.so
        [--clients 8] [--seconds 5] [--rounds 3] [--children 2]

Both servers run at once (each in a private ServerRoot, children as
nobody, on a free port), each with one static MD (`MDCertificateFile`, an
ECDSA P-256 certificate made here) that the handshakes get from the store
through the module's certificate callback (checked by serial before the
runs).  Each round measures A then B (B then A in odd rounds): CLIENTS
client processes do full handshakes (a new connection each, TLS 1.3, SNI,
no resumption) for SECONDS.  Reported per server, over the rounds:
handshakes/s (wall clock) and handshakes per CPU second of the server's
children (utime + stime from /proc: the figure to read on a shared
machine), median, and B/A.  Nothing is asserted.  Run as root.
"""

import argparse
import multiprocessing
import os
import pwd
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))

import harness  # noqa: E402
from apache import Apache  # noqa: E402

NAME = "bench.example"


def make_cert(d):
    cert, key = os.path.join(d, "cert.pem"), os.path.join(d, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:P-256", "-nodes", "-subj",
                    f"/CN={NAME}", "-addext", f"subjectAltName=DNS:{NAME}",
                    "-days", "30", "-keyout", key, "-out", cert],
                   check=True, capture_output=True)
    serial = subprocess.run(["openssl", "x509", "-noout", "-serial", "-in",
                             cert], check=True, capture_output=True,
                            text=True).stdout.strip().split("=")[1]
    return cert, key, int(serial, 16)


def client_ctx():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    return ctx


def one_handshake(port, ctx):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        with ctx.wrap_socket(s, server_hostname=NAME) as tls:
            return tls.getpeercert(binary_form=True)


def served_serial(port):
    from cryptography import x509
    der = one_handshake(port, client_ctx())
    return x509.load_der_x509_certificate(der).serial_number


def client_loop(args):
    port, seconds = args
    ctx = client_ctx()
    n = errors = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            one_handshake(port, ctx)
            n += 1
        except OSError:
            errors += 1
    return n, errors


def children_cpu_s(a):
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in a.children():
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except OSError:
            pass
    return total / tick


def start(so, cert, key, children):
    a = Apache(so, mpm="event")
    cert, key = a.copy_in(cert), a.copy_in(key)
    nobody = pwd.getpwnam(a.user)
    os.chown(key, nobody.pw_uid, nobody.pw_gid)  # the leading child reads
    os.chmod(key, 0o600)                          # it; 0600 or refused
    port = harness.free_port()
    threads = 25
    a.write(f"""\
        StartServers {children}
        ServerLimit {children}
        ThreadsPerChild {threads}
        ThreadLimit {threads}
        MaxRequestWorkers {children * threads}
        MinSpareThreads {threads}
        MaxSpareThreads {children * threads + threads}
        LogLevel warn
        Listen 127.0.0.1:{port} https
        <MDomain {NAME}>
          MDCertificateFile {cert}
          MDCertificateKeyFile {key}
        </MDomain>
        <VirtualHost 127.0.0.1:{port}>
          ServerName {NAME}
          SSLEngine on
        </VirtualHost>
        """)
    r = a.start()
    if r.returncode != 0:
        raise SystemExit(f"apache2 with {so} did not start:\n{r.stderr}"
                         f"{a.log()}")
    return a, port


def measure(pool, a, port, clients, seconds):
    cpu0 = children_cpu_s(a)
    t0 = time.monotonic()
    res = pool.map(client_loop, [(port, seconds)] * clients)
    wall = time.monotonic() - t0
    cpu = children_cpu_s(a) - cpu0
    n = sum(r[0] for r in res)
    errors = sum(r[1] for r in res)
    return n / wall, (n / cpu if cpu > 0 else float("nan")), errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--children", type=int, default=2)
    o = ap.parse_args()
    d = tempfile.mkdtemp(prefix="mdshm-httpd-bench-")
    servers = []
    try:
        cert, key, serial = make_cert(d)
        for so in (o.a, o.b):
            a, port = start(so, cert, key, o.children)
            servers.append((a, port))
            harness.wait_until(lambda: served_serial(port) == serial, 60,
                               "the static set served from the store",
                               interval=0.2)
        figures = {0: [], 1: []}
        with multiprocessing.Pool(o.clients) as pool:
            for r in range(o.rounds):
                for k in ((0, 1) if r % 2 == 0 else (1, 0)):
                    a, port = servers[k]
                    figures[k].append(measure(pool, a, port, o.clients,
                                              o.seconds))
        print(f"apache2 event MPM, {o.children} children x 25 threads, "
              f"{o.clients} client processes, {o.rounds} rounds of "
              f"{o.seconds:g} s per server, interleaved (median)\n")
        print("| figure | A | B | B/A |\n|---|---:|---:|---:|")
        for i, label in ((0, "handshakes/s"),
                         (1, "handshakes per server CPU s")):
            va = statistics.median(f[i] for f in figures[0])
            vb = statistics.median(f[i] for f in figures[1])
            print(f"| {label} | {va:.0f} | {vb:.0f} | {vb / va:.2f} |")
        errors = [sum(f[2] for f in figures[k]) for k in (0, 1)]
        print(f"\nA = {o.a}\nB = {o.b}\nfailed handshakes: A {errors[0]}, "
              f"B {errors[1]}")
    finally:
        for a, _ in servers:
            a.stop()
            shutil.rmtree(a.root, ignore_errors=True)
        shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    main()
