"""test_import_mod_md.py -- `mdshm import-mod-md` on a store written by
Debian's mod_md (libapache2-mod-md) against pebble.

Debian's apache2 runs privately (its own ServerRoot, ports from the
harness) with mod_md and mod_ssl; pebble is reached through the fault
proxy so that every ACME request is counted.  Once mod_md has activated
its certificates (staging -> domains after a graceful restart) httpd is
stopped, the store is imported into a fresh mdshm store and `mdshm drive`
runs with the equivalent mdshm.conf against the same CA: it must serve the
same serials and keys, reuse mod_md's account and send no newOrder and no
newAccount.  The mod_md files must be left exactly as they were.
"""

import hashlib
import json
import os
import shutil
import stat
import subprocess
import tempfile
import textwrap
import time

import pytest

import harness
from test_drive import DEADLINE, drives, dump, md_status, write_conf  # noqa: F401

APACHE2 = "/usr/sbin/apache2"
MOD_MD = "/usr/lib/apache2/modules/mod_md.so"
MODS = "/usr/lib/apache2/modules"


def _need_apache():
    if not (os.access(APACHE2, os.X_OK) and os.path.exists(MOD_MD)):
        pytest.skip("Debian's apache2 and mod_md are not installed "
                    "(tests/deps.sh: apache2 libapache2-mod-md)")
    if os.geteuid() != 0:
        pytest.skip("apache2 with User www-data needs root")


HTTPD_CONF = """\
ServerRoot {root}
LoadModule mpm_prefork_module {mods}/mod_mpm_prefork.so
LoadModule authz_core_module {mods}/mod_authz_core.so
LoadModule socache_shmcb_module {mods}/mod_socache_shmcb.so
LoadModule ssl_module {mods}/mod_ssl.so
LoadModule md_module {mods}/mod_md.so
User www-data
Group www-data
PidFile {root}/httpd.pid
ErrorLog {root}/error_log
LogLevel info md:debug
Listen 127.0.0.1:{http_port}
Listen 127.0.0.1:{https_port}
ServerName localhost
MDCertificateAuthority {ca_url}
MDCACertificateFile {ca_file}
MDCertificateAgreement accepted
MDContactEmail admin@example.org
MDPortMap http:{http_port} https:-
MDStoreDir {root}/md
MDRetryDelay 1s
MDomain a.example www.a.example
<MDomain b.example>
  MDPrivateKeys secp256r1 rsa2048
</MDomain>
<VirtualHost 127.0.0.1:{https_port}>
  ServerName a.example
  ServerAlias www.a.example
  SSLEngine on
</VirtualHost>
<VirtualHost 127.0.0.1:{https_port}>
  ServerName b.example
  SSLEngine on
</VirtualHost>
"""

# The same MDs for mdshm (mod_md's defaults: rsa2048 for a.example).
MDSHM_MDS = """\
MDomain a.example www.a.example
<MDomain b.example>
  MDPrivateKeys secp256r1 rsa2048
</MDomain>
"""


