"""test_dos.py -- denial of service: slow and idle clients against the
drive's built-in http-01 responder and against the example server.

The attacker (slow_clients.Flood) connects from 127.0.0.1, the address
pebble validates from, and is persistent: every connection the server
closes is opened again at once.  Each test waits on what must happen (a
certificate issued, an answer) with a bounded deadline; nothing is timed.
"""

import os
import socket
import subprocess

import harness
from example_server import _parse_response
from slow_clients import Flood, client_hello
from test_drive import drives, wait_certs, write_conf  # noqa: F401 (fixture)
from test_example_server import servers  # noqa: F401 (fixture)

DEADLINE = 90.0

DRIBBLED_REQUEST = (b"GET /.well-known/acme-challenge/x HTTP/1.1\r\n"
                    b"Host: flood.example\r\nX-Slow: " + b"a" * 4000)


def test_http01_responder_flood_during_renewal(mdshm, pebble, tmp_path,
                                               drives):  # noqa: F811
    """200 idle connections and 5 dribbling ones from 127.0.0.1, held
    open against the drive's http-01 responder while a renewal (two
    names, two validations) runs: the certificate is issued.  (The old
    responder's 16 slots, full, refused pebble's connections.)"""
    store = tmp_path / "store"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        MDomain flood.example www.flood.example
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    m = wait_certs(mdshm, store, "flood.example", ["rsa2048"], drive=drive)
    old = m["certs"]["rsa2048"]["serial"]

    flood = Flood(pebble.http_port, idle=200,
                  dribble=[DRIBBLED_REQUEST] * 5).start()
    try:
        # all open, and idle (over 1 s old, past the responder's grace
        # for young connections): pebble's connections, from the same
        # address, now have to push flood connections out
        harness.wait_until(lambda: flood.connects >= 205 and
                           flood.dribbled >= 3, 30, "the flood's connections")
        out = subprocess.run([mdshm, "--store", str(store), "renew",
                              "flood.example"], capture_output=True,
                             text=True, timeout=20)
        assert out.returncode == 0, out.stderr
        m = wait_certs(mdshm, store, "flood.example", ["rsa2048"],
                       timeout=DEADLINE, drive=drive,
                       changed={"rsa2048": old})
        assert m["certs"]["rsa2048"]["valid"]
    finally:
        flood.stop()


def _accept_queue(port):
    """Connections waiting to be accepted on the listening socket
    127.0.0.1:port (for a LISTEN socket, /proc/net/tcp's rx_queue)."""
    with open("/proc/net/tcp") as f:
        for line in f.readlines()[1:]:
            fields = line.split()
            local, state = fields[1], fields[3]
            if state == "0A" and int(local.split(":")[1], 16) == port:
                return int(fields[4].split(":")[1], 16)
    raise RuntimeError(f"no listening socket on port {port}")


def _get_http(port, path, timeout=30):
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: static.example\r\n\r\n"
                  .encode())
        data = b""
        while chunk := s.recv(4096):
            data += chunk
    finally:
        s.close()
    return _parse_response(data)


def test_example_server_slow_clients(mdshm_build, static_store, tmp_path,
                                     servers):  # noqa: F811
    """A 2-worker example server; two clients dribble a TLS ClientHello
    into the HTTPS port and one an HTTP request into the plain port, one
    byte a second, and reconnect whenever they are dropped.  Both workers
    are held by them; a normal client is still served on both ports, the
    http-01 answer included."""
    store = static_store
    helpers = os.path.join(mdshm_build, "tests", "helpers")
    subprocess.run([os.path.join(helpers, "put_records"), str(store),
                    "staticmd"], check=True, capture_output=True)
    srv = servers(tmp_path, store=store, drive="none", http_port=0, workers=2)

    hello = client_hello("static.example")
    floods = [Flood(srv.https_port, idle=0, dribble=[hello, hello]),
              Flood(srv.http_port, idle=0, dribble=[DRIBBLED_REQUEST])]
    try:
        for f in floods:
            f.start()
        # all three connected, two accepted (one per worker, each held),
        # one waiting: both workers are busy with slow clients now
        harness.wait_until(
            lambda: (sum(f.connects for f in floods) >= 3 and
                     _accept_queue(srv.https_port) +
                     _accept_queue(srv.http_port) == 1),
            30, "both workers held by slow clients")

        def https_served():
            st, headers, body = srv.get("static.example", "/")
            return st == 200 and b"hello from" in body
        harness.wait_until(https_served, DEADLINE, "an HTTPS answer")

        def http01_served():
            st, _, body = _get_http(srv.http_port,
                                    "/.well-known/acme-challenge/tok-staticmd")
            return st == 200 and body == b"tok.thumbprint"
        harness.wait_until(http01_served, DEADLINE, "an http-01 answer")
        # the slow clients were dropped (and came back) meanwhile
        assert sum(f.closed for f in floods) > 0
    finally:
        for f in floods:
            f.stop()
