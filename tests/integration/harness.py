"""harness.py -- processes and servers for mdshm's ACME integration tests.

Everything listens on 127.0.0.1 only, on ports chosen free at run time, and
every start waits for readiness by polling with a deadline (no sleeping and
hoping).  conftest.py wraps these classes in fixtures; they can also be used
directly, e.g. in a module-scoped fixture of a test file.

    PKI            a test CA and TLS leaves (pebble's and the proxy's HTTPS)
    ChallTestSrv   pebble-challtestsrv: mock DNS + management API
    Pebble         the pebble ACME server with a generated config
    Http01Responder  a tiny http-01 server (tokens from a dict or a webroot)
    dns_query()    a stdlib DNS client (UDP) for TXT / A / AAAA
    ari_cert_id()  the ARI (RFC 9773) certificate identifier of a PEM cert

Deadlines: MDSHM_TEST_STARTUP_TIMEOUT (seconds, default 30) bounds each
server start; it is generous because CI machines have 2 cores under load.
"""

import base64
import datetime
import http.client
import http.server
import ipaddress
import json
import os
import random
import secrets
import shlex
import shutil
import signal
import socket
import ssl
import struct
import subprocess
import threading
import time
import urllib.parse

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

STARTUP_TIMEOUT = float(os.environ.get("MDSHM_TEST_STARTUP_TIMEOUT", "30"))
PEBBLE = shutil.which("pebble") or "/usr/bin/pebble"
CHALLTESTSRV = shutil.which("pebble-challtestsrv") or "/usr/bin/pebble-challtestsrv"
SETPRIV = shutil.which("setpriv")
LOG_TAIL_LINES = 150


def have_pebble():
    return os.access(PEBBLE, os.X_OK) and os.access(CHALLTESTSRV, os.X_OK)


# ---------------------------------------------------------------------------
# live objects, for the failure report (conftest's makereport hook)

_live = []
_live_lock = threading.Lock()


def register(obj):
    with _live_lock:
        if obj not in _live:
            _live.append(obj)


def unregister(obj):
    with _live_lock:
        if obj in _live:
            _live.remove(obj)


def live_objects():
    """Started and not yet stopped objects that have report_sections()."""
    with _live_lock:
        return list(_live)


def tail(path, lines=LOG_TAIL_LINES):
    try:
        with open(path, "r", errors="replace") as f:
            text = f.read().splitlines()
    except OSError as e:
        return f"(cannot read {path}: {e})"
    cut = ""
    if len(text) > lines:
        cut = f"... ({len(text) - lines} earlier lines in {path})\n"
    return cut + "\n".join(text[-lines:])


# ---------------------------------------------------------------------------
# small utilities

_handed_ports = set()
_port_lock = threading.Lock()


def _ephemeral_range():
    """The kernel's range for ports it picks itself (connect() without
    bind, bind to port 0)."""
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
            lo, hi = (int(x) for x in f.read().split())
        return lo, hi
    except (OSError, ValueError):
        return 32768, 60999


# free_port() picks below the ephemeral range, so that between the pick and
# the server's own bind no outgoing connection (the drive's to pebble,
# pebble's validations) and no bind to port 0 can take the port: a port
# from that range once lost a race to an outgoing connection's local port.
_PICK_LO = 10000


def _bindable(port, udp):
    kinds = [socket.SOCK_STREAM] + ([socket.SOCK_DGRAM] if udp else [])
    for kind in kinds:
        with socket.socket(socket.AF_INET, kind) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                return False
    return True


def free_port(udp=False):
    """A port on 127.0.0.1 that is free now (TCP, and UDP too if udp=True).

    The port is not held: hand it to the server right away.  It lies below
    the kernel's ephemeral range (the kernel never hands it out on its
    own), and it is never handed out twice by one process, so two servers
    of a test never collide with each other."""
    eph_lo, _ = _ephemeral_range()
    hi = eph_lo - 1
    if hi - _PICK_LO < 1000:  # an unusual range: take what the kernel gives
        candidates = [0] * 200
    else:
        candidates = [random.randint(_PICK_LO, hi) for _ in range(200)]
    for port in candidates:
        if port == 0:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
        if not _bindable(port, udp):
            continue
        with _port_lock:
            if port in _handed_ports:
                continue
            _handed_ports.add(port)
        return port
    raise RuntimeError("no free port found on 127.0.0.1")