class Httpd:
    def __init__(self, root, conf):
        self.root, self.conf = root, conf

    def ctl(self, what):
        out = subprocess.run([APACHE2, "-d", self.root, "-f", self.conf, "-k", what],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, f"apache2 -k {what}: {out.stdout}{out.stderr}" \
            + self.log()
        return out

    def log(self):
        try:
            with open(os.path.join(self.root, "error_log")) as f:
                return f.read()[-4000:]
        except OSError:
            return ""

    def pid(self):
        try:
            with open(os.path.join(self.root, "httpd.pid")) as f:
                return int(f.read().strip())
        except (OSError, ValueError):
            return None

    def stop(self):
        pid = self.pid()
        if pid is None:
            return
        subprocess.run([APACHE2, "-d", self.root, "-f", self.conf, "-k", "stop"],
                       capture_output=True, timeout=60)
        harness.wait_until(lambda: not harness.pid_alive(pid), 30, "apache2 to stop")


def _job_finished(path):
    try:
        with open(path) as f:
            return json.load(f).get("finished") is True
    except (OSError, ValueError):
        return False


def make_mod_md_store(proxy, pebble, top):
    """Run Debian's mod_md until both MDs are active; return the store."""
    root = os.path.join(top, "httpd")
    os.makedirs(root)
    for d in (top, root):  # the children (www-data) must reach staging/
        os.chmod(d, 0o755)
    # the children (www-data) read the CA file: a copy they can reach
    ca_file = os.path.join(root, "ca.pem")
    shutil.copyfile(pebble.ca_file, ca_file)
    os.chmod(ca_file, 0o644)
    conf = os.path.join(root, "httpd.conf")
    with open(conf, "w") as f:
        f.write(HTTPD_CONF.format(root=root, mods=MODS, http_port=pebble.http_port,
                                  https_port=harness.free_port(),
                                  ca_url=proxy.directory_url, ca_file=ca_file))
    httpd = Httpd(root, conf)
    httpd.ctl("start")
    try:
        md = os.path.join(root, "md")
        # mod_md writes into staging/ and activates at the next restart
        harness.wait_until(
            lambda: all(_job_finished(os.path.join(md, "staging", n, "job.json"))
                        for n in ("a.example", "b.example")),
            DEADLINE * 2, "mod_md to finish both MDs in staging/")
        httpd.ctl("graceful")
        harness.wait_until(
            lambda: all(os.path.exists(os.path.join(md, "domains", n, f))
                        for n, f in (("a.example", "pubcert.pem"),
                                     ("b.example", "pubcert.pem"),
                                     ("b.example", "pubcert.secp256r1.pem"))),
            DEADLINE, "mod_md to activate the certificates in domains/")
    finally:
        httpd.stop()
    return md


def snapshot(tree):
    """{relative path: (mode, mtime_ns, sha256)} of every file and dir."""
    out = {}
    for base, dirs, files in os.walk(tree):
        for n in dirs + files:
            p = os.path.join(base, n)
            st = os.lstat(p)
            h = None
            if stat.S_ISREG(st.st_mode):
                with open(p, "rb") as f:
                    h = hashlib.sha256(f.read()).hexdigest()
            out[os.path.relpath(p, tree)] = (st.st_mode, st.st_mtime_ns, h)
    return out


def pem_serial(path):
    out = subprocess.run(["openssl", "x509", "-noout", "-serial", "-in", path],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip().split("=", 1)[1].upper().lstrip("0")


@pytest.fixture
def mod_md_store(pebble, faultproxy_factory):
    _need_apache()
    proxy = faultproxy_factory(pebble)
    top = tempfile.mkdtemp(prefix="modmd-", dir="/tmp")
    try:
        yield proxy, make_mod_md_store(proxy, pebble, top)
    finally:
        shutil.rmtree(top, ignore_errors=True)


def test_import_then_drive_orders_nothing(mdshm, pebble, mod_md_store, tmp_path,
                                          drives):
    proxy, md_dir = mod_md_store
    before = snapshot(md_dir)
    serials = {
        ("a.example", "rsa2048"): pem_serial(f"{md_dir}/domains/a.example/pubcert.pem"),
        ("b.example", "rsa2048"): pem_serial(f"{md_dir}/domains/b.example/pubcert.pem"),
        ("b.example", "secp256r1"):
            pem_serial(f"{md_dir}/domains/b.example/pubcert.secp256r1.pem"),
    }
    orders = len(proxy.requests("newOrder", method="POST"))
    accounts = len(proxy.requests("newAccount", method="POST"))
    assert orders == 3 and accounts == 1

    store = tmp_path / "store"
    conf = write_conf(tmp_path, proxy.directory_url, pebble.ca_file, store, MDSHM_MDS)
    out = subprocess.run([mdshm, "--store", str(store), "import-mod-md", md_dir,
                          "--conf", str(conf)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
    assert snapshot(md_dir) == before  # mod_md's files untouched

    d = dump(mdshm, store)["databases"]
    assert len(d["accounts"]) == 1
    acct = next(iter(d["accounts"].values()))
    assert acct["ca_url"] == proxy.directory_url and acct["status"] == "valid"
    for (md, spec), serial in serials.items():
        assert d["certs"][f"{md}/{spec}"]["serial"].lstrip("0") == serial

    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    # the drive's first run has looked at both MDs: each has a next run
    harness.wait_until(
        lambda: all((md_status(mdshm, store, m).get("job") or {}).get("next_run_ms")
                    for m in ("a.example", "b.example")),
        DEADLINE, "the drive to check both MDs")
    for (md, spec), serial in serials.items():
        m = md_status(mdshm, store, md)
        assert m["state"] == "complete", m
        assert m["certs"][spec]["serial"].lstrip("0") == serial
    assert len(proxy.requests("newOrder", method="POST")) == orders
    assert len(proxy.requests("newAccount", method="POST")) == accounts
    assert drive.stop() == 0
    assert snapshot(md_dir) == before


# ---------------------------------------------------------------------------
# small stores written here, in mod_md's layout, for the parser's cases

from cryptography import x509  # noqa: E402
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec, rsa  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402
import base64  # noqa: E402
import datetime  # noqa: E402
import secrets  # noqa: E402


def _b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def _cert(key, names):
    now = datetime.datetime.now(datetime.timezone.utc)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])])
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=90))
            .add_extension(x509.SubjectAlternativeName(
                [x509.DNSName(n) for n in names]), critical=False)
            .sign(key, hashes.SHA256()))


