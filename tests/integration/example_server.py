"""example_server.py -- the example prefork HTTPS server
(build/adapters/custom/mdshm-example-server) as a test fixture.

ExampleServer(build, workdir, conf=..., store=..., workers=4, drive=...,
http_port=..., https_port=0, status=True, extra=[]) runs it as a
harness.ManagedProcess and waits for its "READY pid=.. https=.. http=.."
line.  Helpers:
  handshake(name)       -> Handshake (serial, issuer, subject, of the served
                           leaf; the TLS version) on a new connection
  get(name, path)       -> (status, headers dict, body bytes)
  hold(n, name=None)    -> n open connections, each accepted by a different
                           worker (a worker serves one connection at a time,
                           so a held one keeps it busy): every worker is
                           reached deterministically, not by luck
  worker_pids()         -> the live children of the parent (the workers,
                           and the drive process with drive="process")
  stop()                -> SIGTERM; the return code; no worker left behind
"""

import os
import re
import socket
import ssl
import time

from cryptography import x509
from cryptography.x509.oid import NameOID

import harness

SERVER = "adapters/custom/mdshm-example-server"


class Handshake:
    def __init__(self, der, version):
        cert = x509.load_der_x509_certificate(der)
        self.serial = cert.serial_number  # int: hex spellings differ
        self.issuer = cert.issuer.rfc4514_string()
        cns = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        self.subject_cn = cns[0].value if cns else ""
        self.is_fallback = "mdshm fallback" in self.subject_cn
        self.key_type = type(cert.public_key()).__name__
        self.version = version


def _client_ctx():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # we inspect what is served instead
    return ctx


class Held:
    """One TLS connection that finished its handshake and sent nothing yet:
    the worker that accepted it waits for its request."""

    def __init__(self, sock, hs):
        self.sock = sock
        self.handshake = hs

    def request(self, path="/", host="localhost", headers=None):
        extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
        self.sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n{extra}"
                          "Connection: close\r\n\r\n".encode())
        data = b""
        while True:
            chunk = self.sock.recv(65536)
            if not chunk:
                break
            data += chunk
        self.close()
        return _parse_response(data)

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def _parse_response(data):
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    if headers.get("transfer-encoding") == "chunked":
        body = _dechunk(body)
    return status, headers, body


def _dechunk(data):
    """The body of a chunked response; AssertionError if it is cut short
    (no final 0-size chunk)."""
    out = b""
    while True:
        size, _, rest = data.partition(b"\r\n")
        n = int(size, 16)
        if n == 0:
            return out
        assert len(rest) >= n + 2, "chunked body cut short"
        out += rest[:n]
        data = rest[n + 2:]


class ExampleServer:
    def __init__(self, build, workdir, conf=None, store=None, workers=4,
                 drive="workers", http_port=None, https_port=0, status=True,
                 extra=(), name="example-server"):
        self.binary = os.path.join(str(build), SERVER)
        self.workers = workers
        # children of the parent: the workers, and the drive process if any
        self.children = workers + (1 if drive == "process" else 0)
        # 0: a port from free_port(), never one promised to another server
        # of the test that has not bound it yet (pebble's http-01 port)
        if https_port == 0:
            https_port = harness.free_port()
        if http_port == 0:
            http_port = harness.free_port()
        argv = [self.binary, "--listen", f"127.0.0.1:{https_port}",
                "--workers", str(workers), "--drive", drive, "-v"]
        if conf:
            argv += ["--conf", str(conf)]
        if store:
            argv += ["--store", str(store)]
        if http_port is not None:
            argv += ["--http-listen", f"127.0.0.1:{http_port}"]
        if status:
            argv.append("--status")
        argv += list(extra)
        self.name = name
        self.log_path = os.path.join(str(workdir), f"{name}.log")
        self.process = harness.ManagedProcess(name, argv, self.log_path)
        self.https_port = self.http_port = None
        self.pid = None

    def start(self, timeout=30):
        self.process.start()
        harness.register(self)

        def ready():
            if not self.process.running():
                raise harness.Fatal(
                    f"{self.name} exited:\n{self.process.log_text()[-3000:]}")
            m = re.search(r"^READY pid=(\d+) https=(\d+) http=(\d+)$",
                          self.process.log_text(), re.M)
            return m
        m = harness.wait_until(ready, timeout, f"{self.name} READY")
        self.pid = int(m.group(1))
        self.https_port = int(m.group(2))
        self.http_port = int(m.group(3))
        harness.wait_until(lambda: len(self.worker_pids()) == self.children,
                           timeout, f"{self.children} children")
        return self

    # -- clients ---------------------------------------------------------

    def _connect(self, name, alpn=None, timeout=10):
        ctx = _client_ctx()
        if alpn:
            ctx.set_alpn_protocols(alpn)
        raw = socket.create_connection(("127.0.0.1", self.https_port),
                                       timeout=timeout)
        try:
            s = ctx.wrap_socket(raw, server_hostname=name)
        except Exception:
            raw.close()
            raise
        hs = Handshake(s.getpeercert(binary_form=True), s.version())
        return s, hs

    def handshake(self, name):
        s, hs = self._connect(name)
        s.close()
        return hs

    def get(self, name, path="/", headers=None):
        s, hs = self._connect(name)
        status, headers, body = Held(s, hs).request(path, name, headers)
        return status, headers, body

    def hold(self, n, name="localhost"):
        held = []
        try:
            for _ in range(n):
                s, hs = self._connect(name)
                held.append(Held(s, hs))
        except Exception:
            for h in held:
                h.close()
            raise
        return held


    # -- processes -------------------------------------------------------

    def worker_pids(self):
        """Live children of the server (workers and a drive process)."""
        pids = []
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            try:
                with open(f"/proc/{d}/stat", "rb") as f:
                    st = f.read()
            except OSError:
                continue
            rest = st[st.rfind(b")") + 2:].split()
            if int(rest[1]) == self.pid and rest[0] not in (b"Z", b"X"):
                pids.append(int(d))
        return sorted(pids)

    def log_text(self):
        return self.process.log_text()

    def report_sections(self):
        return [(f"{self.name} log ({self.log_path})", harness.tail(self.log_path))]

    def stop(self):
        harness.unregister(self)
        workers = self.worker_pids() if self.pid else []
        rc = self.process.stop()
        # every worker went with the parent
        deadline = time.monotonic() + 10
        while any(harness.pid_alive(p) for p in workers):
            assert time.monotonic() < deadline, f"workers left: {workers}"
            time.sleep(0.05)
        return rc
