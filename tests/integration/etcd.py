"""etcd.py -- a real etcd cluster on 127.0.0.1 for the cluster-mode tests.

    cluster = EtcdCluster(tmp_path, size=3)          # plain HTTP
    cluster = EtcdCluster(tmp_path, tls=True)        # client TLS (own CA)
    cluster.start()                                  # waits for health
    cluster.enable_auth("mdshm", "secret")           # users, roles, auth
    cluster.kill(0) / .stop(1) (SIGSTOP) / .cont(1) / .restart(0)
    cluster.compact(rev)
    cluster.snapshot_save(path) / .restore(path)   # backup, whole-cluster restore
    cluster.tool_args()   # etcd_tool's options for this cluster
    cluster.close()       # every member stopped (also at test teardown)

Every member listens on 127.0.0.1 only, on ports from harness.free_port(),
with its data directory under the test's tmp_path.  The peer URLs stay
plain HTTP; with tls=True the client URLs are https:// and need a client
certificate (--client-cert-auth) signed by the test's CA.  The client
certificate has no CN: etcd's gateway refuses a CN when authentication is
on ("CommonName of client sending a request against gateway will be
ignored"), see docs/cluster.md.  Members run with a progress notification
interval of 2 s (so watches see progress without asking) and a short
election timeout, as docs/cluster.md recommends for tests only.
"""

import base64
import datetime
import json
import os
import shutil
import signal
import ssl
import subprocess
import time
import urllib.request

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

import harness

ETCD = shutil.which("etcd") or "/usr/bin/etcd"
ETCDCTL = shutil.which("etcdctl") or "/usr/bin/etcdctl"


def have_etcd():
    return os.access(ETCD, os.X_OK) and os.access(ETCDCTL, os.X_OK)


def _now():
    return datetime.datetime.now(datetime.timezone.utc)


