"""nginx.py -- a private Debian nginx with ngx_http_mdshm_module for the
tests: its own prefix (under /tmp, traversable by the workers' user),
listen on 127.0.0.1 ports, pid, error log and temp paths inside, a master
plus 4 workers as nobody, and the built module through load_module."""

import os
import subprocess
import tempfile
import textwrap

import pytest

import harness
from apache import Apache

NGINX = "/usr/sbin/nginx"
WORKERS = 4


def module_path():
    """The built ngx_http_mdshm_module.so, or skip with the reason."""
    if not os.access(NGINX, os.X_OK):
        pytest.skip("nginx not installed (sh tests/deps.sh installs it)")
    if not os.path.isdir("/usr/share/nginx/src"):
        pytest.skip("nginx-dev not installed (sh tests/deps.sh)")
    src = os.environ.get("MDSHM_SRCDIR", ".")
    with open(os.path.join(src, "Makefile")) as f:
        if any(l.split("=")[0].strip() == "SANITIZERS"
               and l.split("=", 1)[1].strip() == "yes" for l in f):
            pytest.skip("a sanitizer build: nginx cannot load an "
                        "ASan-instrumented module")
    so = os.path.join(src, "build/nginx/ngx/objs/ngx_http_mdshm_module.so")
    # make rebuilds it only when the sources or libmdshm.a changed
    r = subprocess.run(["make", "-C", src, "nginx"], capture_output=True,
                       text=True)
    if r.returncode != 0:
        pytest.fail("make nginx failed:\n" + r.stdout[-3000:]
                    + r.stderr[-3000:])
    return so


class Nginx(Apache):
    """pid(), children(), log(), copy_in(), configtest() and handshake()
    are apache.py's: the same files and commands in nginx's terms."""

    STOP = ("-s", "stop")

    def __init__(self, so, user="nobody", group="nogroup"):
        """@so: the module, or None for nginx without it."""
        self.so = so
        self.user, self.group = user, group
        self.prefix = tempfile.mkdtemp(prefix="mdshm-nginx-", dir="/tmp")
        self.root = self.prefix  # for copy_in
        os.chmod(self.prefix, 0o755)  # the workers walk through it
        self.conf = os.path.join(self.prefix, "nginx.conf")
        self.pidfile = os.path.join(self.prefix, "nginx.pid")
        self.error_log = os.path.join(self.prefix, "error.log")
        self.log_level = "info"  # the benchmarks: warn (no line per client)
        self.store_base = os.path.join(self.prefix, "md")
        os.mkdir(os.path.join(self.prefix, "tmp"))  # nginx makes the rest
        self.started = False

    def write(self, http_body, head=""):
        """The configuration: @head at the top level, @http_body inside
        the http block (after the temp paths)."""
        tmp = os.path.join(self.prefix, "tmp")
        user = f"user {self.user} {self.group};" if self.user else ""
        # no module (so None): the same nginx, for comparisons
        load = f"load_module {self.so};" if self.so else ""
        store = f"mdshm_store_dir {self.store_base};" if self.so else ""
        text = textwrap.dedent(f"""\
            {load}
            {user}
            worker_processes {WORKERS};
            pid {self.pidfile};
            error_log {self.error_log} {self.log_level};
            """) + textwrap.dedent(head) + textwrap.dedent(f"""\
            events {{ worker_connections 256; }}
            http {{
            access_log off;
            client_body_temp_path {tmp}/body;
            proxy_temp_path {tmp}/proxy;
            fastcgi_temp_path {tmp}/fastcgi;
            uwsgi_temp_path {tmp}/uwsgi;
            scgi_temp_path {tmp}/scgi;
            {store}
            """) + textwrap.dedent(http_body) + "}\n"
        with open(self.conf, "w") as f:
            f.write(text)
        return self.conf

    def ctl(self, *args, timeout=60):
        return subprocess.run([NGINX, "-p", self.prefix, "-c", self.conf,
                               *args], capture_output=True, text=True,
                              timeout=timeout)

    def start(self):
        """Starts in the background (nginx daemonizes); waits for the
        master's pid file and its workers."""
        r = self.ctl()
        self.started = True
        if r.returncode != 0:
            return r
        harness.wait_until(lambda: os.path.exists(self.pidfile), 30,
                           "nginx pid file")
        harness.wait_until(lambda: len(self.workers()) == WORKERS, 30,
                           f"{WORKERS} nginx workers")
        return r

    def workers(self):
        try:
            return self.children()
        except (OSError, ValueError):
            return []

    def serial_by_worker(self, port, name, path="/pid"):
        """{worker pid: served serial} for every worker: new connections
        until each worker answered one (the location at @path returns the
        worker's $pid; listen ... reuseport spreads the connections over
        the workers' own sockets)."""
        want = set(self.workers())
        seen = {}

        def all_seen():
            held = self.handshake(port, name)
            status, _, body = held.request(path, host=name)
            if status == 200:
                seen[int(body.strip())] = held.handshake.serial
            return want <= set(seen)

        harness.wait_until(all_seen, 60, "a connection to every worker",
                           interval=0.05)
        return {pid: seen[pid] for pid in want}
