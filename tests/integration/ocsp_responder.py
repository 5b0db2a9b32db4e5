"""ocsp_responder.py -- a test CA and an OCSP responder on 127.0.0.1 only.

`openssl ocsp -port` would bind every interface, so a small loopback HTTP
server takes the request (POST body, or GET /<base64>) and runs the real
responder logic for each one:

    openssl ocsp -index INDEX -CA CA -rsigner SIGNER -rkey KEY
                 -reqin REQ -respout RESP -nmin N

Faults (OcspResponder.mode): "ok", "down" (the port is closed),
"trylater", "wrong_signer" (signed by a key the CA never certified),
"expired" (nextUpdate in the past), "other_cert" (a valid response for
another certificate), "garbage", "oversized" (100 KiB), "slow" (answers
after `slow_s`), "short" (a valid response that expires in `short_s`
seconds; built with python3-cryptography, since openssl ocsp counts in
minutes).

OcspCA makes the CA, a delegated responder certificate
(id-kp-OCSPSigning), and leaves whose AIA names the responder; revoke()
marks one revoked in the index.
"""

import base64
import datetime
import http.server
import os
import socket
import subprocess
import tempfile
import threading
import time
import urllib.parse

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509 import ocsp
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

import harness


def _now():
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


def _write(path, data, mode=0o600):
    with open(path, "wb") as f:
        f.write(data)
    os.chmod(path, mode)


def _pem(cert):
    return cert.public_bytes(serialization.Encoding.PEM)