def claim_port(port):
    """For a server that bound port 0 itself: True if @port was not handed
    out by free_port() (and is now taken), False if it was -- that port is
    promised to a server that has not bound it yet (pebble's http-01 port,
    say): close and bind again, or the two collide."""
    with _port_lock:
        if port in _handed_ports:
            return False
        _handed_ports.add(port)
        return True


class Fatal(Exception):
    """Raised by a wait_until predicate: stop waiting, this will not get
    better."""


def wait_until(predicate, timeout, what, interval=0.05):
    """Poll predicate() until it returns a true value (returned) or raise
    TimeoutError after timeout seconds.  Exceptions from predicate count as
    'not yet' (the last one is named in the error), except Fatal ones,
    which propagate at once."""
    deadline = time.monotonic() + timeout
    last = None
    delay = interval
    while True:
        try:
            value = predicate()
            if value:
                return value
        except Fatal:
            raise
        except Exception as e:  # noqa: BLE001 -- "not yet"
            last = e
        if time.monotonic() >= deadline:
            raise TimeoutError(
                f"{what}: not ready after {timeout:.0f}s"
                + (f" (last error: {last!r})" if last else ""))
        time.sleep(delay)
        delay = min(delay * 1.5, 0.5)


def client_context(ca_file):
    ctx = ssl.create_default_context(cafile=str(ca_file))
    return ctx


def https_request(url, method="GET", body=None, headers=None, ca_file=None,
                  context=None, timeout=10.0):
    """One HTTP(S) request; returns (status, headers (an HTTPMessage), body
    bytes).  Raises on transport errors (including truncated bodies)."""
    u = urllib.parse.urlsplit(url)
    if u.scheme == "https":
        if context is None:
            context = client_context(ca_file) if ca_file else ssl.create_default_context()
        conn = http.client.HTTPSConnection(u.hostname, u.port or 443,
                                           context=context, timeout=timeout)
    else:
        conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=timeout)
    path = u.path or "/"
    if u.query:
        path += "?" + u.query
    if isinstance(body, (dict, list)):
        body = json.dumps(body).encode()
        headers = dict(headers or {})
        headers.setdefault("Content-Type", "application/json")
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, resp.headers, data
    finally:
        conn.close()


