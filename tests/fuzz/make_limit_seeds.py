#!/usr/bin/python3
"""make_limit_seeds.py -- fuzz seeds at and just over every size limit.

A heap overflow in import (101 SANs into names[100]) went unseen because no
seed had more than a few names: these seeds sit on each limit and one past
it, so that the fuzzers start from the edges (and `make check` replays
them, under the sanitizers with ./configure --enable-sanitizers).

    limit                         where                      seeds
    MDSHM_MAX_NAMES (100)         cert SANs, order           cert, acme_order,
                                  identifiers/authorizations, record, config
                                  MD names, staging authz
    MDSHM_MAX_NAME_LEN (253)      SAN, identifier, MD name    cert, acme_order,
                                                             record, config, cli
    MDSHM_MAX_LIST (8)            CAs, contacts, key specs   record, config,
                                                             acme_account
    MDSHM_MAX_CHAIN (8)           certificates in a chain    cert, record
    MDSHM_MAX_JOBLOG (32)         job log entries            record
    MDSHM_MAX_STR (4096)          any record text            record
    MDSHM__ACME_MAX_SUB (8)       problem subproblems        acme_doc
    MAX_PROFILES (32), 64 chars   directory profiles         acme_doc
    CONTACT_MAX (1024)            account contact            acme_account
    MDSHM__MAX_CMD_WORDS (60)     MDNotifyCmd & co           config
    labels of 63                  every name                 config, acme_order
    argv (64 arguments)           the CLI                    cli

Usage (from the source tree's top; needs the openssl command):
    /usr/bin/python3 tests/fuzz/make_limit_seeds.py
Every file it writes is called limit-*; the certificates are new at every
run (fresh keys), everything else is the same.
"""
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile

TOP = os.getcwd()
CORPUS = os.path.join(TOP, "tests", "fuzz", "corpus")


def write(target, name, data):
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(CORPUS, target, "limit-" + name), "wb") as f:
        f.write(data)


def long_name(n):
    """A valid DNS name of exactly n characters (labels of at most 63)."""
    labels, left = [], n - len(".example")
    while left > 64:
        labels.append(chr(ord("a") + len(labels)) * 63)
        left -= 64
    labels.append("z" * left)
    name = ".".join(labels) + ".example"
    assert len(name) == n, (n, len(name))
    return name


def names(n):
    return ["n%d.example" % i for i in range(1, n + 1)]


# ---- msgpack (the subset records use) --------------------------------------

def mp(v):
    if isinstance(v, bool):
        return b"\xc3" if v else b"\xc2"
    if isinstance(v, int):
        if 0 <= v < 128:
            return bytes([v])
        return b"\xcf" + struct.pack(">Q", v)
    if isinstance(v, str):
        b = v.encode()
        if len(b) < 32:
            return bytes([0xA0 | len(b)]) + b
        if len(b) < 256:
            return b"\xd9" + bytes([len(b)]) + b
        return b"\xda" + struct.pack(">H", len(b)) + b
    if isinstance(v, bytes):
        if len(v) < 256:
            return b"\xc4" + bytes([len(v)]) + v
        return b"\xc5" + struct.pack(">H", len(v)) + v
    if isinstance(v, list):
        head = (bytes([0x90 | len(v)]) if len(v) < 16
                else b"\xdc" + struct.pack(">H", len(v)))
        return head + b"".join(mp(x) for x in v)
    if isinstance(v, dict):
        head = (bytes([0x80 | len(v)]) if len(v) < 16
                else b"\xde" + struct.pack(">H", len(v)))
        return head + b"".join(mp(k) + mp(x) for k, x in v.items())
    raise TypeError(v)


def md_rec(**kw):
    r = {"v": 1, "name": "a.example", "gen": 1, "state": 2, "renew_mode": 1,
         "names": ["a.example"], "ca": ["https://ca.example/dir"],
         "contacts": ["mailto:a@example.org"], "keys": ["rsa2048"]}
    r.update(kw)
    return mp(r)


def records():
    for n in (100, 101):
        write("record", "md-names-%d" % n, md_rec(names=names(n)))
    for n in (253, 254):
        write("record", "md-name-%d" % n,
              md_rec(name=long_name(n), names=[long_name(n)]))
    for n in (8, 9):
        write("record", "md-lists-%d" % n,
              md_rec(ca=["https://c%d.example/d" % i for i in range(n)],
                     contacts=["mailto:%d@x.example" % i for i in range(n)],
                     keys=["rsa2048"] * n))
        write("record", "certset-chain-%d" % n,
              mp({"v": 1, "gen": 1, "md": "a.example", "key_spec": "rsa2048",
                  "chain": [b"\x30\x03\x02\x01%c" % i for i in range(n)],
                  "pkey": b"\x30\x00", "sha256": b"\x01" * 32}))
    for n in (100, 101):
        write("record", "staging-authz-%d" % n,
              mp({"v": 1, "md": "a.example", "key_spec": "rsa2048",
                  "state": 1, "order_url": "https://c.example/o/1",
                  "authz_urls": ["https://c.example/a/%d" % i
                                 for i in range(n)]}))
    for n in (32, 33):
        write("record", "job-log-%d" % n,
              mp({"v": 1, "md": "a.example", "errors": 0,
                  "log": [{"when": 1700000000000 + i, "type": "t",
                           "detail": "d%d" % i} for i in range(n)]}))
    for n in (4096, 4097):
        write("record", "job-str-%d" % n,
              mp({"v": 1, "md": "a.example", "last_detail": "x" * n}))