def _write(path, data, mode=0o600):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb" if isinstance(data, bytes) else "w") as f:
        f.write(data)
    os.chmod(path, mode)


def _pem_key(key, password=None):
    enc = (serialization.BestAvailableEncryption(password) if password
           else serialization.NoEncryption())
    return key.private_bytes(serialization.Encoding.PEM,
                             serialization.PrivateFormat.PKCS8, enc)


def fixture_store(top, mds=("one.example", "two.example")):
    """A mod_md store: one account (key encrypted with the store key, as
    mod_md writes accounts/), MDs with an RSA set and, for the first, an
    EC set too (plain keys, as in domains/).  Returns (dir, facts)."""
    d = os.path.join(str(top), "md")
    skey = secrets.token_bytes(48)
    _write(f"{d}/md_store.json", json.dumps(
        {"store": {"version": 3.0}, "key": _b64url(skey)}))
    akey = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    aid = "ACME-ca.example-0000"
    _write(f"{d}/accounts/{aid}/account.json", json.dumps({
        "status": "valid", "url": "https://ca.example/acct/1",
        "ca-url": "https://ca.example/dir", "contact": ["mailto:a@example.org"],
        "orders": "https://ca.example/orders/1"}), 0o644)
    _write(f"{d}/accounts/{aid}/account.pem", _pem_key(akey, skey), 0o644)
    facts = {"account": aid, "serials": {}, "store_key": skey}
    for i, md in enumerate(mds):
        names = [md, "www." + md]
        _write(f"{d}/domains/{md}/md.json", json.dumps({
            "name": md, "domains": names, "contacts": ["mailto:a@example.org"],
            "transitive": 1, "ca": {"account": aid, "proto": "ACME",
                                    "url": "https://ca.example/dir",
                                    "urls": ["https://ca.example/dir"],
                                    "agreement": "accepted"},
            "privkey": [{"type": "RSA", "bits": 2048}], "state": 2,
            "renew-mode": 1, "renew-window": "33%", "warn-window": "10%",
            "must-staple": False, "stapling": False}))
        specs = [("", rsa.generate_private_key(public_exponent=65537, key_size=2048),
                  "rsa2048")]
        if i == 0:
            specs.append((".secp256r1", ec.generate_private_key(ec.SECP256R1()),
                          "secp256r1"))
        for suffix, key, spec in specs:
            cert = _cert(key, names)
            _write(f"{d}/domains/{md}/privkey{suffix}.pem", _pem_key(key))
            _write(f"{d}/domains/{md}/pubcert{suffix}.pem",
                   cert.public_bytes(serialization.Encoding.PEM))
            facts["serials"][f"{md}/{spec}"] = format(cert.serial_number, "X")
        # mod_md's placeholder until a certificate exists: never imported
        fb = ec.generate_private_key(ec.SECP256R1())
        _write(f"{d}/domains/{md}/fallback-privkey.pem", _pem_key(fb))
        _write(f"{d}/domains/{md}/fallback-pubcert.pem",
               _cert(fb, ["fallback"]).public_bytes(serialization.Encoding.PEM))
    facts["account_key_sha256"] = hashlib.sha256(akey.public_key().public_bytes(
        serialization.Encoding.DER,
        serialization.PublicFormat.SubjectPublicKeyInfo)).hexdigest()
    return d, facts