def tree_cpu(pid):
    """CPU seconds (user + system, every thread) used so far by process
    @pid and its live descendants (a server: its parent and workers)."""
    tck = os.sysconf("SC_CLK_TCK")
    kids, cpu = {}, {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as f:
                r = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        kids.setdefault(int(r[1]), []).append(int(d))
        cpu[int(d)] = (int(r[11]) + int(r[12])) / tck
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += cpu.get(p, 0.0)
        todo.extend(kids.get(p, []))
    return total


def assert_idle(pids, window=2.0, share=0.25):
    """Each process tree of @pids ({name: pid}) uses less than @share of
    one CPU over @window seconds: nothing polls in a loop while there is
    no work (a spinning thread uses 0.65 and more; an idle server, with
    its one-second polls, about 0.01)."""
    before = {n: tree_cpu(p) for n, p in pids.items()}
    t0 = time.monotonic()
    time.sleep(window)
    took = time.monotonic() - t0
    used = {n: tree_cpu(p) - before[n] for n, p in pids.items()}
    busy = {n: u for n, u in used.items() if u > share * took}
    assert not busy, (f"busy while idle over {took:.1f} s (CPU s): "
                      f"{busy}; all: {used}")
    return used


def pid_alive(pid, name_hint=None):
    """Is pid a live (not zombie) process, whose command line contains
    name_hint if given?"""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return False
    state = stat[stat.rfind(b")") + 2:][:1]
    if state in (b"Z", b"X"):
        return False
    if name_hint:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                return name_hint.encode() in f.read()
        except OSError:
            return False
    return True


def port_open(port, host="127.0.0.1", timeout=1.0):
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


# ---------------------------------------------------------------------------
# processes

class ManagedProcess:
    """A child process with its output in a log file; stop() terminates,
    waits, kills if needed and waits again.  With setpriv available the
    child also gets SIGTERM if the test process dies (no orphans after a
    timeout kill)."""

    def __init__(self, name, argv, log_path, env=None, cwd=None):
        self.name = name
        self.argv = [str(a) for a in argv]
        self.log_path = str(log_path)
        self.env = env
        self.cwd = cwd
        self.proc = None
        self._log = None

    @property
    def pid(self):
        return self.proc.pid if self.proc else None

    def start(self):
        argv = self.argv
        if SETPRIV:
            argv = [SETPRIV, "--pdeathsig", "TERM", "--"] + argv
        if os.path.exists(self.log_path):  # an earlier attempt's
            os.replace(self.log_path, self.log_path + ".old")
        self._log = open(self.log_path, "wb")
        self._log.write(f"# {shlex.join(self.argv)}\n".encode())
        self._log.flush()
        self.proc = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=self._log,
            stderr=subprocess.STDOUT, env=self.env, cwd=self.cwd,
            start_new_session=True)
        return self

    def running(self):
        return self.proc is not None and self.proc.poll() is None

    def log_text(self):
        try:
            with open(self.log_path, "r", errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def stop(self, timeout=10.0):
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            try:
                self.proc.send_signal(signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=timeout)
        if self._log:
            self._log.close()
            self._log = None
        return self.proc.returncode


class PortTaken(Fatal):
    pass


class ProcessExited(Fatal):
    pass


def _port_taken(process):
    return "address already in use" in process.log_text()


def _check_process(process):
    """For readiness polls: fail fast if the process exited or could not
    bind (challtestsrv keeps running after a failed bind)."""
    if _port_taken(process):
        raise PortTaken("a port was taken by someone else meanwhile")
    if not process.running():
        raise ProcessExited(f"exited with status {process.proc.returncode}")


# ---------------------------------------------------------------------------
# PKI

def _now():
    return datetime.datetime.now(datetime.timezone.utc)


def _write_key(path, key):
    with open(path, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM,
                                  serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    os.chmod(path, 0o600)


def _write_cert(path, cert):
    with open(path, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))


class PKI:
    """A throw-away CA and TLS server leaves signed by it (EC P-256).

    Attributes (paths, str): dir, ca_file (trust this), ca_key_file,
    cert_file + key_file (leaf for 127.0.0.1, ::1 and localhost).
    issue(name, dns=..., ips=...) makes another leaf: (cert_path, key_path).
    """

    def __init__(self, directory):
        self.dir = str(directory)
        os.makedirs(self.dir, exist_ok=True)
        self.ca_file = os.path.join(self.dir, "ca.pem")
        self.ca_key_file = os.path.join(self.dir, "ca.key")
        self._ca_key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mdshm test CA"),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, "mdshm tests")])
        ski = x509.SubjectKeyIdentifier.from_public_key(self._ca_key.public_key())
        self._ca_cert = (
            x509.CertificateBuilder()
            .subject_name(name).issuer_name(name)
            .public_key(self._ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(_now() - datetime.timedelta(hours=1))
            .not_valid_after(_now() + datetime.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=False,
                key_encipherment=False, data_encipherment=False,
                key_agreement=False, key_cert_sign=True, crl_sign=True,
                encipher_only=False, decipher_only=False), critical=True)
            .add_extension(ski, critical=False)
            .sign(self._ca_key, hashes.SHA256()))
        _write_key(self.ca_key_file, self._ca_key)
        _write_cert(self.ca_file, self._ca_cert)
        self.cert_file, self.key_file = self.issue(
            "localhost", dns=["localhost"], ips=["127.0.0.1", "::1"])

    def issue(self, name, dns=(), ips=(), days=30):
        key = ec.generate_private_key(ec.SECP256R1())
        san = [x509.DNSName(d) for d in dns]
        san += [x509.IPAddress(ipaddress.ip_address(i)) for i in ips]
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
            .issuer_name(self._ca_cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(_now() - datetime.timedelta(hours=1))
            .not_valid_after(_now() + datetime.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=False,
                key_encipherment=False, data_encipherment=False,
                key_agreement=False, key_cert_sign=False, crl_sign=False,
                encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                self._ca_key.public_key()), critical=False))
        if san:
            builder = builder.add_extension(x509.SubjectAlternativeName(san), critical=False)
        cert = builder.sign(self._ca_key, hashes.SHA256())
        safe = "".join(c if c.isalnum() or c in "-." else "_" for c in name)
        cert_path = os.path.join(self.dir, f"{safe}.pem")
        key_path = os.path.join(self.dir, f"{safe}.key")
        _write_key(key_path, key)
        _write_cert(cert_path, cert)
        return cert_path, key_path

    def server_context(self, cert_file=None, key_file=None):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert_file or self.cert_file, key_file or self.key_file)
        return ctx

    def client_context(self):
        return client_context(self.ca_file)


