"""faultproxy.py -- an HTTPS reverse proxy in front of pebble that injects
faults on demand and records every request.

    proxy = FaultProxy(upstream=pebble.base_url, upstream_ca=pki.ca_file,
                       cert_file=pki.cert_file, key_file=pki.key_file).start()
    client uses proxy.directory_url, trusting pki.ca_file

By default everything passes through.  Requests are forwarded with their own
Host header, so pebble builds its URLs (directory, Location, Link, orders,
and the JWS "url" check) on the proxy's address; as a safety net absolute
upstream URLs in JSON bodies and in Location/Link headers are rewritten to
the proxy too.

Faults are rules, tried in the order they were added; the first one that
matches and is not used up answers.  Each returns its Rule (rule.hits,
rule.exhausted).  `where` names the request's path:
    "*" or None       any path
    "newOrder", ...   a resource of the directory (newNonce, newAccount,
                      newOrder, revokeCert, keyChange, renewalInfo)
    "/path"           exactly this path; "/prefix*" any path under it
    re.compile(...)   a regular expression searched in the path
    callable(rec)     a predicate on the Record (see below)
and every rule also takes method= ("GET", "POST", "HEAD"), when=predicate,
times= (how many matching requests it answers; None: all) and delay=
(seconds to wait before answering).

    problem(where, status, type, detail="", headers=None, ...)
    bad_nonce(where="*", times=1)           400 badNonce + a fresh nonce (POSTs)
    server_error(where, status=500, times=1)
    rate_limit(where, retry_after=2, times=1, http_date=False)  429
    respond(where, status, body=b"", headers=None, nonce=True, ...)
    malformed_json(where, times=1, forward=True)
    truncate(where, times=1)                Content-Length > body, then close
    drop(where, times=1)                    close the connection, no answer
    delay(where, seconds, times=None)       slow answer (then pass through)
    mutate(where, fn, times=None)           fn(status, headers, body) ->
                                            (status, headers, body) on the
                                            upstream's answer
    reject_replaces(status=409, type=alreadyReplaced, times=None)
                                            newOrder with a "replaces" field
    clear_rules()

Error answers carry a fresh Replay-Nonce fetched from pebble (nonce=False to
leave it out), so clients can retry as with a real server.

ARI emulation (pebble 2.4 has none): set_ari(start, end, retry_after=None,
certid=None, explanation_url=None) adds "renewalInfo" to the directory and
answers GET /renewalInfo/<certid> with {"suggestedWindow": {start, end}};
start/end are datetimes, epoch seconds, or (ints/floats below 10**9)
seconds relative to now.  ari_renew_now() puts the window in the past,
ari_wait(days) in the future.  certid=None sets the default for every id.

Recording: proxy.records is the list of Record objects (method, path,
query, headers, body, protected, payload, post_as_get, jws_url, kid,
nonce, time (epoch), mono (monotonic), status, response_headers, rule,
upstream_status).  requests(where, method=None) filters them; wait_for(
predicate, timeout) waits for one; reset() clears them.
"""

import datetime
import http.client
import http.server
import json
import re
import socket
import ssl
import threading
import time
import urllib.parse
from email.utils import formatdate

import harness

ACME_ERR = "urn:ietf:params:acme:error:"
HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
              "te", "trailer", "trailers", "transfer-encoding", "upgrade",
              "content-length", "accept-encoding"}


class Record:
    """One request seen by the proxy (and what it answered)."""

    def __init__(self, method, path, query, headers, body):
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.time = time.time()
        self.mono = time.monotonic()
        self.protected = None
        self.payload = None
        self.post_as_get = False
        self.jws_url = self.kid = self.nonce = None
        self.status = None
        self.response_headers = {}
        self.rule = None
        self.upstream_status = None
        self._decode_jws()

    def _decode_jws(self):
        if self.method != "POST" or not self.body:
            return
        try:
            jws = json.loads(self.body)
            self.protected = json.loads(harness.b64url_decode(jws["protected"]))
        except (ValueError, KeyError, TypeError):
            return
        self.jws_url = self.protected.get("url")
        self.kid = self.protected.get("kid")
        self.nonce = self.protected.get("nonce")
        raw = jws.get("payload", "")
        if raw == "":
            self.post_as_get = True
            return
        try:
            data = harness.b64url_decode(raw)
        except ValueError:
            self.payload = raw
            return
        try:
            self.payload = json.loads(data)
        except ValueError:
            self.payload = data

    def __repr__(self):
        t = time.strftime("%H:%M:%S", time.localtime(self.time)) + f".{int(self.time * 1000) % 1000:03d}"
        what = ""
        if self.post_as_get:
            what = " (POST-as-GET)"
        elif self.payload is not None:
            what = " " + json.dumps(self.payload, default=repr)[:200]
        rule = f" [{self.rule}]" if self.rule else ""
        return f"{t} {self.method} {self.path} -> {self.status}{rule}{what}"