# ---- certificates ----------------------------------------------------------

def certs():
    tmp = tempfile.mkdtemp()
    try:
        key = os.path.join(tmp, "k.key")
        subprocess.run(["openssl", "genpkey", "-algorithm", "EC", "-pkeyopt",
                        "ec_paramgen_curve:P-256", "-out", key], check=True,
                       capture_output=True)

        def cert(sans, fmt="DER", cn="limits"):
            out = os.path.join(tmp, "c")
            cmd = ["openssl", "req", "-x509", "-new", "-key", key, "-days",
                   "30", "-subj", "/CN=" + cn, "-outform", fmt, "-out", out]
            if sans:
                cmd += ["-addext", "subjectAltName=" +
                        ",".join("DNS:" + s for s in sans)]
            subprocess.run(cmd, check=True, capture_output=True)
            with open(out, "rb") as f:
                return f.read()

        for n in (100, 101):
            write("cert", "sans-%d" % n, b"\x00" + cert(names(n)))
        for n in (253, 254):
            write("cert", "san-%d" % n, b"\x00" + cert([long_name(n)]))
        write("cert", "san-dup", b"\x00" + cert(
            ["a.example", "A.example", "a.example", "www.a.example"]))
        write("cert", "san-bad", b"\x00" + cert(["a.example", "a..b"]))
        one = cert(["c.example"], fmt="PEM")
        for n in (8, 9):
            write("cert", "chain-%d" % n, b"\x00" + one * n)
    finally:
        shutil.rmtree(tmp)


# ---- ACME ------------------------------------------------------------------

def order(n_idents, n_authz):
    return json.dumps({
        "status": "pending", "finalize": "https://c.example/f/1",
        "identifiers": [{"type": "dns", "value": "n%d.x" % i}
                        for i in range(n_idents)],
        "authorizations": ["https://c.example/a/%d" % i
                           for i in range(n_authz)]},
        separators=(",", ":"))


def acme():
    for n in (100, 101):
        write("acme_order", "idents-%d" % n, "\x00" + order(n, 1))
        write("acme_order", "authz-%d" % n, "\x00" + order(1, n))
    for n in (253, 254):
        write("acme_order", "ident-%d" % n, "\x02" + long_name(n))
    write("acme_order", "ident-label-63", "\x02" + "a" * 63 + ".example")
    write("acme_order", "ident-label-64", "\x02" + "a" * 64 + ".example")
    for n in (8, 9):
        write("acme_doc", "problem-sub-%d" % n, "\x01" + json.dumps({
            "type": "urn:ietf:params:acme:error:compound", "detail": "d",
            "subproblems": [{"type": "urn:ietf:params:acme:error:caa",
                             "detail": "s%d" % i,
                             "identifier": {"type": "dns",
                                            "value": "n%d.x" % i}}
                            for i in range(n)]}))
    for n, length in ((32, 64), (33, 65)):
        write("acme_doc", "dir-profiles-%d" % n, "\x00" + json.dumps({
            "newNonce": "https://c.example/n",
            "newAccount": "https://c.example/a",
            "newOrder": "https://c.example/o",
            "meta": {"profiles": {("p%d" % i).ljust(length, "x"): "d"
                                  for i in range(n)}}}))
    for n in (8, 9):
        write("acme_account", "contacts-%d" % n, json.dumps({
            "status": "valid",
            "contact": ["mailto:%d@x.example" % i for i in range(n)]}))
    for n in (1024, 1025):
        write("acme_account", "contact-%d" % n, json.dumps({
            "status": "valid",
            "contact": ["mailto:" + "a" * (n - len("mailto:@x.example")) +
                        "@x.example"]}))


# ---- configuration and command line -------------------------------------------

def config_and_cli():
    for n in (100, 101):
        write("config", "names-%d" % n, "MDomain %s\n" % " ".join(names(n)))
    for n in (253, 254):
        write("config", "name-%d" % n, "MDomain %s\n" % long_name(n))
    for n in (8, 9):
        write("config", "cas-%d" % n, "MDomain a.example\n"
              "MDCertificateAuthority %s\n" %
              " ".join("https://c%d.example/d" % i for i in range(n)))
    for n in (60, 61):
        write("config", "cmd-%d" % n, "MDomain a.example\nMDNotifyCmd "
              "/bin/true %s\n" % " ".join("a%d" % i for i in range(n - 1)))
    write("config", "eab-quoted", 'MDomain a.example\n'
          'MDExternalAccountBinding "kid-1 c2VjcmV0LWtleQ"\n')
    for n in (253, 254):
        write("cli", "import-%d" % n,
              "\0".join(["import", long_name(n), "--cert", "c.pem",
                         "--key", "k.pem"]))
        write("cli", "renew-%d" % n, "\0".join(["renew", long_name(n)]))
    for n in (64, 65):
        write("cli", "args-%d" % n, "\0".join(["dump"] + names(n - 1)))


def main():
    if not os.path.isdir(CORPUS):
        sys.exit("run from the top of the source tree")
    records()
    certs()
    acme()
    config_and_cli()


if __name__ == "__main__":
    main()
