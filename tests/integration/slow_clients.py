"""slow_clients.py -- hostile clients for the denial-of-service tests
(test_dos.py): connections that are opened and then say nothing, or dribble
a request one byte per second, from 127.0.0.1 like pebble's validator.

Flood(port, idle=N, dribble=[payload, ...]) keeps N idle connections and
one dribbling connection per payload open on 127.0.0.1:port from a thread
of its own.  It is a persistent attacker: a connection the server closes is
opened again at once (a dribbler starts its payload over), and while
nothing listens it retries every 20 ms.  Counters: .connects (connections
made), .closed (closed by the server), .dribbled (the fewest bytes any
current dribbler has sent: its connection is at least that many seconds
old, less one).  stop() closes everything and joins.

client_hello(name) gives the bytes of a TLS ClientHello for SNI `name`, to
dribble into a TLS port.
"""

import selectors
import socket
import ssl
import threading
import time


def client_hello(name):
    """The first flight of a TLS client for SNI @name (a ClientHello)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = ctx.wrap_bio(incoming, outgoing, server_hostname=name)
    try:
        obj.do_handshake()
    except ssl.SSLWantReadError:
        pass
    hello = outgoing.read()
    assert hello and hello[0] == 0x16, "no ClientHello"  # a handshake record
    return hello


class _Conn:
    def __init__(self, sock, index, payload):
        self.sock = sock
        self.index = index      # which dribbler; None: idle
        self.payload = payload  # None: idle
        self.sent = 0


class Flood:
    def __init__(self, port, idle=200, dribble=(), host="127.0.0.1"):
        self.addr = (host, port)
        self.idle = idle
        self.dribble = list(dribble)
        self.connects = 0
        self.closed = 0
        self.dribbled = 0
        self._stop = threading.Event()
        self._thread = None
        self._sel = selectors.DefaultSelector()
        self._conns = {}  # fileno -> _Conn

    def start(self):
        self._thread = threading.Thread(target=self._run, name="flood",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self):
        self._stop.set()
        if self._thread:
            self._thread.join(30)
        for c in list(self._conns.values()):
            self._drop(c, counted=False)
        self._sel.close()

    def _open(self, index):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(2)
        try:
            s.connect(self.addr)
        except OSError:
            s.close()
            return False
        s.setblocking(False)
        c = _Conn(s, index, None if index is None else self.dribble[index])
        self._conns[s.fileno()] = c
        self._sel.register(s, selectors.EVENT_READ, c)
        self.connects += 1
        return True

    def _drop(self, c, counted=True):
        self._conns.pop(c.sock.fileno(), None)
        try:
            self._sel.unregister(c.sock)
        except (KeyError, ValueError):
            pass
        c.sock.close()
        if counted:
            self.closed += 1

    def _fill(self):
        """Open what is missing; False when nothing listens."""
        idle = sum(1 for c in self._conns.values() if c.index is None)
        busy = {c.index for c in self._conns.values()}
        for i in range(len(self.dribble)):
            if i not in busy and not self._open(i):
                return False
        for _ in range(self.idle - idle):
            if not self._open(None):
                return False
        return True

    def _run(self):
        next_byte = time.monotonic()
        while not self._stop.is_set():
            if not self._fill():
                self._stop.wait(0.02)
                continue
            for key, _ in self._sel.select(timeout=0.05):
                c = key.data
                try:
                    data = c.sock.recv(4096)
                except BlockingIOError:
                    continue
                except OSError:
                    data = b""
                if not data:  # the server closed it: open another
                    self._drop(c)
            now = time.monotonic()
            if now >= next_byte:
                next_byte = now + 1.0
                for c in list(self._conns.values()):
                    if c.payload and c.sent < len(c.payload):
                        try:
                            c.sock.send(c.payload[c.sent:c.sent + 1])
                            c.sent += 1
                        except OSError:
                            self._drop(c)
                self.dribbled = min((c.sent for c in self._conns.values()
                                     if c.payload), default=0)
