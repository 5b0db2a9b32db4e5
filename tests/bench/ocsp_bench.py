#!/usr/bin/python3
"""ocsp_bench.py -- refreshing N staples (default 10,000): wall time and
requests made.

A test CA (tests/integration/ocsp_responder.py) issues N leaves naming a
loopback responder; their responses are signed in advance (python3-
cryptography) so that the responder costs little per request: it parses
the request, finds the serial and answers.  The leaves are registered as
"other" certificates (request files in <store>/requests, as
mdshm_ocsp_register leaves them), `mdshm drive` fetches them all
(the first round), then `mdshm ocsp refresh` makes it fetch them all
again.  Reported per round: the drive's own figure (its log line "OCSP
round: N due, R requests, F failed, T ms") and the requests the responder
counted.

Usage: /usr/bin/python3 tests/bench/ocsp_bench.py [--n N] [--parallel P]
       [--workdir DIR]      ($MDSHM: the mdshm binary, default ./mdshm)
"""

import argparse
import datetime
import http.server
import os
import re
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))

from cryptography import x509  # noqa: E402
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509 import ocsp  # noqa: E402

import harness  # noqa: E402
from ocsp_responder import OcspCA, _name, _now, _pem  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--parallel", type=int, default=6)
    ap.add_argument("--workdir")
    a = ap.parse_args()
    mdshm = os.environ.get("MDSHM", "./mdshm")
    work = a.workdir or tempfile.mkdtemp(prefix="mdshm-ocsp-bench.")
    os.makedirs(work, exist_ok=True)
    port = harness.free_port()
    url = f"http://127.0.0.1:{port}/ocsp"
    ca = OcspCA(os.path.join(work, "ca"), url)

    t0 = time.monotonic()
    key = ec.generate_private_key(ec.SECP256R1())
    now = _now()
    responses, chains = {}, []
    aia = x509.AuthorityInformationAccess([x509.AccessDescription(
        x509.oid.AuthorityInformationAccessOID.OCSP,
        x509.UniformResourceIdentifier(url))])
    ca_pem = _pem(ca.cert)
    for i in range(a.n):
        cert = (x509.CertificateBuilder()
                .subject_name(_name(f"h{i:07d}.example"))
                .issuer_name(ca.cert.subject)
                .public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now - datetime.timedelta(hours=1))
                .not_valid_after(now + datetime.timedelta(days=30))
                .add_extension(aia, critical=False)
                .sign(ca.key, hashes.SHA256()))
        responses[cert.serial_number] = ca.build_response(
            cert, now - datetime.timedelta(minutes=1), now + datetime.timedelta(days=3))
        chains.append(_pem(cert) + ca_pem)
    print(f"setup: {a.n} certificates and responses made in "
          f"{time.monotonic() - t0:.1f} s")

    count = [0]
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def setup(self):
            # headers and body go out in two writes: without this, Nagle
            # and delayed ACKs cost 40 ms per response
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            super().setup()

        def do_POST(self):
            n = int(self.headers.get("Content-Length") or 0)
            req = ocsp.load_der_ocsp_request(self.rfile.read(n))
            body = responses[req.serial_number]
            with lock:
                count[0] += 1
            self.send_response(200)
            self.send_header("Content-Type", "application/ocsp-response")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True

    server = Server(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    store = os.path.join(work, "store")
    conf = os.path.join(work, "mdshm.conf")
    with open(conf, "w") as f:
        f.write(textwrap.dedent(f"""\
            MDCertificateAuthority https://127.0.0.1:9/directory
            MDStoreDir {store}
            MDStapling on
            """))
    # The registrations wait in the inbox before the drive starts: its
    # first round then fetches all N at once.
    reqdir = os.path.join(store, "requests")
    os.makedirs(reqdir, mode=0o700)
    os.chmod(store, 0o700)
    for i, chain in enumerate(chains):
        tmp = os.path.join(reqdir, f".tmp-bench-{i}")
        with open(tmp, "wb") as f:
            f.write(chain)
        os.rename(tmp, os.path.join(reqdir, f"ocsp-register-bench{i:07d}"))
    log_path = os.path.join(work, "drive.log")
    drive = harness.ManagedProcess("drive", [
        mdshm, "-v", "--store", store, "drive", "--conf", conf,
        "--ocsp-parallel", str(a.parallel)], log_path).start()
    try:
        rounds = []

        def round_done(k):
            lines = re.findall(r"OCSP round: (\d+) due, (\d+) requests, "
                               r"(\d+) failed, (\d+) ms", drive.log_text())
            big = [x for x in lines if int(x[0]) >= a.n]
            return big[k] if len(big) > k else None

        c0 = count[0]
        r = harness.wait_until(lambda: round_done(0), 600, "the first fetch of all")
        rounds.append(("first fetch", r, count[0] - c0))
        c0 = count[0]
        subprocess.run([mdshm, "--store", store, "ocsp", "refresh"], check=True,
                       capture_output=True)
        r = harness.wait_until(lambda: round_done(1), 600, "the refresh of all")
        rounds.append(("refresh", r, count[0] - c0))
        print(f"{a.n} staples, --ocsp-parallel {a.parallel}:")
        for what, (due, reqs, failed, ms), counted in rounds:
            print(f"  {what:12s} {int(ms) / 1000:7.2f} s wall, {reqs} requests "
                  f"({counted} counted by the responder), {failed} failed, "
                  f"{int(reqs) / (int(ms) / 1000):.0f} staples/s")
    finally:
        drive.stop()
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