# ---------------------------------------------------------------------------
# DNS (stdlib client)

DNS_TYPES = {"A": 1, "CNAME": 5, "TXT": 16, "AAAA": 28, "CAA": 257}


def _dns_name(data, off):
    labels = []
    jumped = False
    end = None
    for _ in range(128):
        n = data[off]
        if n & 0xC0 == 0xC0:
            ptr = ((n & 0x3F) << 8) | data[off + 1]
            if not jumped:
                end = off + 2
            jumped = True
            off = ptr
            continue
        if n == 0:
            off += 1
            break
        labels.append(data[off + 1:off + 1 + n].decode("ascii", "replace"))
        off += 1 + n
    return ".".join(labels) + ".", (end if jumped else off)


def dns_query(port, name, qtype="TXT", server="127.0.0.1", timeout=5.0):
    """Ask the DNS server at server:port (UDP) for name/qtype.

    Returns (rcode, answers): answers is a list of values of the asked type
    (TXT: the strings of each record joined; A/AAAA: the address text;
    other types: the raw rdata bytes).  Resends until timeout."""
    t = DNS_TYPES[qtype] if isinstance(qtype, str) else qtype
    qid = random.randrange(0, 0x10000)
    qname = b""
    for label in name.rstrip(".").split("."):
        qname += bytes([len(label)]) + label.encode("ascii")
    packet = struct.pack("!HHHHHH", qid, 0x0100, 1, 0, 0, 0) + qname + b"\0" \
        + struct.pack("!HH", t, 1)
    deadline = time.monotonic() + timeout
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"DNS {qtype} {name} @{server}:{port}: no answer")
            s.sendto(packet, (server, port))
            s.settimeout(min(1.0, left))
            try:
                data, _ = s.recvfrom(65535)
            except socket.timeout:
                continue
            rid, flags, qd, an, _ns, _ar = struct.unpack("!HHHHHH", data[:12])
            if rid != qid or not flags & 0x8000:
                continue
            break
    off = 12
    for _ in range(qd):
        _, off = _dns_name(data, off)
        off += 4
    answers = []
    for _ in range(an):
        _, off = _dns_name(data, off)
        rtype, _cls, _ttl, rdlen = struct.unpack("!HHIH", data[off:off + 10])
        off += 10
        rdata = data[off:off + rdlen]
        off += rdlen
        if rtype != t:
            continue
        if rtype == 16:
            parts, i = [], 0
            while i < len(rdata):
                n = rdata[i]
                parts.append(rdata[i + 1:i + 1 + n].decode("utf-8", "replace"))
                i += 1 + n
            answers.append("".join(parts))
        elif rtype == 1:
            answers.append(socket.inet_ntop(socket.AF_INET, rdata))
        elif rtype == 28:
            answers.append(socket.inet_ntop(socket.AF_INET6, rdata))
        else:
            answers.append(rdata)
    return flags & 0xF, answers


