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
    names, two validations) runs: the certificate is issued."""
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
        harness.wait_until(lambda: flood.connects >= 205, 30,
                           "the flood's connections")
        before = flood.connects
        out = subprocess.run([mdshm, "--store", str(store), "renew",
                              "flood.example"], capture_output=True,
                             text=True, timeout=20)
        assert out.returncode == 0, out.stderr
        m = wait_certs(mdshm, store, "flood.example", ["rsa2048"],
                       timeout=DEADLINE, drive=drive,
                       changed={"rsa2048": old})
        # the flood went on all along: the responder kept dropping its
        # oldest connections and the attacker kept opening new ones
        assert flood.connects > before and flood.closed > 0
        assert m["certs"]["rsa2048"]["valid"]
    finally:
        flood.stop()
    assert "dropped to make room" in drive.log_text()
