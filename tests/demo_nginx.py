#!/usr/bin/python3
"""demo_nginx.py -- ngx_http_mdshm_module in Debian's nginx, end to end:
three MDs issued by a local test CA (pebble) to an nginx whose master runs
4 workers as nobody; the fallback certificate and 503 while the CA cannot
be reached, the issued certificates (curl, trusting only pebble's root),
then a renewal served by every worker with no reload.

Run by tests/demo_nginx.sh (which installs the dependencies and builds the
module), or by hand, as root, after `make nginx`:

    MDSHM=$PWD/mdshm /usr/bin/python3 tests/demo_nginx.py

Steps (each printed, numbered, with the elapsed time):
   1. pebble-challtestsrv (mock DNS) on 127.0.0.1; free ports chosen for
      pebble, which is not started yet;
   2. nginx.conf: Debian's nginx, a master and 4 workers as nobody,
      load_module of the built module, the mdshm_* directives: three
      server blocks with `mdshm on` (an MD of each server_name) against
      pebble, http-01 on the port pebble checks (in front of a `return
      404`); checked with `nginx -t`;
   3. nginx starts before the CA can be reached: every MD's name is served
      mdshm's fallback certificate and answered 503, as with mod_md;
   4. pebble starts; the leading worker orders the certificates (it
      retries after mdshm_retry_delay); waiting until every name is
      served pebble's certificate, with the same master and workers;
   5. curl fetches each site, verifying the chain with pebble's root only;
   6. `mdshm renew demo1.test`: the new certificate is served by every
      worker (each answers its $pid through a `reuseport` listener), same
      master, same workers, no reload;
   7. `nginx -s stop`; everything is stopped; a summary.

Environment:
  MDSHM               the mdshm binary (default: ./mdshm of this checkout)
  MDSHM_NGINX_SO      the module (default:
                      build/nginx/ngx/objs/ngx_http_mdshm_module.so)
  MDSHM_DEMO_KEEP=1   keep nginx's prefix (configuration, store, error log)
  MDSHM_DEMO_TIMEOUT  seconds to wait for certificates (default 90)

Exit status 0 when every step worked; 1 with a message naming the step
that failed and the tail of nginx's error log; 77 when not root.
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
    from demo_steps import Demo, DemoFailure
    from nginx import NGINX, WORKERS, Nginx
except ImportError as e:  # pragma: no cover -- told, not traced
    sys.exit(f"demo: cannot import {e.name}: run `sh tests/deps.sh` "
             "(python3-cryptography, python3-pytest) and use /usr/bin/python3")

MDSHM = os.environ.get("MDSHM", os.path.join(ROOT, "mdshm"))
SO = os.environ.get("MDSHM_NGINX_SO", os.path.join(
    ROOT, "build/nginx/ngx/objs/ngx_http_mdshm_module.so"))
TIMEOUT = float(os.environ.get("MDSHM_DEMO_TIMEOUT", "90"))
KEEP = os.environ.get("MDSHM_DEMO_KEEP", "0") == "1"
MDS = [("demo1.test", ["www.demo1.test"]), ("demo2.test", []),
       ("demo3.test", [])]
RENEW_MD = "demo1.test"
N_STEPS = 7
D = Demo("demo_nginx", N_STEPS)
say, step, info, show = D.say, D.step, D.info, D.show
stoppers = D.stoppers


class LatePebble(harness.Pebble):
    """pebble on ports chosen before it starts: nginx is configured for
    it, and started, while the CA cannot be reached yet."""

    def reserve(self):
        self.ports = [harness.free_port() for _ in range(4)]
        (self.listen_port, self.mgmt_port, self.http_port,
         self.tls_port) = self.ports

    def start(self, timeout=harness.STARTUP_TIMEOUT):
        ports = iter(self.ports)
        chosen = harness.free_port
        harness.free_port = lambda: next(ports)  # Pebble.start takes four
        try:
            return super().start(timeout)
        except StopIteration:
            raise DemoFailure("pebble could not bind the ports chosen for "
                              "it (taken meanwhile): run the demo again")
        finally:
            harness.free_port = chosen


def served(n, port, name):
    """(handshake, HTTP status) of a new connection to @name."""
    held = n.handshake(port, name)
    status, _, _ = held.request("/", host=name)
    return held.handshake, status


def demo(work, n):
    step("pebble-challtestsrv (mock DNS) on 127.0.0.1; ports chosen for "
         "pebble (the ACME test CA), not started yet")
    pki = harness.PKI(os.path.join(work, "pki"))
    cts = harness.ChallTestSrv(os.path.join(work, "challtestsrv"))
    cts.start()
    pebble = LatePebble(os.path.join(work, "pebble"), pki,
                        dns_port=cts.dns_port)
    stoppers.extend([cts.stop, pebble.stop])
    pebble.reserve()
    info(f"work directory {work}")
    info(f"ACME directory {pebble.directory_url} (from step 4); it checks "
         f"http-01 on http://NAME:{pebble.http_port}/")

    step(f"nginx.conf: Debian's nginx (a master, {WORKERS} workers as "
         "nobody) with ngx_http_mdshm_module")
    https = harness.free_port()
    ca = n.copy_in(pebble.ca_file)
    body = textwrap.dedent(f"""\
        mdshm_certificate_authority {pebble.directory_url};
        mdshm_ca_certificate_file {ca};
        mdshm_certificate_agreement accepted;
        mdshm_contact_email admin@example.org;
        mdshm_ca_challenges http-01;
        mdshm_retry_delay 1s;
        # http-01 is answered before this return (post-read phase)
        server {{
            listen 127.0.0.1:{pebble.http_port};
            return 404;
        }}
        """)
    for i, (md, aliases) in enumerate(MDS):
        # reuseport once per address: a listening socket per worker
        reuse = " reuseport" if i == 0 else ""
        body += textwrap.dedent(f"""\
            server {{
                listen 127.0.0.1:{https} ssl{reuse};
                server_name {" ".join([md, *aliases])};
                mdshm on;
                location = /pid {{ return 200 "$pid\\n"; }}
                location / {{ return 200 "hello from nginx and mdshm\\n"; }}
            }}
            """)
    conf = n.write(body)
    info(f"prefix {n.prefix}")
    info(f"{conf} (the http block, after the temporary paths):")
    info(textwrap.indent(body, "  "))
    r = n.configtest()
    if r.returncode != 0:
        raise DemoFailure(f"nginx -t failed: {r.stderr}")
    info(f"$ {NGINX} -p {n.prefix} -c {conf} -t\n{r.stderr.strip()}")

    step("nginx starts while the CA cannot be reached: the fallback "
         "certificate and 503")
    r = n.start()
    if r.returncode != 0:
        raise DemoFailure(f"nginx did not start: {r.stderr}")
    master, workers = n.pid(), n.workers()
    info(f"master pid {master}, workers {workers} (user nobody)")
    for md, _ in MDS:
        hs, status = served(n, https, md)
        show(md, hs, status)
        if not hs.is_fallback or status != 503:
            raise DemoFailure(f"{md}: expected the fallback and 503 before "
                              "the certificate is issued")

    step("pebble starts; the leading worker orders the certificates; "
         "waiting until every name is served one (no reload)")
    pebble.start()
    roots = pebble.write_roots(os.path.join(work, "pebble-roots.pem"))
    names = [nm for md, aliases in MDS for nm in [md, *aliases]]
    t = time.monotonic()

    def issued():
        return all(not served(n, https, nm)[0].is_fallback for nm in names)
    harness.wait_until(issued, TIMEOUT, "pebble's certificates",
                       interval=0.25)
    info(f"every name served a certificate of pebble {time.monotonic() - t:.1f}"
         f" s after pebble started; master and workers unchanged: "
         f"{n.pid() == master and n.workers() == workers}")
    store = os.path.join(n.store_base, "mdshm")
    for nm in names:
        show(nm, *served(n, https, nm))
    D.leader_status(MDSHM, store)

    step("curl fetches each site, trusting only pebble's root")
    D.curl_sites(names, https, roots, "/")

    step(f"mdshm renew {RENEW_MD}: the new certificate served by every "
         "worker, with no reload")
    old, _ = served(n, https, RENEW_MD)
    argv = [MDSHM, "--store", store, "renew", RENEW_MD]
    r = subprocess.run(argv, capture_output=True, text=True)
    info(f"$ mdshm --store {store} renew {RENEW_MD}\n{r.stdout.strip()}")
    if r.returncode != 0:
        raise DemoFailure(f"mdshm renew: {r.stdout}{r.stderr}")
    t = time.monotonic()

    def every_worker():
        # new connections until each worker answered its $pid
        serials = n.serial_by_worker(https, RENEW_MD)
        return serials if old.serial not in serials.values() else None
    serials = harness.wait_until(every_worker, TIMEOUT,
                                 "the renewed certificate in every worker",
                                 interval=0.1)
    info("serial per worker (its $pid): "
         + ", ".join(f"{pid}: {s:X}" for pid, s in sorted(serials.items()))
         + f" (was {old.serial:X}), {time.monotonic() - t:.1f} s after "
         "`mdshm renew`")
    same = n.pid() == master and n.workers() == workers
    reloads = [line for line in n.log().splitlines()
               if "reconfiguring" in line or "reopening" in line]
    info(f"same master and workers: {same}; reloads in the error log: "
         f"{len(reloads)}")
    if not same or reloads:
        raise DemoFailure("nginx reloaded or its workers changed")

    step("nginx -s stop; pebble stopped")
    n.stop()
    D.stop_all()
    info(f"done in {time.monotonic() - D.t0:.1f} s: fallback and 503 first, "
         f"{len(names)} names issued, {RENEW_MD} renewed and served by "
         f"all {len(workers)} workers, no reload")


def main():
    if os.geteuid() != 0:
        say("demo_nginx: needs root (nginx starts as root, its workers "
            "run as nobody)")
        return 77
    for path, what in ((SO, "the module (make nginx)"), (MDSHM, "mdshm"),
                       (NGINX, "nginx (sh tests/deps.sh)")):
        if not os.path.exists(path):
            say(f"demo_nginx: FAILED: {what} missing: {path}")
            return 1
    work = tempfile.mkdtemp(prefix="mdshm-demo-nginx.")
    n = Nginx(SO)
    return D.run(lambda: demo(work, n), n, work, KEEP)


if __name__ == "__main__":
    sys.exit(main())
