#!/usr/bin/python3
"""demo_apache.py -- mod_mdshm in Debian's apache2, end to end: three MDs
issued by a local test CA (pebble) to an httpd whose children run as
nobody; the fallback certificate and 503 before the first check, the
issued certificates (curl, trusting only pebble's root), then a renewal
served by every child with no reload.

Run by tests/demo_apache.sh (which installs the dependencies and builds the
module), or by hand, as root, after `make httpd`:

    MDSHM=$PWD/mdshm /usr/bin/python3 tests/demo_apache.py

Steps (each printed, numbered, with the elapsed time):
   1. pebble-challtestsrv (mock DNS) and pebble on 127.0.0.1, free ports;
   2. httpd.conf: Debian's apache2, prefork with 3 children as nobody,
      mod_ssl and mod_mdshm (build/httpd/.libs/mod_mdshm.so), mod_md's
      directives: three MDomains against pebble, http-01 on the port pebble
      checks, MDInitialDelay 5s; checked with `apache2 -t`;
   3. `apache2 -k start`; before the first check every MD's virtual host
      serves the fallback certificate and answers 503, as with mod_md;
   4. waiting until every name is served pebble's certificate (no reload);
   5. curl fetches each site, verifying the chain with pebble's root only;
   6. `mdshm renew demo1.test`: the new certificate is served by every
      child (one held connection per child), same parent, same children,
      no reload;
   7. `apache2 -k stop`; everything is stopped; a summary.

Environment:
  MDSHM               the mdshm binary (default: ./mdshm of this checkout)
  MDSHM_HTTPD_SO      the module (default: build/httpd/.libs/mod_mdshm.so)
  MDSHM_DEMO_KEEP=1   keep ServerRoot and the logs
  MDSHM_DEMO_TIMEOUT  seconds to wait for certificates (default 90)

Exit status 0 when every step worked; 1 with a message naming the step
that failed and the tail of httpd's error log; 77 when not root.
Whatever happens, every process started here is stopped.
"""

import os
import subprocess
import sys
import tempfile
import textwrap
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "integration"))

try:
    import harness
    from apache import APACHE2, Apache
    from demo_steps import Demo, DemoFailure
except ImportError as e:  # pragma: no cover -- told, not traced
    sys.exit(f"demo: cannot import {e.name}: run `sh tests/deps.sh` "
             "(python3-cryptography, python3-pytest) and use /usr/bin/python3")

MDSHM = os.environ.get("MDSHM", os.path.join(ROOT, "mdshm"))
SO = os.environ.get("MDSHM_HTTPD_SO",
                    os.path.join(ROOT, "build/httpd/.libs/mod_mdshm.so"))
TIMEOUT = float(os.environ.get("MDSHM_DEMO_TIMEOUT", "90"))
KEEP = os.environ.get("MDSHM_DEMO_KEEP", "0") == "1"
MDS = [("demo1.test", ["www.demo1.test"]), ("demo2.test", []),
       ("demo3.test", [])]
RENEW_MD = "demo1.test"
N_STEPS = 7
D = Demo("demo_apache", N_STEPS)
say, step, info, show = D.say, D.step, D.info, D.show
stoppers = D.stoppers


def served(a, port, name):
    """(handshake, HTTP status) of a new connection to @name."""
    held = a.handshake(port, name)
    status, _, _ = held.request("/index.html", host=name)
    return held.handshake, status