def _key_pem(key):
    return key.private_bytes(serialization.Encoding.PEM,
                             serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _name(cn):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def index_serial(serial):
    """A serial as openssl's index.txt must spell it: the upper-case hex of
    its bytes (BN_bn2hex), so with a leading 0 when the number of digits is
    odd; `openssl ocsp` answers "unknown" for any other spelling (one
    serial in 16 otherwise).  @serial: an int or a hex string."""
    text = format(serial, "X") if isinstance(serial, int) else serial.upper()
    return text.zfill(len(text) + len(text) % 2)


class OcspCA:
    """A CA with an OCSP responder URL; files under `directory`."""

    def __init__(self, directory, ocsp_url, cn="mdshm OCSP test CA"):
        self.dir = str(directory)
        os.makedirs(self.dir, exist_ok=True)
        self.ocsp_url = ocsp_url
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.cert = self._ca(cn, self.key)
        self.ca_file = os.path.join(self.dir, "ocsp-ca.pem")
        _write(self.ca_file, _pem(self.cert), 0o644)
        _write(os.path.join(self.dir, "ca.key"), _key_pem(self.key))
        # the delegated responder
        self.signer_key = ec.generate_private_key(ec.SECP256R1())
        self.signer = self._sign(
            x509.CertificateBuilder()
            .subject_name(_name("mdshm OCSP responder"))
            .public_key(self.signer_key.public_key())
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.OCSP_SIGNING]),
                           critical=False), days=30)
        self.signer_file = os.path.join(self.dir, "ocsp-signer.pem")
        self.signer_key_file = os.path.join(self.dir, "ocsp-signer.key")
        _write(self.signer_file, _pem(self.signer))
        _write(self.signer_key_file, _key_pem(self.signer_key))
        # a signer no one certified: a CA of its own
        self.rogue_key = ec.generate_private_key(ec.SECP256R1())
        rogue = self._ca("rogue CA", self.rogue_key)
        self.rogue_file = os.path.join(self.dir, "rogue.pem")
        self.rogue_key_file = os.path.join(self.dir, "rogue.key")
        _write(self.rogue_file, _pem(rogue))
        _write(self.rogue_key_file, _key_pem(self.rogue_key))
        self.index = os.path.join(self.dir, "index.txt")
        self._index = {}
        self._write_index()
        self.leaves = {}

    def _ca(self, cn, key):
        return (x509.CertificateBuilder()
                .subject_name(_name(cn)).issuer_name(_name(cn))
                .public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(_now() - datetime.timedelta(hours=1))
                .not_valid_after(_now() + datetime.timedelta(days=60))
                .add_extension(x509.BasicConstraints(ca=True, path_length=0),
                               critical=True)
                .sign(key, hashes.SHA256()))

    def _sign(self, builder, days):
        return (builder.issuer_name(self.cert.subject)
                .serial_number(x509.random_serial_number())
                .not_valid_before(_now() - datetime.timedelta(hours=1))
                .not_valid_after(_now() + datetime.timedelta(days=days))
                .sign(self.key, hashes.SHA256()))

    def issue(self, name, days=20, in_index=True, ocsp_url=None,
              crl_urls=()):
        """A leaf for DNS name `name` with the responder in its AIA (and
        `crl_urls` as CRL distribution points, one each, in order).
        Returns (chain_file (leaf + CA), key_file, cert)."""
        key = ec.generate_private_key(ec.SECP256R1())
        url = ocsp_url if ocsp_url is not None else self.ocsp_url
        b = (x509.CertificateBuilder()
             .subject_name(_name(name))
             .public_key(key.public_key())
             .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]),
                            critical=False))
        if url:
            b = b.add_extension(x509.AuthorityInformationAccess([
                x509.AccessDescription(x509.oid.AuthorityInformationAccessOID.OCSP,
                                       x509.UniformResourceIdentifier(url))]),
                critical=False)
        if crl_urls:
            b = b.add_extension(x509.CRLDistributionPoints([
                x509.DistributionPoint([x509.UniformResourceIdentifier(u)],
                                       None, None, None)
                for u in crl_urls]), critical=False)
        cert = self._sign(b, days)
        chain = os.path.join(self.dir, f"{name}.pem")
        key_file = os.path.join(self.dir, f"{name}.key")
        _write(chain, _pem(cert) + _pem(self.cert), 0o644)
        _write(key_file, _key_pem(key))
        self.leaves[name] = cert
        if in_index:
            self._index[cert.serial_number] = ("V", cert, "")
            self._write_index()
        return chain, key_file, cert

    def revoke(self, name):
        cert = self.leaves[name]
        when = _now().strftime("%y%m%d%H%M%SZ")
        self._index[cert.serial_number] = ("R", cert, when)
        self._write_index()

    def _write_index(self):
        lines = []
        for serial, (st, cert, rev) in self._index.items():
            exp = cert.not_valid_after.strftime("%y%m%d%H%M%SZ")
            lines.append(f"{st}\t{exp}\t{rev}\t{index_serial(serial)}\tunknown\t/CN={name_of(cert)}\n")
        with open(self.index, "w") as f:
            f.write("".join(lines))
        with open(self.index + ".attr", "w") as f:
            f.write("unique_subject = no\n")

    def build_response(self, cert, this_update, next_update):
        """A response for `cert` with chosen times (cryptography)."""
        b = ocsp.OCSPResponseBuilder().add_response(
            cert=cert, issuer=self.cert, algorithm=hashes.SHA1(),
            cert_status=ocsp.OCSPCertStatus.GOOD, this_update=this_update,
            next_update=next_update, revocation_time=None,
            revocation_reason=None).responder_id(
                ocsp.OCSPResponderEncoding.HASH, self.cert)
        return b.sign(self.key, hashes.SHA256()).public_bytes(
            serialization.Encoding.DER)


def name_of(cert):
    return cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value