# ---------------------------------------------------------------------------
# pebble-challtestsrv

def _fqdn(host):
    return host if host.endswith(".") else host + "."


class ChallTestSrv:
    """pebble-challtestsrv with only its mock DNS and management API.

    Attributes: dns_port, mgmt_port, mgmt_url, default_ipv4, log_path, pid.
    Methods: set_txt(host, value), clear_txt(host), add_a(host, ip | [ips]),
    clear_a(host), add_aaaa(host, ip | [ips]), clear_aaaa(host),
    set_default_ipv4(ip), query(name, qtype) -> [answers], stop().
    Every name resolves to default_ipv4 (127.0.0.1) unless add_a says
    otherwise; AAAA queries get no answer (no default IPv6), so validation
    connects to 127.0.0.1."""

    def __init__(self, workdir, default_ipv4="127.0.0.1"):
        self.workdir = str(workdir)
        os.makedirs(self.workdir, exist_ok=True)
        self.default_ipv4 = default_ipv4
        self.log_path = os.path.join(self.workdir, "challtestsrv.log")
        self.process = None
        self.dns_port = self.mgmt_port = None

    @property
    def mgmt_url(self):
        return f"http://127.0.0.1:{self.mgmt_port}"

    @property
    def pid(self):
        return self.process.pid if self.process else None

    def start(self, timeout=STARTUP_TIMEOUT):
        last = None
        for _attempt in range(3):  # new ports if one was taken meanwhile
            self.dns_port = free_port(udp=True)
            self.mgmt_port = free_port()
            self.process = ManagedProcess("challtestsrv", [
                CHALLTESTSRV, "-http01", "", "-https01", "", "-tlsalpn01", "",
                "-dns01", f"127.0.0.1:{self.dns_port}",
                "-management", f"127.0.0.1:{self.mgmt_port}",
                "-defaultIPv4", self.default_ipv4, "-defaultIPv6", ""],
                self.log_path).start()
            register(self)
            try:
                wait_until(self._ready, timeout, "pebble-challtestsrv")
                return self
            except Exception as e:  # noqa: BLE001
                last = e
                self.stop()
                if not _port_taken(self.process):
                    break
        raise RuntimeError(f"pebble-challtestsrv did not start: {last}\n"
                           f"--- {self.log_path} ---\n{tail(self.log_path)}")

    def _ready(self):
        _check_process(self.process)
        status, _, _ = https_request(self.mgmt_url + "/", timeout=2)
        if status not in (200, 404, 405):
            return False
        _, answers = dns_query(self.dns_port, "ready.mdshm.test", "A", timeout=1.0)
        return bool(answers)

    def _post(self, path, obj):
        status, _, body = https_request(self.mgmt_url + path, "POST", body=obj)
        if status != 200:
            raise RuntimeError(f"challtestsrv {path}: HTTP {status}: {body!r}")

    def set_txt(self, host, value):
        self._post("/set-txt", {"host": _fqdn(host), "value": value})

    def clear_txt(self, host):
        self._post("/clear-txt", {"host": _fqdn(host)})

    def add_a(self, host, ip):
        ips = [ip] if isinstance(ip, str) else list(ip)
        self._post("/add-a", {"host": _fqdn(host), "addresses": ips})

    def clear_a(self, host):
        self._post("/clear-a", {"host": _fqdn(host)})

    def add_aaaa(self, host, ip):
        ips = [ip] if isinstance(ip, str) else list(ip)
        self._post("/add-aaaa", {"host": _fqdn(host), "addresses": ips})

    def clear_aaaa(self, host):
        self._post("/clear-aaaa", {"host": _fqdn(host)})

    def set_default_ipv4(self, ip):
        self._post("/set-default-ipv4", {"ip": ip})
        self.default_ipv4 = ip

    def query(self, name, qtype="TXT"):
        return dns_query(self.dns_port, name, qtype)[1]

    def report_sections(self):
        return [(f"challtestsrv log ({self.log_path})", tail(self.log_path))]

    def stop(self):
        unregister(self)
        if self.process:
            self.process.stop()