def run_import(mdshm, store, d):
    return subprocess.run([mdshm, "--store", str(store), "import-mod-md", d],
                          capture_output=True, text=True, timeout=60)


def certs_of(mdshm, store):
    return {k: v["serial"].lstrip("0")
            for k, v in dump(mdshm, store)["databases"]["certs"].items()}


def test_fixture_store_imported(mdshm, tmp_path):
    d, facts = fixture_store(tmp_path)
    before = snapshot(d)
    store = tmp_path / "store"
    out = run_import(mdshm, store, d)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 account imported" in out.stdout
    assert "3 certificate sets imported" in out.stdout
    assert snapshot(d) == before
    assert certs_of(mdshm, store) == {k: v.lstrip("0")
                                      for k, v in facts["serials"].items()}
    db = dump(mdshm, store)["databases"]
    acct = db["accounts"][facts["account"]]
    # the encrypted key was decrypted with md_store.json's key
    assert acct["pkey"]["public_key_sha256"] == facts["account_key_sha256"]
    assert acct["url"] == "https://ca.example/acct/1"
    assert acct["contacts"] == ["mailto:a@example.org"]
    m = db["mds"]["one.example"]
    assert m["state"] == "complete" and not m["is_static"]
    assert m["names"] == ["one.example", "www.one.example"]
    assert sorted(m["keys"]) == ["rsa2048", "secp256r1"]
    # again: everything is there already, nothing changes
    gen = db["meta"]["gen"]["gen"]
    out = run_import(mdshm, store, d)
    assert out.returncode == 0, out.stderr
    assert "0 certificate sets imported (3 kept)" in out.stdout
    assert "0 accounts imported (1 kept)" in out.stdout
    assert dump(mdshm, store)["databases"]["meta"]["gen"]["gen"] == gen


def _bad_one(mdshm, tmp_path, damage, expect_in_err):
    """Damage one.example; two.example and the account still come in, no
    record of one.example is written, the error names the file."""
    d, facts = fixture_store(tmp_path)
    damage(d)
    before = snapshot(d)
    store = tmp_path / "store"
    out = run_import(mdshm, store, d)
    assert out.returncode == 1, out.stdout + out.stderr
    assert expect_in_err in out.stderr, out.stderr
    assert "1 left out" in out.stdout
    assert snapshot(d) == before
    certs = certs_of(mdshm, store)
    assert certs == {"two.example/rsa2048": facts["serials"]["two.example/rsa2048"]}
    db = dump(mdshm, store)["databases"]
    assert set(db["mds"]) == {"two.example"}
    assert facts["account"] in db["accounts"]


def test_malformed_md_json(mdshm, tmp_path):
    def damage(d):
        _write(f"{d}/domains/one.example/md.json", '{"name": "one.example", ')
    _bad_one(mdshm, tmp_path, damage, "domains/one.example/md.json")


def test_name_the_configuration_refuses(mdshm, tmp_path):
    def damage(d):
        p = f"{d}/domains/one.example/md.json"
        with open(p) as f:
            j = json.load(f)
        j["domains"].append("a..b.example")
        _write(p, json.dumps(j))
    _bad_one(mdshm, tmp_path, damage,
             "domains/one.example/md.json: name 'a..b.example'")


def test_key_not_matching_certificate(mdshm, tmp_path):
    def damage(d):  # the EC set's key replaced by another one
        _write(f"{d}/domains/one.example/privkey.secp256r1.pem",
               _pem_key(ec.generate_private_key(ec.SECP256R1())))
    _bad_one(mdshm, tmp_path, damage,
             "the key in domains/one.example/privkey.secp256r1.pem does not "
             "belong to the certificate in domains/one.example/"
             "pubcert.secp256r1.pem")


