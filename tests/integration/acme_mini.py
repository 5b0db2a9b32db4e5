"""acme_mini.py -- a minimal ACME (RFC 8555) client for testing the harness.

It is NOT the client under test: it proves that pebble, challtestsrv, the
http-01 port and the fault proxy work together, and it lets tests set up
server-side state (accounts, orders, issued certificates) quickly.

    c = MiniAcme(directory_url, ca_file)
    c.new_account(eab=(kid, hmac_b64))    # eab optional
    pem = c.issue(["a.example"], http01=responder)    # or dns01=challtestsrv
"""

import hashlib
import hmac
import json
import time

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

import harness
from harness import b64url


class AcmeError(Exception):
    def __init__(self, status, problem):
        self.status = status
        self.problem = problem if isinstance(problem, dict) else {"detail": problem}
        self.type = self.problem.get("type", "")
        super().__init__(f"HTTP {status}: {self.problem}")


class MiniAcme:
    def __init__(self, directory_url, ca_file, key=None, bad_nonce_retries=10):
        self.directory_url = directory_url
        self.ctx = harness.client_context(ca_file)
        self.key = key or ec.generate_private_key(ec.SECP256R1())
        self.kid = None
        self.nonce = None
        self.bad_nonce_retries = bad_nonce_retries
        status, _, body = self.request(directory_url)
        if status != 200:
            raise AcmeError(status, body)
        self.dir = json.loads(body)

    # -- transport --------------------------------------------------------------

    def request(self, url, method="GET", body=None, headers=None):
        status, hdrs, data = harness.https_request(url, method, body, headers,
                                                   context=self.ctx, timeout=30)
        nonce = hdrs.get("Replay-Nonce")
        if nonce:
            self.nonce = nonce
        return status, hdrs, data

    def jwk(self):
        n = self.key.public_key().public_numbers()
        return {"crv": "P-256", "kty": "EC",
                "x": b64url(n.x.to_bytes(32, "big")), "y": b64url(n.y.to_bytes(32, "big"))}

    def thumbprint(self):
        j = json.dumps(self.jwk(), sort_keys=True, separators=(",", ":")).encode()
        return b64url(hashlib.sha256(j).digest())

    def key_authorization(self, token):
        return f"{token}.{self.thumbprint()}"

    def dns01_value(self, token):
        return b64url(hashlib.sha256(self.key_authorization(token).encode()).digest())

    def _sign(self, url, payload, use_jwk):
        if self.nonce is None:
            self.request(self.dir["newNonce"], "HEAD")
        protected = {"alg": "ES256", "nonce": self.nonce, "url": url}
        if use_jwk or self.kid is None:
            protected["jwk"] = self.jwk()
        else:
            protected["kid"] = self.kid
        self.nonce = None
        p64 = b64url(json.dumps(protected).encode())
        pl64 = "" if payload is None else b64url(json.dumps(payload).encode())
        der = self.key.sign(f"{p64}.{pl64}".encode(), ec.ECDSA(hashes.SHA256()))
        r, s = decode_dss_signature(der)
        sig = b64url(r.to_bytes(32, "big") + s.to_bytes(32, "big"))
        return json.dumps({"protected": p64, "payload": pl64, "signature": sig}).encode()

    def post(self, url, payload, use_jwk=False, expect=(200, 201)):
        """POST a JWS (payload None: POST-as-GET); retries badNonce.
        Returns (status, headers, body bytes); raises AcmeError otherwise."""
        for _ in range(self.bad_nonce_retries + 1):
            status, hdrs, data = self.request(
                url, "POST", self._sign(url, payload, use_jwk),
                {"Content-Type": "application/jose+json"})
            if status in expect:
                return status, hdrs, data
            try:
                problem = json.loads(data)
            except ValueError:
                problem = data
            err = AcmeError(status, problem)
            if err.type != "urn:ietf:params:acme:error:badNonce":
                raise err
        raise err

    def get(self, url):
        return json.loads(self.post(url, None)[2])

    # -- protocol ---------------------------------------------------------------

    def new_account(self, eab=None, contact=None):
        payload = {"termsOfServiceAgreed": True}
        if contact:
            payload["contact"] = contact
        if eab:
            kid, mac_b64 = eab
            url = self.dir["newAccount"]
            p64 = b64url(json.dumps({"alg": "HS256", "kid": kid, "url": url}).encode())
            pl64 = b64url(json.dumps(self.jwk()).encode())
            mac = hmac.new(harness.b64url_decode(mac_b64), f"{p64}.{pl64}".encode(),
                           hashlib.sha256).digest()
            payload["externalAccountBinding"] = {"protected": p64, "payload": pl64,
                                                 "signature": b64url(mac)}
        status, hdrs, data = self.post(self.dir["newAccount"], payload, use_jwk=True)
        self.kid = hdrs["Location"]
        return json.loads(data)

    def new_order(self, names, replaces=None):
        payload = {"identifiers": [{"type": "dns", "value": n} for n in names]}
        if replaces:
            payload["replaces"] = replaces
        _, hdrs, data = self.post(self.dir["newOrder"], payload)
        return hdrs["Location"], json.loads(data)

    def poll(self, url, done=("valid", "invalid"), timeout=60):
        deadline = time.monotonic() + timeout
        while True:
            obj = self.get(url)
            if obj.get("status") in done:
                return obj
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} still {obj.get('status')}")
            time.sleep(0.2)

    def issue(self, names, http01=None, dns01=None, key=None):
        """Order, validate (http-01 through an Http01Responder, or dns-01
        through a ChallTestSrv), finalize and download.  Returns
        (pem chain text, leaf key)."""
        order_url, order = self.new_order(names)
        for az_url in order["authorizations"]:
            az = self.get(az_url)
            if az["status"] == "valid":
                continue
            kind = "http-01" if http01 is not None else "dns-01"
            ch = next(c for c in az["challenges"] if c["type"] == kind)
            if http01 is not None:
                http01.set(ch["token"], self.key_authorization(ch["token"]))
            elif dns01 is not None:
                dns01.set_txt("_acme-challenge." + az["identifier"]["value"],
                              self.dns01_value(ch["token"]))
            self.post(ch["url"], {})
            az = self.poll(az_url)
            if az["status"] != "valid":
                raise AcmeError(403, az)
        order = self.poll(order_url, done=("ready", "valid", "invalid"))
        if order["status"] == "invalid":
            raise AcmeError(403, order)
        key = key or ec.generate_private_key(ec.SECP256R1())
        csr = (x509.CertificateSigningRequestBuilder()
               .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
               .add_extension(x509.SubjectAlternativeName(
                   [x509.DNSName(n) for n in names]), critical=False)
               .sign(key, hashes.SHA256()))
        self.post(order["finalize"],
                  {"csr": b64url(csr.public_bytes(serialization.Encoding.DER))})
        order = self.poll(order_url)
        if order["status"] != "valid":
            raise AcmeError(403, order)
        pem = self.post(order["certificate"], None)[2].decode()
        return pem, key