class Rule:
    def __init__(self, proxy, where, action, method=None, when=None, times=None,
                 delay=0.0, name=None, **params):
        self.proxy = proxy
        self.where = where
        self.action = action
        self.method = method.upper() if method else None
        self.when = when
        self.times = times
        self.delay = float(delay or 0)
        self.name = name or action
        self.params = params
        self.hits = 0

    @property
    def exhausted(self):
        return self.times is not None and self.hits >= self.times

    def matches(self, rec):
        if self.exhausted:
            return False
        if self.method and rec.method != self.method:
            return False
        if not self.proxy.path_matches(self.where, rec):
            return False
        if self.when and not self.when(rec):
            return False
        return True

    def __repr__(self):
        return f"Rule({self.name} {self.where!r} hits={self.hits} times={self.times})"


def _when(value, now):
    if isinstance(value, datetime.datetime):
        return value
    value = float(value)
    if abs(value) < 1e9:
        value += now
    return datetime.datetime.fromtimestamp(value, datetime.timezone.utc)


class FaultProxy:
    def __init__(self, upstream, upstream_ca, cert_file, key_file, name="faultproxy"):
        u = urllib.parse.urlsplit(upstream)
        self.upstream = f"{u.scheme}://{u.netloc}"
        self.upstream_host = u.hostname
        self.upstream_port = u.port or 443
        self.upstream_ctx = harness.client_context(upstream_ca)
        self.cert_file = cert_file
        self.key_file = key_file
        self.name = name
        self.records = []
        self.rules = []
        self.directory_extra = {}
        self.ari = None  # {"default": spec or None, "ids": {certid: spec}}
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._server = None
        self._thread = None
        self._dir_paths = None
        self.port = None

    # -- life cycle ---------------------------------------------------------

    @property
    def url(self):
        return f"https://127.0.0.1:{self.port}"

    @property
    def netloc(self):
        return f"127.0.0.1:{self.port}"

    @property
    def directory_url(self):
        return self.url + "/dir"

    def start(self):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.cert_file, self.key_file)
        proxy = self

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False
            allow_reuse_address = True

            def finish_request(self, request, client_address):
                # The TLS handshake happens here, in the request's thread,
                # so a slow client cannot stall the accept loop.
                request.settimeout(30)
                try:
                    tls = ctx.wrap_socket(request, server_side=True)
                except (ssl.SSLError, OSError):
                    return
                try:
                    self.RequestHandlerClass(tls, client_address, self)
                finally:
                    try:
                        tls.close()
                    except OSError:
                        pass

            def handle_error(self, request, client_address):
                pass  # client went away etc.; the record says the rest

        class Handler(_Handler):
            pass
        Handler.proxy = proxy

        for _ in range(100):
            self._server = Server(("127.0.0.1", 0), Handler)
            self.port = self._server.server_address[1]
            if harness.claim_port(self.port):
                break
            self._server.server_close()  # promised to another server
        else:
            raise RuntimeError("faultproxy: no port that free_port() had "
                               "not handed out")
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name=self.name, daemon=True)
        self._thread.start()
        harness.register(self)
        harness.wait_until(lambda: self._upstream_directory(), harness.STARTUP_TIMEOUT,
                           "faultproxy upstream directory")
        return self

    def stop(self):
        harness.unregister(self)
        self._stopping.set()
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(10)
            self._server = None

    def report_sections(self):
        with self._lock:
            lines = [repr(r) for r in self.records]
            rules = [repr(r) for r in self.rules]
        text = "\n".join(lines[-200:]) or "(no requests)"
        if rules:
            text += "\nrules: " + ", ".join(rules)
        return [(f"{self.name} requests ({self.url} -> {self.upstream})", text)]

    # -- upstream -----------------------------------------------------------

    def _upstream(self, method, path, body=None, headers=None, timeout=30):
        conn = http.client.HTTPSConnection(self.upstream_host, self.upstream_port,
                                           context=self.upstream_ctx, timeout=timeout)
        try:
            hdrs = {"Host": self.netloc}
            hdrs.update(headers or {})
            conn.request(method, path, body=body, headers=hdrs)
            resp = conn.getresponse()
            return resp.status, resp.getheaders(), resp.read()
        finally:
            conn.close()

    def _upstream_directory(self):
        if self._dir_paths is None:
            status, _, body = self._upstream("GET", "/dir")
            if status != 200:
                return None
            paths = {}
            for k, v in json.loads(body).items():
                if isinstance(v, str) and v.startswith("https://"):
                    paths[k] = urllib.parse.urlsplit(v).path
            paths["directory"] = "/dir"
            paths["renewalInfo"] = "/renewalInfo"
            self._dir_paths = paths
        return self._dir_paths

    def resource_path(self, name):
        """The path of a directory resource (e.g. 'newOrder' -> '/order-plz')."""
        return self._upstream_directory()[name]

    def fresh_nonce(self):
        """A Replay-Nonce freshly issued by pebble (valid for the proxy's URLs)."""
        status, headers, _ = self._upstream("HEAD", self.resource_path("newNonce"))
        for k, v in headers:
            if k.lower() == "replay-nonce":
                return v
        raise RuntimeError(f"no Replay-Nonce from upstream (HTTP {status})")

    # -- matching -----------------------------------------------------------

    def path_matches(self, where, rec):
        path = rec.path
        if where is None or where == "*":
            return True
        if callable(where) and not isinstance(where, (str, re.Pattern)):
            return bool(where(rec))
        if isinstance(where, re.Pattern):
            return bool(where.search(path))
        if not where.startswith("/"):
            target = self.resource_path(where)
            if where == "renewalInfo":
                return path == target or path.startswith(target + "/")
            return path == target
        if where.endswith("*"):
            return path.startswith(where[:-1])
        return path == where

    def requests(self, where=None, method=None):
        """Recorded requests to `where` (see module doc), optionally by method."""
        with self._lock:
            recs = list(self.records)
        return [r for r in recs if (method is None or r.method == method.upper())
                and self.path_matches(where, r)]

    def wait_for(self, predicate, timeout=20.0):
        """Wait until some record satisfies predicate(record); returns it."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for r in self.records:
                    if r.status is not None and predicate(r):
                        return r
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("faultproxy: no matching request within "
                                       f"{timeout}s; saw:\n"
                                       + "\n".join(map(repr, self.records)))
                self._cond.wait(left)

    def reset(self):
        with self._lock:
            self.records.clear()

    # -- rules ----------------------------------------------------------------

    def add_rule(self, rule):
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear_rules(self):
        with self._lock:
            self.rules.clear()

    def respond(self, where, status, body=b"", headers=None, content_type=None,
                nonce=True, **kw):
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
            content_type = content_type or "application/json"
        elif isinstance(body, str):
            body = body.encode()
        return self.add_rule(Rule(self, where, "respond", status=status, body=body,
                                  headers=dict(headers or {}),
                                  content_type=content_type, nonce=nonce, **kw))

    def problem(self, where, status, type, detail="", headers=None, nonce=True, **kw):
        if ":" not in type:
            type = ACME_ERR + type
        body = {"type": type, "detail": detail or f"injected by faultproxy ({type})",
                "status": status}
        kw.setdefault("name", f"{status} {type.rsplit(':', 1)[-1]}")
        return self.respond(where, status, body, headers=headers,
                            content_type="application/problem+json", nonce=nonce, **kw)

    def bad_nonce(self, where="*", times=1, **kw):
        kw.setdefault("method", "POST")  # JWS requests only
        return self.problem(where, 400, "badNonce", "JWS has an invalid anti-replay nonce",
                            times=times, **kw)

    def server_error(self, where, status=500, times=1, **kw):
        return self.problem(where, status, "serverInternal", "injected server error",
                            times=times, **kw)

    def rate_limit(self, where, retry_after=2, times=1, http_date=False, **kw):
        if http_date:
            value = formatdate(time.time() + retry_after, usegmt=True)
        else:
            value = str(int(retry_after))
        return self.problem(where, 429, "rateLimited", "injected rate limit",
                            headers={"Retry-After": value}, times=times, **kw)

    def malformed_json(self, where, times=1, forward=True, **kw):
        return self.add_rule(Rule(self, where, "malformed", times=times, forward=forward,
                                  **kw))

    def truncate(self, where, times=1, **kw):
        return self.add_rule(Rule(self, where, "truncate", times=times, **kw))

    def drop(self, where, times=1, **kw):
        return self.add_rule(Rule(self, where, "drop", times=times, **kw))

    def delay(self, where, seconds, times=None, **kw):
        return self.add_rule(Rule(self, where, "pass", times=times, delay=seconds,
                                  name=f"delay {seconds}s", **kw))

    def gate(self, where, n, timeout=60.0, **kw):
        """Hold each matching request until @n of them have arrived (or
        @timeout seconds passed), then pass them on: the rule's
        params["most"] is how many were held at once, which says whether
        a client sent them concurrently, whatever the machine's load."""
        return self.add_rule(Rule(self, where, "gate", n=n, timeout=timeout,
                                  held=0, arrived=0, most=0,
                                  name=f"gate {n}", **kw))

    def mutate(self, where, fn, times=None, **kw):
        return self.add_rule(Rule(self, where, "mutate", times=times, fn=fn, **kw))

    def reject_replaces(self, status=409, type="alreadyReplaced", times=None, **kw):
        """Reject newOrder requests whose payload has "replaces" (the client
        should retry without it)."""
        def has_replaces(rec):
            return isinstance(rec.payload, dict) and "replaces" in rec.payload
        return self.problem("newOrder", status, type,
                            "the certificate was already replaced (injected)",
                            method="POST", when=has_replaces, times=times, **kw)

    # -- ARI ------------------------------------------------------------------

    def set_ari(self, start, end, retry_after=None, certid=None, explanation_url=None):
        now = time.time()
        spec = {"start": _when(start, now), "end": _when(end, now),
                "retry_after": retry_after, "explanation_url": explanation_url}
        with self._lock:
            if self.ari is None:
                self.ari = {"default": None, "ids": {}}
            if certid is None:
                self.ari["default"] = spec
            else:
                self.ari["ids"][certid] = spec
        return spec

    def ari_renew_now(self, retry_after=None, certid=None):
        return self.set_ari(-2 * 86400, -86400, retry_after, certid)

    def ari_wait(self, days=30, retry_after=None, certid=None):
        return self.set_ari(days * 86400, (days + 1) * 86400, retry_after, certid)

    def enable_ari(self):
        """Advertise renewalInfo without any window (answers 404)."""
        with self._lock:
            if self.ari is None:
                self.ari = {"default": None, "ids": {}}

    def disable_ari(self):
        with self._lock:
            self.ari = None

    def _ari_answer(self, certid):
        with self._lock:
            if self.ari is None:
                return None
            spec = self.ari["ids"].get(certid) or self.ari["default"]
        if spec is None:
            return 404, {"Content-Type": "application/problem+json"}, json.dumps({
                "type": ACME_ERR + "malformed",
                "detail": f"no renewal info for {certid!r}", "status": 404}).encode()
        body = {"suggestedWindow": {"start": harness.rfc3339(spec["start"]),
                                    "end": harness.rfc3339(spec["end"])}}
        if spec["explanation_url"]:
            body["explanationURL"] = spec["explanation_url"]
        headers = {"Content-Type": "application/json"}
        if spec["retry_after"] is not None:
            headers["Retry-After"] = str(int(spec["retry_after"]))
        return 200, headers, json.dumps(body).encode()

    # -- rewriting ------------------------------------------------------------

    def _rewrite(self, text):
        for up in (self.upstream, f"https://localhost:{self.upstream_port}"):
            text = text.replace(up, self.url)
        return text

    def _fix_response(self, rec, status, headers, body):
        out = []
        ctype = ""
        for k, v in headers:
            lk = k.lower()
            if lk in HOP_BY_HOP:
                continue
            if lk in ("location", "link"):
                v = self._rewrite(v)
            if lk == "content-type":
                ctype = v
            out.append((k, v))
        if "json" in ctype and body:
            text = self._rewrite(body.decode("utf-8", "replace"))
            if (rec.method == "GET" and rec.path == self.resource_path("directory")
                    and status == 200):
                try:
                    d = json.loads(text)
                    with self._lock:
                        if self.ari is not None:
                            d["renewalInfo"] = self.url + "/renewalInfo"
                        d.update(self.directory_extra)
                    text = json.dumps(d, indent=3)
                except ValueError:
                    pass
            body = text.encode()
        return status, out, body


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30
    proxy = None  # set on the subclass

    def log_message(self, *args):
        pass

    def do_GET(self):
        self._handle()

    def do_POST(self):
        self._handle()

    def do_HEAD(self):
        self._handle()

    def do_PUT(self):
        self._handle()

    def do_DELETE(self):
        self._handle()

    def _handle(self):
        proxy = self.proxy
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        u = urllib.parse.urlsplit(self.path)
        rec = Record(self.command, u.path, u.query, dict(self.headers.items()), body)
        with proxy._lock:
            proxy.records.append(rec)
            rule = None
            for r in proxy.rules:
                if r.matches(rec):
                    r.hits += 1
                    rule = r
                    break
        try:
            self._answer(proxy, rec, rule, body)
        finally:
            with proxy._cond:
                if rec.status is None:
                    rec.status = "dropped"
                proxy._cond.notify_all()

    def _forward(self, proxy, rec, body):
        path = rec.path + ("?" + rec.query if rec.query else "")
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP
                   and k.lower() != "host"}
        status, rheaders, rbody = proxy._upstream(self.command, path, body or None,
                                                  headers)
        rec.upstream_status = status
        return proxy._fix_response(rec, status, rheaders, rbody)

    @staticmethod
    def _gate(proxy, rule):
        """Hold this request until rule's n requests are held together (or
        its timeout passed); count the most held at once.  False: the
        proxy is stopping."""
        deadline = time.monotonic() + rule.params["timeout"]
        with proxy._cond:
            rule.params["held"] += 1
            rule.params["arrived"] += 1
            rule.params["most"] = max(rule.params["most"], rule.params["held"])
            proxy._cond.notify_all()
            while rule.params["arrived"] < rule.params["n"] and \
                    not proxy._stopping.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                proxy._cond.wait(min(left, 0.5))
            rule.params["held"] -= 1
        return not proxy._stopping.is_set()

    def _answer(self, proxy, rec, rule, body):
        if rule:
            rec.rule = rule.name
            if rule.delay and proxy._stopping.wait(rule.delay):
                return  # shutting down
            if rule.action == "gate" and not self._gate(proxy, rule):
                return  # shutting down
            action, p = rule.action, rule.params
            if action == "respond":
                headers = list(p["headers"].items())
                if p.get("content_type"):
                    headers.append(("Content-Type", p["content_type"]))
                if p.get("nonce"):
                    try:
                        headers.append(("Replay-Nonce", proxy.fresh_nonce()))
                    except Exception:  # noqa: BLE001 -- answer anyway
                        pass
                headers.append(("Link", f'<{proxy.directory_url}>;rel="index"'))
                return self._send(rec, p["status"], headers, p["body"])
            if action == "drop":
                self.close_connection = True
                return
            if action == "malformed":
                if p.get("forward"):
                    status, headers, _ = self._forward(proxy, rec, body)
                else:
                    status, headers = 200, [("Replay-Nonce", proxy.fresh_nonce())]
                headers = [(k, v) for k, v in headers if k.lower() != "content-type"]
                headers.append(("Content-Type", "application/json"))
                return self._send(rec, status, headers,
                                  b'{"status": "valid", "identifiers": [{"type": "dn')
            if action == "truncate":
                status, headers, rbody = self._forward(proxy, rec, body)
                if len(rbody) < 2:
                    rbody = rbody + b"{}" * 8
                return self._send(rec, status, headers, rbody, truncate=True)
            if action == "mutate":
                status, headers, rbody = self._forward(proxy, rec, body)
                status, headers, rbody = p["fn"](status, list(headers), rbody)
                return self._send(rec, status, list(headers), rbody)
            # "pass": fall through
        if rec.method == "GET" and proxy.path_matches("renewalInfo", rec):
            certid = rec.path[len("/renewalInfo"):].lstrip("/")
            answer = proxy._ari_answer(certid)
            if answer is not None:
                status, headers, rbody = answer
                rec.rule = rec.rule or "ari"
                return self._send(rec, status, list(headers.items()), rbody)
        try:
            status, headers, rbody = self._forward(proxy, rec, body)
        except (OSError, http.client.HTTPException) as e:
            msg = json.dumps({"type": ACME_ERR + "serverInternal",
                              "detail": f"faultproxy: upstream failed: {e}"}).encode()
            return self._send(rec, 502, [("Content-Type", "application/problem+json")], msg)
        return self._send(rec, status, headers, rbody)

    def _send(self, rec, status, headers, body, truncate=False):
        rec.status = status
        rec.response_headers = {k: v for k, v in headers}
        self.send_response(status)
        for k, v in headers:
            if k.lower() not in HOP_BY_HOP:
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        if truncate:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body[:len(body) // 2] if truncate else body)
        self.wfile.flush()
        if truncate:
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