# ---------------------------------------------------------------------------
# pebble

class Pebble:
    """The pebble ACME server (Debian's 2.4.0) with a generated config.

    Options: dns_port (challtestsrv's; None: the system resolver),
    eab (True: externalAccountBindingRequired with one generated kid/HMAC
    pair), nonce_reject (percent of good nonces rejected, default 0),
    always_valid (PEBBLE_VA_ALWAYS_VALID), authz_reuse (percent, default 0
    so every order gets fresh authorizations), chain_length,
    alternate_roots, validity_period (seconds of issued certificates;
    pebble's default is 5 years), domain_blocklist (names pebble refuses),
    env (extra environment), strict (-strict), ocsp_url (the OCSP URL
    pebble puts in the certificates it issues; default none).

    Attributes: directory_url, base_url, ca_file (trust pebble's HTTPS),
    listen_port, mgmt_port, mgmt_url, http_port (pebble validates http-01
    on this port: serve on 127.0.0.1:http_port), tls_port (tls-alpn-01),
    eab_kid, eab_hmac (base64url, as pebble and ACME clients want it),
    eab_keys (dict kid -> hmac), config_path, log_path, pid.
    Methods: directory(), roots(), intermediates(), root_pem(),
    write_roots(path), cert_status(serial_hex), stop()."""

    def __init__(self, workdir, pki, dns_port=None, eab=False, nonce_reject=0,
                 always_valid=False, authz_reuse=0, chain_length=None,
                 alternate_roots=None, validity_period=None, domain_blocklist=None,
                 env=None, strict=False, ocsp_url=""):
        self.workdir = str(workdir)
        os.makedirs(self.workdir, exist_ok=True)
        self.pki = pki
        self.ca_file = pki.ca_file
        self.dns_port = dns_port
        self.eab = bool(eab)
        self.nonce_reject = int(nonce_reject)
        self.always_valid = bool(always_valid)
        self.authz_reuse = int(authz_reuse)
        self.chain_length = chain_length
        self.alternate_roots = alternate_roots
        self.validity_period = validity_period
        self.domain_blocklist = list(domain_blocklist or [])
        self.extra_env = dict(env or {})
        self.strict = strict
        self.ocsp_url = ocsp_url  # ocspResponderURL: AIA of issued certs
        self.eab_keys = {}
        self.eab_kid = self.eab_hmac = None
        if self.eab:
            self.eab_kid = "kid-" + secrets.token_hex(4)
            self.eab_hmac = base64.urlsafe_b64encode(
                secrets.token_bytes(32)).rstrip(b"=").decode()
            self.eab_keys = {self.eab_kid: self.eab_hmac}
        self.config_path = os.path.join(self.workdir, "pebble-config.json")
        self.log_path = os.path.join(self.workdir, "pebble.log")
        self.process = None
        self.listen_port = self.mgmt_port = self.http_port = self.tls_port = None

    @property
    def base_url(self):
        return f"https://127.0.0.1:{self.listen_port}"

    @property
    def directory_url(self):
        return self.base_url + "/dir"

    @property
    def mgmt_url(self):
        return f"https://127.0.0.1:{self.mgmt_port}"

    @property
    def pid(self):
        return self.process.pid if self.process else None

    def _write_config(self):
        cfg = {"pebble": {
            "listenAddress": f"127.0.0.1:{self.listen_port}",
            "managementListenAddress": f"127.0.0.1:{self.mgmt_port}",
            "certificate": self.pki.cert_file,
            "privateKey": self.pki.key_file,
            "httpPort": self.http_port,
            "tlsPort": self.tls_port,
            "ocspResponderURL": self.ocsp_url,
            "externalAccountBindingRequired": self.eab,
        }}
        if self.eab_keys:
            cfg["pebble"]["externalAccountMACKeys"] = dict(self.eab_keys)
        if self.validity_period is not None:
            cfg["pebble"]["certificateValidityPeriod"] = int(self.validity_period)
        if self.domain_blocklist:
            cfg["pebble"]["domainBlocklist"] = self.domain_blocklist
        with open(self.config_path, "w") as f:
            json.dump(cfg, f, indent=2)

    def _env(self):
        env = dict(os.environ)
        for k in list(env):
            if k.startswith("PEBBLE_"):
                del env[k]
        env["PEBBLE_VA_NOSLEEP"] = "1"
        env["PEBBLE_WFE_NONCEREJECT"] = str(self.nonce_reject)
        env["PEBBLE_AUTHZREUSE"] = str(self.authz_reuse)
        if self.always_valid:
            env["PEBBLE_VA_ALWAYS_VALID"] = "1"
        if self.chain_length is not None:
            env["PEBBLE_CHAIN_LENGTH"] = str(self.chain_length)
        if self.alternate_roots is not None:
            env["PEBBLE_ALTERNATE_ROOTS"] = str(self.alternate_roots)
        env.update(self.extra_env)
        return env

    def start(self, timeout=STARTUP_TIMEOUT):
        last = None
        for _attempt in range(3):  # new ports if one was taken meanwhile
            self.listen_port = free_port()
            self.mgmt_port = free_port()
            self.http_port = free_port()
            self.tls_port = free_port()
            self._write_config()
            argv = [PEBBLE, "-config", self.config_path]
            if self.dns_port:
                argv += ["-dnsserver", f"127.0.0.1:{self.dns_port}"]
            if self.strict:
                argv.append("-strict")
            self.process = ManagedProcess("pebble", argv, self.log_path,
                                          env=self._env(), cwd=self.workdir).start()
            register(self)
            try:
                wait_until(self._ready, timeout, "pebble")
                return self
            except Exception as e:  # noqa: BLE001
                last = e
                self.stop()
                if not _port_taken(self.process):
                    break
        raise RuntimeError(f"pebble did not start: {last}\n"
                           f"--- {self.log_path} ---\n{tail(self.log_path)}")

    def _ready(self):
        _check_process(self.process)
        status, _, body = https_request(self.directory_url, ca_file=self.ca_file,
                                        timeout=3)
        if status != 200 or "newNonce" not in json.loads(body):
            return False
        status, _, _ = https_request(self.mgmt_url + "/roots/0", ca_file=self.ca_file,
                                     timeout=3)
        return status == 200

    def _mgmt_get(self, path):
        status, _, body = https_request(self.mgmt_url + path, ca_file=self.ca_file)
        return status, body

    def directory(self):
        status, _, body = https_request(self.directory_url, ca_file=self.ca_file)
        if status != 200:
            raise RuntimeError(f"pebble directory: HTTP {status}")
        return json.loads(body)

    def _pems(self, kind):
        out = []
        count = 1 + int(self.alternate_roots or 0)
        for i in range(count):
            status, body = self._mgmt_get(f"/{kind}/{i}")
            if status != 200:
                break
            out.append(body.decode())
        return out

    def roots(self):
        """PEM texts of pebble's issuing root(s) (regenerated per start)."""
        return self._pems("roots")

    def intermediates(self):
        """PEM texts of pebble's intermediate(s) (one per root)."""
        return self._pems("intermediates")

    def root_pem(self):
        return self.roots()[0]

    def write_roots(self, path=None):
        """Write all roots to one PEM file (to trust issued certs); returns
        its path."""
        path = path or os.path.join(self.workdir, "pebble-roots.pem")
        with open(path, "w") as f:
            f.write("".join(self.roots()))
        return str(path)

    def cert_status(self, serial_hex):
        status, body = self._mgmt_get(f"/cert-status-by-serial/{serial_hex}")
        if status != 200:
            raise RuntimeError(f"cert-status-by-serial/{serial_hex}: HTTP {status}")
        return json.loads(body)

    def report_sections(self):
        return [(f"pebble log ({self.log_path})", tail(self.log_path))]

    def stop(self):
        unregister(self)
        if self.process:
            self.process.stop()


