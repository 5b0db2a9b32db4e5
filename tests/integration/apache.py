"""apache.py -- a private Debian apache2 with mod_mdshm for the tests:
its own ServerRoot (under /tmp, traversable by the children's User),
Listen on 127.0.0.1 ports, PidFile and ErrorLog inside, modules from
/usr/lib/apache2/modules and mod_mdshm.so from the build."""

import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import textwrap
import time

import pytest

import harness
from example_server import Handshake, Held, _client_ctx

MODULES = "/usr/lib/apache2/modules"
MOD_MD = f"{MODULES}/mod_md.so"  # Debian's mod_md (libapache2-mod-md)
APACHE2 = shutil.which("apache2") or "/usr/sbin/apache2"


def module_path():
    """The built mod_mdshm.so, or skip with the reason."""
    if not os.access(APACHE2, os.X_OK):
        pytest.skip("apache2 not installed (sh tests/deps.sh installs it)")
    if not shutil.which("apxs"):
        pytest.skip("apxs not installed (apache2-dev; sh tests/deps.sh)")
    src = os.environ.get("MDSHM_SRCDIR", ".")
    with open(os.path.join(src, "Makefile")) as f:
        if any(l.split("=")[0].strip() == "SANITIZERS"
               and l.split("=", 1)[1].strip() == "yes" for l in f):
            pytest.skip("a sanitizer build: apache2 cannot load an "
                        "ASan-instrumented module")
    so = os.path.join(src, "build/httpd/.libs/mod_mdshm.so")
    # make rebuilds it only when the sources or libmdshm.a changed
    r = subprocess.run(["make", "-C", src, "httpd"], capture_output=True,
                       text=True)
    if r.returncode != 0:
        pytest.fail("make httpd failed:\n" + r.stdout[-3000:]
                    + r.stderr[-3000:])
    return so


class Apache:
    """so: mod_mdshm.so to load, or None for an httpd without it (a
    static SSLCertificateFile, or Debian's mod_md in extra_modules)."""

    STOP = ("-k", "stop")  # ctl()'s arguments that stop the server

    def __init__(self, so, mpm="event", user="nobody", group="nogroup",
                 mod_md=False, module="mdshm"):
        """@mod_md, or module="md": load Debian's mod_md instead of
        mod_mdshm (@so), to compare the two on one configuration."""
        self.so = so
        self.mod_md = mod_md or module == "md"
        self.module = "md" if self.mod_md else "mdshm"  # for messages
        self.mpm = mpm
        self.user, self.group = user, group
        self.root = tempfile.mkdtemp(prefix="mdshm-httpd-", dir="/tmp")
        os.chmod(self.root, 0o755)  # the children's User walks through it
        self.conf = os.path.join(self.root, "httpd.conf")
        self.pidfile = os.path.join(self.root, "httpd.pid")
        self.error_log = os.path.join(self.root, "error.log")
        self.store_base = os.path.join(self.root, "md")
        self.started = False

    def write(self, body, extra_modules=""):
        user = f"User {self.user}\nGroup {self.group}\n" if self.user else ""
        mpm_extra = ("StartServers 2\nMinSpareThreads 2\nMaxSpareThreads 8\n"
                     "ThreadsPerChild 4\nServerLimit 4\nMaxRequestWorkers 16\n"
                     if self.mpm in ("event", "worker") else
                     "StartServers 3\nMinSpareServers 3\nMaxSpareServers 3\n")
        if self.mod_md:
            load, loglevel = f"LoadModule md_module {MOD_MD}", "info md:trace1"
        elif self.so:
            load = f"LoadModule mdshm_module {self.so}"
            loglevel = "info mdshm:trace1"
        else:
            load, loglevel = "", "info"
        text = textwrap.dedent(f"""\
            ServerRoot "{self.root}"
            PidFile "{self.pidfile}"
            ErrorLog "{self.error_log}"
            LogLevel {loglevel}
            {user}
            LoadModule mpm_{self.mpm}_module {MODULES}/mod_mpm_{self.mpm}.so
            LoadModule authz_core_module {MODULES}/mod_authz_core.so
            LoadModule socache_shmcb_module {MODULES}/mod_socache_shmcb.so
            LoadModule ssl_module {MODULES}/mod_ssl.so
            """) + extra_modules + textwrap.dedent(f"""\
            {load}
            {mpm_extra}
            ServerName localhost
            DocumentRoot "{self.root}"
            """) + textwrap.dedent(body)
        with open(self.conf, "w") as f:
            f.write(text)
        return self.conf

    def copy_in(self, path):
        """A copy of @path inside ServerRoot, readable by the children."""
        dst = os.path.join(self.root, os.path.basename(path))
        shutil.copyfile(path, dst)
        os.chmod(dst, 0o644)
        return dst

    def ctl(self, *args, timeout=60):
        return subprocess.run([APACHE2, "-d", self.root, "-f", self.conf,
                               *args], capture_output=True, text=True,
                              timeout=timeout)

    def configtest(self):
        return self.ctl("-t")

    def start(self):
        r = self.ctl("-k", "start")
        self.started = True
        if r.returncode != 0:
            return r
        harness.wait_until(lambda: os.path.exists(self.pidfile), 30,
                           "apache2 pid file")
        return r

    def pid(self):
        with open(self.pidfile) as f:
            return int(f.read().strip())

    def children(self):
        ppid = self.pid()
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(ppid)],
                             capture_output=True, text=True).stdout
        return sorted(int(p) for p in out.split())

    def log(self):
        try:
            with open(self.error_log) as f:
                return f.read()
        except OSError:
            return ""

    def stop(self):
        if not self.started:
            return
        try:
            pid = self.pid()
        except (OSError, ValueError):
            return
        self.ctl(*self.STOP)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        else:
            os.kill(pid, signal.SIGKILL)
        self.started = False

    def handshake(self, port, name):
        """Connect with SNI @name; the Held connection (request() on it)."""
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        tls = _client_ctx().wrap_socket(s, server_hostname=name)
        return Held(tls, Handshake(tls.getpeercert(binary_form=True),
                                   tls.version()))
