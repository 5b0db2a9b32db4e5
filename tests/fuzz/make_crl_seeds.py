#!/usr/bin/python3
"""make_crl_seeds.py -- the seeds of the "crl" fuzz target
(tests/fuzz/corpus/crl/): CRLs signed by the issuer key of
tests/fuzz/ocsp_fixture.h (the OCSP target's fixture: made together with
its seeds), dated from its FIX_GEN so that the target's fixed "now" sees
them current.  Usage (from the top of the source tree):

    /usr/bin/python3 tests/fuzz/make_crl_seeds.py

Needs python3-cryptography.  Regenerate after make_ocsp_seeds.sh.
"""

import datetime
import os
import re

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

TOP = os.getcwd()
HDR = os.path.join(TOP, "tests/fuzz/ocsp_fixture.h")
OUT = os.path.join(TOP, "tests/fuzz/corpus/crl")
URL = "http://crl.fuzz.example/1.crl"


def array(text, name):
    m = re.search(r"%s\[\] = \{(.*?)\};" % name, text, re.S)
    return bytes(int(x, 16) for x in re.findall(r"0x([0-9a-f]{2})", m.group(1)))


def main():
    text = open(HDR).read()
    gen = int(re.search(r"#define FIX_GEN (\d+)LL", text).group(1))
    leaf = x509.load_der_x509_certificate(array(text, "fix_leaf_der"))
    issuer = x509.load_der_x509_certificate(array(text, "fix_issuer_der"))
    key = serialization.load_der_private_key(array(text, "fix_issuer_key_der"),
                                             None)
    t0 = datetime.datetime.fromtimestamp(gen, datetime.timezone.utc)
    os.makedirs(OUT, exist_ok=True)

    def crl(name, revoked=(), this=t0, nxt=t0 + datetime.timedelta(days=7),
            exts=(), pem=False, n_filler=0):
        b = (x509.CertificateRevocationListBuilder()
             .issuer_name(issuer.subject).last_update(this).next_update(nxt))
        for serial, reason in revoked:
            r = (x509.RevokedCertificateBuilder().serial_number(serial)
                 .revocation_date(this - datetime.timedelta(hours=1)))
            if reason is not None:
                r = r.add_extension(x509.CRLReason(reason), critical=False)
            b = b.add_revoked_certificate(r.build())
        for i in range(n_filler):
            b = b.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(0x1000 + i)
                .revocation_date(this).build())
        for ext, crit in exts:
            b = b.add_extension(ext, critical=crit)
        c = b.sign(key, hashes.SHA256())
        enc = serialization.Encoding.PEM if pem else serialization.Encoding.DER
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(c.public_bytes(enc))

    me = leaf.serial_number
    kc = x509.ReasonFlags.key_compromise
    idp = x509.IssuingDistributionPoint(
        full_name=[x509.UniformResourceIdentifier(URL)], relative_name=None,
        only_contains_user_certs=True, only_contains_ca_certs=False,
        only_some_reasons=None, indirect_crl=False,
        only_contains_attribute_certs=False)
    idp_other = x509.IssuingDistributionPoint(
        full_name=[x509.UniformResourceIdentifier(URL + ".other")],
        relative_name=None, only_contains_user_certs=False,
        only_contains_ca_certs=False, only_some_reasons=None,
        indirect_crl=False, only_contains_attribute_certs=False)
    idp_indirect = x509.IssuingDistributionPoint(
        full_name=[x509.UniformResourceIdentifier(URL)], relative_name=None,
        only_contains_user_certs=False, only_contains_ca_certs=False,
        only_some_reasons=None, indirect_crl=True,
        only_contains_attribute_certs=False)
    crl("empty")
    crl("revoked", [(me, kc)])
    crl("revoked-no-reason", [(me, None)], n_filler=20)
    crl("others", [(me + 1, kc), (me - 1, x509.ReasonFlags.superseded)])
    crl("partition", [(me, kc)], exts=[(idp, True)])
    crl("partition-other", [(me, kc)], exts=[(idp_other, True)])
    crl("indirect", [(me, kc)], exts=[(idp_indirect, True)])
    crl("delta", [(me, kc)], exts=[(x509.DeltaCRLIndicator(1), True)])
    crl("crl-number", [(me, kc)], exts=[(x509.CRLNumber(7), False)])
    crl("expired", [], this=t0 - datetime.timedelta(days=8),
        nxt=t0 - datetime.timedelta(days=1))
    crl("future", [], this=t0 + datetime.timedelta(days=1),
        nxt=t0 + datetime.timedelta(days=8))
    crl("pem", [(me, kc)], pem=True)


if __name__ == "__main__":
    main()