class EtcdPKI:
    """A CA, a server certificate for 127.0.0.1 and a client certificate
    without subject CN (etcd's gateway pitfall), as PEM files in @directory."""

    def __init__(self, directory):
        self.dir = str(directory)
        os.makedirs(self.dir, exist_ok=True)
        self._ca_key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "etcd test CA")])
        self._ca = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(self._ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(_now() - datetime.timedelta(hours=1))
            .not_valid_after(_now() + datetime.timedelta(days=7))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(self._ca_key, hashes.SHA256()))
        self.ca_file = self._write("ca.pem", self._ca)
        self.server_cert, self.server_key = self._leaf(
            "server", x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "etcd")]),
            [ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH])
        # no CN: an O only (an empty subject is refused by some tools)
        self.client_cert, self.client_key = self._leaf(
            "client", x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME,
                                                    "mdshm tests")]),
            [ExtendedKeyUsageOID.CLIENT_AUTH])

    def _write(self, name, cert):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as f:
            f.write(cert.public_bytes(serialization.Encoding.PEM))
        return path

    def _leaf(self, stem, subject, usages):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            x509.CertificateBuilder().subject_name(subject)
            .issuer_name(self._ca.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(_now() - datetime.timedelta(hours=1))
            .not_valid_after(_now() + datetime.timedelta(days=7))
            .add_extension(x509.SubjectAlternativeName([
                x509.IPAddress(__import__("ipaddress").ip_address("127.0.0.1")),
                x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.ExtendedKeyUsage(usages), critical=False)
            .sign(self._ca_key, hashes.SHA256()))
        key_path = os.path.join(self.dir, f"{stem}.key")
        with open(key_path, "wb") as f:
            f.write(key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
        os.chmod(key_path, 0o600)
        return self._write(f"{stem}.pem", cert), key_path


class Member:
    def __init__(self, cluster, index):
        self.cluster = cluster
        self.index = index
        self.name = f"m{index}"
        self.client_port = harness.free_port()
        self.peer_port = harness.free_port()
        self.data_dir = os.path.join(cluster.dir, self.name)
        self.log_path = os.path.join(cluster.dir, f"{self.name}.log")
        self.process = None

    @property
    def client_url(self):
        scheme = "https" if self.cluster.tls else "http"
        return f"{scheme}://127.0.0.1:{self.client_port}"

    @property
    def peer_url(self):
        return f"http://127.0.0.1:{self.peer_port}"

    def argv(self):
        c = self.cluster
        argv = [ETCD, "--name", self.name, "--data-dir", self.data_dir,
                "--listen-client-urls", self.client_url,
                "--advertise-client-urls", self.client_url,
                "--listen-peer-urls", self.peer_url,
                "--initial-advertise-peer-urls", self.peer_url,
                "--initial-cluster", c.initial_cluster(),
                "--initial-cluster-state", "new",
                "--initial-cluster-token", c.token,
                "--heartbeat-interval", "100", "--election-timeout", "1000",
                "--experimental-watch-progress-notify-interval",
                f"{c.progress_s}s",
                "--auto-compaction-mode", "periodic",
                "--auto-compaction-retention", "1h"]
        if c.tls:
            argv += ["--cert-file", c.pki.server_cert,
                     "--key-file", c.pki.server_key,
                     "--trusted-ca-file", c.pki.ca_file,
                     "--client-cert-auth"]
        return argv

    def start(self):
        self.process = harness.ManagedProcess(self.name, self.argv(),
                                              self.log_path)
        self.process.start()

    def running(self):
        return self.process is not None and self.process.running()

    def signal(self, sig):
        os.kill(self.process.pid, sig)


class EtcdCluster:
    def __init__(self, workdir, size=3, tls=False, progress_s=2):
        self.dir = str(workdir)
        self.progress_s = progress_s  # watch progress notification interval
        os.makedirs(self.dir, exist_ok=True)
        self.tls = tls
        self.pki = EtcdPKI(os.path.join(self.dir, "pki")) if tls else None
        self.token = "mdshm-" + os.urandom(6).hex()
        self.members = [Member(self, i) for i in range(size)]
        self.user = None
        self.password = None
        self.root_password = None

    # ---- addresses and clients -------------------------------------------

    def initial_cluster(self):
        return ",".join(f"{m.name}={m.peer_url}" for m in self.members)

    @property
    def endpoints(self):
        return ",".join(m.client_url for m in self.members)

    def tool_args(self, members=None, user=True, password_file=None):
        """etcd_tool's global options (all members, or @members indexes)."""
        ms = self.members if members is None else [self.members[i] for i in members]
        args = ["--endpoints", ",".join(m.client_url for m in ms)]
        if self.tls:
            args += ["--cacert", self.pki.ca_file, "--cert", self.pki.client_cert,
                     "--key", self.pki.client_key]
        if user and self.user:
            args += ["--user", self.user, "--password-file",
                     password_file or self.password_file]
        return args

    def _ssl_context(self):
        if not self.tls:
            return None
        ctx = ssl.create_default_context(cafile=self.pki.ca_file)
        ctx.load_cert_chain(self.pki.client_cert, self.pki.client_key)
        return ctx

    def health(self, member):
        """True when @member says it is healthy (it has a leader)."""
        try:
            with urllib.request.urlopen(member.client_url + "/health", timeout=2,
                                        context=self._ssl_context()) as r:
                return json.loads(r.read()).get("health") == "true"
        except Exception:  # noqa: BLE001 -- not up yet, refused, ...
            return False

    def etcdctl(self, *args, root=True, check=True, member=None, timeout=30):
        env = dict(os.environ, ETCDCTL_API="3")
        eps = self.endpoints if member is None else self.members[member].client_url
        argv = [ETCDCTL, "--endpoints", eps, "--dial-timeout", "3s",
                "--command-timeout", "10s"]
        if self.tls:
            argv += ["--cacert", self.pki.ca_file, "--cert", self.pki.client_cert,
                     "--key", self.pki.client_key]
        if root and self.root_password:
            argv += ["--user", f"root:{self.root_password}"]
        r = subprocess.run(argv + list(args), env=env, capture_output=True,
                           text=True, timeout=timeout)
        if check and r.returncode != 0:
            raise harness.Fatal(f"etcdctl {' '.join(args)}: {r.stderr.strip()}")
        return r.stdout

    # ---- life cycle -------------------------------------------------------

    def start(self, timeout=harness.STARTUP_TIMEOUT):
        harness.register(self)
        for m in self.members:
            m.start()
        self.wait_healthy(timeout=timeout)
        return self

    def wait_healthy(self, members=None, timeout=harness.STARTUP_TIMEOUT):
        ms = self.members if members is None else [self.members[i] for i in members]

        def ok():
            for m in ms:
                if not m.running():
                    raise harness.ProcessExited(
                        f"etcd {m.name} exited: {harness.tail(m.log_path, 20)}")
                if "address already in use" in m.process.log_text():
                    raise harness.PortTaken(f"etcd {m.name}: a port was taken")
            return all(self.health(m) for m in ms)
        harness.wait_until(ok, timeout, "etcd members healthy")

    def kill(self, i):
        """SIGKILL member @i (its data stays for restart())."""
        m = self.members[i]
        m.signal(signal.SIGKILL)
        m.process.proc.wait(timeout=10)

    def stop(self, i):
        self.members[i].signal(signal.SIGSTOP)

    def cont(self, i):
        self.members[i].signal(signal.SIGCONT)

    def restart(self, i, wait=True):
        m = self.members[i]
        if m.running():
            m.process.stop()
        m.start()  # the data dir exists: the initial-cluster flags are ignored
        if wait:
            self.wait_healthy([i])

    def close(self):
        for m in self.members:
            if m.process is not None:
                try:
                    if m.running():
                        m.signal(signal.SIGCONT)  # a stopped one cannot die
                except ProcessLookupError:
                    pass
                m.process.stop(timeout=10)
        harness.unregister(self)

    def report_sections(self):
        return [(f"etcd {m.name} log", harness.tail(m.log_path, 60))
                for m in self.members if m.process is not None]

    # ---- operations -------------------------------------------------------

    def revision(self):
        out = self.etcdctl("endpoint", "status", "-w", "json")
        return max(int(s["Status"]["header"]["revision"]) for s in json.loads(out))

    def history(self, prefix, end_key):
        """Every event under @prefix since revision 1 (nothing compacted):
        [(type "PUT"|"DELETE", key, revision)], in order.  A watch from
        revision 1 replays them, up to a put of @end_key (under @prefix,
        where nothing watches it) made first, and deleted after."""
        self.etcdctl("put", end_key, "end")
        argv = [ETCDCTL, "--endpoints", self.endpoints, "watch", "--rev=1",
                "--prefix", prefix, "-w", "json"]
        if self.tls:
            argv += ["--cacert", self.pki.ca_file, "--cert",
                     self.pki.client_cert, "--key", self.pki.client_key]
        if self.root_password:
            argv += ["--user", f"root:{self.root_password}"]
        p = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ, ETCDCTL_API="3"))
        out, dec, buf, done = [], json.JSONDecoder(), "", False
        try:
            while not done:
                line = p.stdout.readline()
                if not line:
                    raise harness.Fatal(f"etcdctl watch ended: {out[-5:]}")
                buf += line
                try:
                    o, _ = dec.raw_decode(buf.strip())
                except ValueError:
                    continue  # an answer spans lines
                buf = ""
                for e in o.get("Events") or []:
                    kv = e["kv"]
                    key = base64.b64decode(kv["key"]).decode()
                    if key == end_key:
                        done = True
                        break
                    out.append(("DELETE" if e.get("type") == 1 else "PUT",
                                key, int(kv.get("mod_revision", 0))))
        finally:
            p.kill()
            p.wait()
            self.etcdctl("del", end_key)
        return out

    def compact(self, rev):
        self.etcdctl("compaction", "--physical", str(rev))

    def snapshot_save(self, path, member=0):
        """`etcdctl snapshot save` from @member; returns the snapshot's
        revision."""
        self.etcdctl("snapshot", "save", str(path), member=member)
        out = self.etcdctl("snapshot", "status", str(path), "-w", "json")
        return int(json.loads(out)["revision"])

    def restore(self, path):
        """The whole cluster restored from the snapshot at @path, as
        docs/cluster.md "Restoring" says: every member stopped, the
        snapshot restored into a new data directory of each (same name and
        peer URL, a new cluster token), every member started; waits for
        health."""
        for m in self.members:
            m.process.stop(timeout=10)
        self.token = "mdshm-" + os.urandom(6).hex()
        env = dict(os.environ, ETCDCTL_API="3")
        for m in self.members:
            m.data_dir = os.path.join(self.dir, f"{m.name}.restored-{self.token}")
            r = subprocess.run(
                [ETCDCTL, "snapshot", "restore", str(path), "--name", m.name,
                 "--data-dir", m.data_dir,
                 "--initial-cluster", self.initial_cluster(),
                 "--initial-cluster-token", self.token,
                 "--initial-advertise-peer-urls", m.peer_url],
                env=env, capture_output=True, text=True, timeout=60)
            if r.returncode != 0:
                raise harness.Fatal(f"etcdctl snapshot restore: {r.stderr.strip()}")
        for m in self.members:
            m.start()
        self.wait_healthy()

    def enable_auth(self, user, password, prefix="/"):
        """Root and @user (read-write on @prefix), then authentication on.
        The password goes to a 0600 file: self.password_file."""
        self.root_password = "root-" + os.urandom(6).hex()
        root_pw, self.root_password = self.root_password, None
        self.etcdctl("user", "add", "root", f"--new-user-password={root_pw}",
                     "--interactive=false")
        self.etcdctl("user", "grant-role", "root", "root")
        self.etcdctl("role", "add", "mdshm")
        end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        self.etcdctl("role", "grant-permission", "mdshm", "readwrite", prefix, end)
        self.etcdctl("user", "add", user, f"--new-user-password={password}",
                     "--interactive=false")
        self.etcdctl("user", "grant-role", user, "mdshm")
        self.etcdctl("auth", "enable")
        self.root_password = root_pw
        self.user, self.password = user, password
        self.password_file = os.path.join(self.dir, "password")
        fd = os.open(self.password_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(password + "\n")


def wait_line(proc_out_path, predicate, timeout, what):
    """Wait until a line of the file at @proc_out_path satisfies
    @predicate; returns that line."""
    found = []

    def check():
        try:
            with open(proc_out_path, errors="replace") as f:
                for line in f:
                    if predicate(line.rstrip("\n")):
                        found.append(line.rstrip("\n"))
                        return True
        except OSError:
            pass
        return False
    harness.wait_until(check, timeout, what)
    return found[0]


def now():
    return time.monotonic()