# ---------------------------------------------------------------------------
# http-01 responder

class Http01Responder:
    """Serves http://127.0.0.1:port/.well-known/acme-challenge/TOKEN from
    set(token, key_authorization) or, with webroot=DIR, from files
    DIR/.well-known/acme-challenge/TOKEN.  Records requests in .requests
    as (time, path, status).  Anything else is 404."""

    PREFIX = "/.well-known/acme-challenge/"

    def __init__(self, port, webroot=None):
        self.port = port
        self.webroot = webroot
        self.tokens = {}
        self.requests = []
        self._lock = threading.Lock()
        self._server = None
        self._thread = None

    def set(self, token, key_authorization):
        with self._lock:
            self.tokens[token] = key_authorization

    def remove(self, token):
        with self._lock:
            self.tokens.pop(token, None)

    def clear(self):
        with self._lock:
            self.tokens.clear()

    def _lookup(self, token):
        with self._lock:
            if token in self.tokens:
                return self.tokens[token]
        if self.webroot and "/" not in token and token not in ("", ".", ".."):
            try:
                with open(os.path.join(self.webroot, ".well-known", "acme-challenge",
                                       token)) as f:
                    return f.read()
            except OSError:
                return None
        return None

    def start(self):
        responder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 30

            def do_GET(self):
                path = urllib.parse.urlsplit(self.path).path
                value = None
                if path.startswith(responder.PREFIX):
                    value = responder._lookup(path[len(responder.PREFIX):])
                status = 200 if value is not None else 404
                body = (value if value is not None else "not found\n").encode()
                with responder._lock:
                    responder.requests.append((time.time(), path, status))
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False

        self._server = Server(("127.0.0.1", self.port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name="http01", daemon=True)
        self._thread.start()
        register(self)
        return self

    def report_sections(self):
        with self._lock:
            lines = [f"{time.strftime('%H:%M:%S', time.localtime(t))} GET {p} -> {s}"
                     for t, p, s in self.requests]
        return [(f"http-01 responder on :{self.port}", "\n".join(lines) or "(no requests)")]

    def stop(self):
        unregister(self)
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(10)
            self._server = None


# ---------------------------------------------------------------------------
# certificates

def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(text):
    if isinstance(text, str):
        text = text.encode()
    return base64.urlsafe_b64decode(text + b"=" * (-len(text) % 4))


def load_pem_chain(pem):
    """The certificates of a PEM text (str or bytes), in order."""
    if isinstance(pem, str):
        pem = pem.encode()
    certs = []
    marker = b"-----END CERTIFICATE-----"
    for block in pem.split(marker)[:-1]:
        certs.append(x509.load_pem_x509_certificate(block.strip() + b"\n" + marker + b"\n"))
    return certs


def ari_cert_id(cert):
    """RFC 9773 certificate identifier: base64url(AKI keyIdentifier) "."
    base64url(DER serial number bytes), for a cryptography Certificate or a
    PEM text (the first certificate)."""
    if not isinstance(cert, x509.Certificate):
        cert = load_pem_chain(cert)[0]
    aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    serial = cert.serial_number
    raw = serial.to_bytes((serial.bit_length() + 8) // 8, "big")  # DER: leading 0 if high bit
    return f"{b64url(aki.key_identifier)}.{b64url(raw)}"


def rfc3339(when):
    if isinstance(when, (int, float)):
        when = datetime.datetime.fromtimestamp(when, datetime.timezone.utc)
    return when.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