class OcspResponder:
    """The loopback responder for an OcspCA (see the module doc)."""

    def __init__(self, workdir, port=None):
        self.workdir = str(workdir)
        self.port = port or harness.free_port()
        self.url = f"http://127.0.0.1:{self.port}/ocsp"
        self.ca = None          # set by the caller once the CA exists
        self.mode = "ok"
        self.nmin = 60 * 24     # validity of openssl's responses (minutes)
        self.short_s = 6
        self.slow_s = 5
        self.other = None       # the cert "other_cert" answers for
        self.requests = []      # (method, mode) per request
        self._server = None
        self._thread = None
        self._lock = threading.Lock()

    # -- server --------------------------------------------------------
    def start(self):
        responder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, fmt, *args):
                pass

            def do_POST(self):
                n = int(self.headers.get("Content-Length") or 0)
                self._answer("POST", self.rfile.read(min(n, 65536)))

            def do_GET(self):
                tail = self.path.split("/ocsp/", 1)[-1]
                try:
                    req = base64.b64decode(urllib.parse.unquote(tail))
                except ValueError:
                    req = b""
                self._answer("GET", req)

            def _answer(self, method, req):
                try:
                    body = responder.respond(method, req)
                except Exception as e:  # noqa: BLE001 -- a test server
                    self.send_error(500, str(e))
                    return
                if body is None:
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/ocsp-response")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        class Server(http.server.ThreadingHTTPServer):
            allow_reuse_address = True
            daemon_threads = True

        self._server = Server(("127.0.0.1", self.port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        daemon=True)
        self._thread.start()
        harness.register(self)
        return self

    def stop(self):
        harness.unregister(self)
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(10)
            self._server = None

    def down(self):
        """Close the port (connections are refused) until up()."""
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(10)
            self._server = None

    def up(self):
        if not self._server:
            self.start()

    def report_sections(self):
        return [("ocsp responder requests", repr(self.requests[-50:]))]

    def count(self):
        with self._lock:
            return len(self.requests)

    # -- responses -----------------------------------------------------
    def _openssl(self, req, signer, key, extra=()):
        with tempfile.TemporaryDirectory(dir=self.workdir) as d:
            reqf, respf = os.path.join(d, "req.der"), os.path.join(d, "resp.der")
            with open(reqf, "wb") as f:
                f.write(req)
            cmd = ["openssl", "ocsp", "-index", self.ca.index, "-CA", self.ca.ca_file,
                   "-rsigner", signer, "-rkey", key, "-reqin", reqf,
                   "-respout", respf, "-nmin", str(self.nmin)] + list(extra)
            subprocess.run(cmd, check=True, capture_output=True, timeout=30)
            with open(respf, "rb") as f:
                return f.read()

    def _request_for(self, cert):
        with tempfile.TemporaryDirectory(dir=self.workdir) as d:
            cf, reqf = os.path.join(d, "c.pem"), os.path.join(d, "r.der")
            _write(cf, _pem(cert))
            subprocess.run(["openssl", "ocsp", "-issuer", self.ca.ca_file,
                            "-cert", cf, "-reqout", reqf, "-no_nonce"],
                           check=True, capture_output=True, timeout=30)
            with open(reqf, "rb") as f:
                return f.read()

    def _cert_of(self, req):
        """The leaf a request asks about (by serial)."""
        serial = ocsp.load_der_ocsp_request(req).serial_number
        for c in self.ca.leaves.values():
            if c.serial_number == serial:
                return c
        return None

    def respond(self, method, req):
        mode = self.mode
        with self._lock:
            self.requests.append((method, mode))
        ca = self.ca
        if mode == "ok":
            return self._openssl(req, ca.signer_file, ca.signer_key_file)
        if mode == "issuer_signed":
            return self._openssl(req, ca.ca_file, os.path.join(ca.dir, "ca.key"))
        if mode == "trylater":
            return bytes([0x30, 0x03, 0x0A, 0x01, 0x03])
        if mode == "wrong_signer":
            return self._openssl(req, ca.rogue_file, ca.rogue_key_file)
        if mode == "other_cert":
            return self._openssl(self._request_for(self.other), ca.signer_file,
                                 ca.signer_key_file)
        if mode == "garbage":
            return os.urandom(700)
        if mode == "oversized":
            return b"\x30\x82" + os.urandom(100 * 1024)
        if mode == "slow":
            time.sleep(self.slow_s)
            return self._openssl(req, ca.signer_file, ca.signer_key_file)
        now = _now()
        cert = self._cert_of(req)
        if mode == "expired":
            return ca.build_response(cert, now - datetime.timedelta(hours=2),
                                     now - datetime.timedelta(hours=1))
        if mode == "short":
            return ca.build_response(cert, now - datetime.timedelta(seconds=1),
                                     now + datetime.timedelta(seconds=self.short_s))
        raise ValueError(f"unknown mode {mode}")


def port_closed(port):
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0