def demo(work, a):
    step("pebble (the ACME test CA) and its mock DNS, on 127.0.0.1")
    pki = harness.PKI(os.path.join(work, "pki"))
    cts = harness.ChallTestSrv(os.path.join(work, "challtestsrv"))
    cts.start()
    pebble = harness.Pebble(os.path.join(work, "pebble"), pki,
                            dns_port=cts.dns_port)
    stoppers.extend([cts.stop, pebble.stop])
    pebble.start()
    roots = pebble.write_roots(os.path.join(work, "pebble-roots.pem"))
    info(f"work directory {work}")
    info(f"ACME directory {pebble.directory_url}; it checks http-01 on "
         f"http://NAME:{pebble.http_port}/")

    step("httpd.conf: Debian's apache2 (prefork, 3 children as nobody) "
         "with mod_mdshm and mod_md's directives")
    https = harness.free_port()
    ca = a.copy_in(pebble.ca_file)
    # exactly 3 children: the connections held in step 6 (one per child)
    # make prefork start no other one
    body = textwrap.dedent(f"""\
        ServerLimit 3
        MaxRequestWorkers 3
        Listen 127.0.0.1:{pebble.http_port}
        Listen 127.0.0.1:{https} https
        MDCertificateAuthority {pebble.directory_url}
        MDCACertificateFile {ca}
        MDCertificateAgreement accepted
        MDContactEmail admin@example.org
        MDCAChallenges http-01
        MDInitialDelay 5s
        """)
    for md, aliases in MDS:
        body += f"MDomain {md}\n"
        alias = f"  ServerAlias {' '.join(aliases)}\n" if aliases else ""
        body += (f"<VirtualHost 127.0.0.1:{https}>\n  ServerName {md}\n"
                 f"{alias}  SSLEngine on\n</VirtualHost>\n")
    conf = a.write(body)
    info(f"ServerRoot {a.root}")
    with open(os.path.join(a.root, "index.html"), "w") as f:
        f.write("hello from apache2 with mod_mdshm\n")
    os.chmod(os.path.join(a.root, "index.html"), 0o644)
    info(f"{conf} (after the modules):")
    info(textwrap.indent(body, "  "))
    r = a.configtest()
    if r.returncode != 0:
        raise DemoFailure(f"apache2 -t failed: {r.stderr}")
    info(f"$ {APACHE2} -d {a.root} -f {conf} -t\n{r.stderr.strip()}")

    step("apache2 -k start: the fallback certificate and 503 until the "
         "first check (MDInitialDelay 5s)")
    r = a.start()
    if r.returncode != 0:
        raise DemoFailure(f"apache2 did not start: {r.stderr}")
    harness.wait_until(lambda: harness.port_open(https), 30, "the HTTPS port")
    parent, children = a.pid(), a.children()
    info(f"parent pid {parent}, children {children} (User nobody)")
    for md, _ in MDS:
        hs, status = served(a, https, md)
        show(md, hs, status)
        if not hs.is_fallback or status != 503:
            raise DemoFailure(f"{md}: expected the fallback and 503 before "
                              "the first check")

    step("the leading child orders the certificates from pebble; "
         "waiting until every name is served one (no reload)")
    names = [n for md, aliases in MDS for n in [md, *aliases]]
    t = time.monotonic()

    def issued():
        for n in names:
            hs, _ = served(a, https, n)
            if hs.is_fallback:
                return None
        return True
    harness.wait_until(issued, TIMEOUT, "pebble's certificates",
                       interval=0.25)
    info(f"every name served a certificate of pebble after "
         f"{time.monotonic() - t:.1f} s; parent and children unchanged: "
         f"{a.pid() == parent and a.children() == children}")
    store = os.path.join(a.store_base, "mdshm")
    for n in names:
        show(n, *served(a, https, n))
    D.leader_status(MDSHM, store)

    step("curl fetches each site, trusting only pebble's root")
    D.curl_sites(names, https, roots, "/index.html")

    step(f"mdshm renew {RENEW_MD}: the new certificate served by every "
         "child, with no reload")
    old, _ = served(a, https, RENEW_MD)
    argv = [MDSHM, "--store", store, "renew", RENEW_MD]
    r = subprocess.run(argv, capture_output=True, text=True)
    info(f"$ mdshm --store {store} renew {RENEW_MD}\n{r.stdout.strip()}")
    if r.returncode != 0:
        raise DemoFailure(f"mdshm renew: {r.stdout}{r.stderr}")
    t = time.monotonic()

    def every_child():
        # held at once: under prefork each connection is a child of its own
        held = [a.handshake(https, RENEW_MD) for _ in children]
        serials = [h.handshake.serial for h in held]
        for h in held:
            h.close()
        return serials if old.serial not in serials else None
    serials = harness.wait_until(every_child, TIMEOUT,
                                 "the renewed certificate in every child",
                                 interval=0.1)
    info(f"{len(serials)} connections held at once, one per child: serials "
         + ", ".join(f"{s:X}" for s in serials)
         + f" (was {old.serial:X}), {time.monotonic() - t:.1f} s after "
         "`mdshm renew`")
    same = a.pid() == parent and a.children() == children
    reloads = [line for line in a.log().splitlines()
               if "SIGHUP" in line or "SIGUSR1" in line]
    info(f"same parent and children: {same}; reloads in the error log: "
         f"{len(reloads)}")
    if not same or reloads:
        raise DemoFailure("httpd restarted or reloaded")

    step("apache2 -k stop; pebble stopped")
    a.stop()
    D.stop_all()
    info(f"done in {time.monotonic() - D.t0:.1f} s: fallback and 503 first, "
         f"{len(names)} names issued, {RENEW_MD} renewed and served by "
         f"all {len(children)} children, no reload")


def main():
    if os.geteuid() != 0:
        say("demo_apache: needs root (apache2 starts as root, its children "
            "run as nobody)")
        return 77
    for path, what in ((SO, "the module (make httpd)"), (MDSHM, "mdshm"),
                       (APACHE2, "apache2 (sh tests/deps.sh)")):
        if not os.path.exists(path):
            say(f"demo_apache: FAILED: {what} missing: {path}")
            return 1
    work = tempfile.mkdtemp(prefix="mdshm-demo-apache.")
    a = Apache(SO, mpm="prefork")
    return D.run(lambda: demo(work, a), a, work, KEEP)


if __name__ == "__main__":
    sys.exit(main())