def test_unreadable_key_file(mdshm, tmp_path):
    def damage(d):  # a link is not followed (root reads any mode)
        p = f"{d}/domains/one.example/privkey.pem"
        os.rename(p, p + ".moved")
        os.symlink(p + ".moved", p)
    _bad_one(mdshm, tmp_path, damage, "cannot open domains/one.example/privkey.pem")


def test_malformed_certificate(mdshm, tmp_path):
    def damage(d):
        _write(f"{d}/domains/one.example/pubcert.pem", "-----BEGIN CERTIFICATE-----\n")
    _bad_one(mdshm, tmp_path, damage, "domains/one.example/pubcert.pem")


def test_wrong_store_key(mdshm, tmp_path):
    d, facts = fixture_store(tmp_path, mds=("one.example",))
    _write(f"{d}/md_store.json", json.dumps(
        {"store": {"version": 3.0}, "key": _b64url(secrets.token_bytes(48))}))
    store = tmp_path / "store"
    out = run_import(mdshm, store, d)
    assert out.returncode == 1, out.stdout + out.stderr
    assert f"accounts/{facts['account']}/account.pem" in out.stderr
    db = dump(mdshm, store)["databases"]
    assert db["accounts"] == {}  # no account without its key
    assert len(db["certs"]) == 2  # the MD's plain keys still come in


def test_not_a_mod_md_store(mdshm, tmp_path):
    os.makedirs(tmp_path / "empty")
    out = run_import(mdshm, tmp_path / "store", str(tmp_path / "empty"))
    assert out.returncode == 1
    assert "not a mod_md store (no md_store.json)" in out.stderr


def test_ocsp_response_imported_where_valid(mdshm, tmp_path):
    """ocsp/<md>/ocsp-*.json (mod_md's ostat: base64url DER "response"):
    the one that verifies for the set comes in; an expired one and one
    for another certificate do not, and do not fail the MD."""
    from cryptography.x509 import ocsp
    d, _ = fixture_store(tmp_path, mds=("one.example",))
    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fixture CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(1)
          .not_valid_before(now - datetime.timedelta(days=2))
          .not_valid_after(now + datetime.timedelta(days=400))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(
              ca_key.public_key()), False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME,
                                                        "one.example")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=90))
            .add_extension(x509.SubjectAlternativeName(
                [x509.DNSName("one.example"), x509.DNSName("www.one.example")]),
                False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    _write(f"{d}/domains/one.example/privkey.secp256r1.pem", _pem_key(key))
    _write(f"{d}/domains/one.example/pubcert.secp256r1.pem",
           leaf.public_bytes(pem) + ca.public_bytes(pem))

    def response(cert, this, nxt):
        b = (ocsp.OCSPResponseBuilder()
             .add_response(cert=cert, issuer=ca, algorithm=hashes.SHA1(),
                           cert_status=ocsp.OCSPCertStatus.GOOD,
                           this_update=this, next_update=nxt,
                           revocation_time=None, revocation_reason=None)
             .responder_id(ocsp.OCSPResponderEncoding.HASH, ca))
        return b.sign(ca_key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)

    good = response(leaf, now - datetime.timedelta(hours=1),
                    now + datetime.timedelta(days=3))
    expired = response(leaf, now - datetime.timedelta(days=9),
                       now - datetime.timedelta(days=2))
    for name, der in (("ocsp-aa.json", expired), ("ocsp-bb.json", good)):
        _write(f"{d}/ocsp/one.example/{name}", json.dumps(
            {"response": _b64url(der), "status": "good",
             "valid": {"from": "x", "until": "y"}}), 0o644)
    _write(f"{d}/ocsp/one.example/job.json", "{}", 0o644)
    store = tmp_path / "store"
    out = run_import(mdshm, store, d)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 OCSP response," in out.stdout
    db = dump(mdshm, store)["databases"]
    sha = hashlib.sha256(leaf.public_bytes(serialization.Encoding.DER)).hexdigest()
    assert set(db["ocsp"]) == {sha}
    assert db["ocsp"][sha]["md"] == "one.example"
    # the valid one, not the expired one read before it
    assert db["ocsp"][sha]["next_update"] > time.time()
