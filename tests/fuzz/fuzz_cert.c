/*
 * fuzz_cert.c -- certificates and keys as files and CAs deliver them: PEM
 * chains, DER certificates, PEM/DER private keys, PKCS#8 fingerprints and
 * the certificate/key pair check.  First byte: 0 chain, 1 key, 2 a (cert
 * DER, PKCS#8 DER) pair (two bytes big-endian: the cert's length), 3 a
 * PKCS#8 fingerprint.  A chain's leaf also goes through the names an
 * import takes (mdshm__cert_md_names).
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#define MDSHM__CONFIG_INTERNALS /* mdshm__parse_name */
#include "core/config.h"

/* The names an import takes from the leaf (what once overflowed the MD
 * record's names[MDSHM_MAX_NAMES]): at most MDSHM_MAX_NAMES, each one the
 * configuration would take, in normal form, no duplicates. */
static void md_names(const mdshm_chain_t *ch)
{
    char(*names)[MDSHM_MAX_NAME_LEN + 1] = NULL;
    char norm[MDSHM_MAX_NAME_LEN + 1];
    mdshm_md_rec_t *md;
    size_t n = 0;

    if (mdshm__cert_md_names(ch, "fuzz", &names, &n) == 0) {
        fuzz_require(n >= 1 && n <= MDSHM_MAX_NAMES, "%zu names", n);
        md = calloc(1, sizeof(*md)); /* as import fills it: ASan sees */
        fuzz_require(md != NULL, "oom");
        for (size_t i = 0; i < n; i++) {
            fuzz_require(!mdshm__parse_name(names[i], norm) &&
                             !strcmp(norm, names[i]),
                         "name %zu not in normal form", i);
            for (size_t j = 0; j < i; j++)
                fuzz_require(strcmp(names[i], names[j]), "duplicate %zu", i);
            md->names[i].p = (const uint8_t *)names[i];
            md->names[i].n = strlen(names[i]);
        }
        free(md);
    }
    free(names);
}

static void one_chain(const uint8_t *p, size_t n)
{
    mdshm_chain_t *ch = NULL;

    if (mdshm_chain_parse(p, n, &ch) == 0) {
        size_t count = mdshm_chain_count(ch);

        fuzz_require(count >= 1 && count <= MDSHM_MAX_CHAIN, "count %zu",
                     count);
        for (size_t i = 0; i < count; i++) {
            mdshm_cert_info_t info;
            mdshm_buf_t der;

            fuzz_require(mdshm_chain_info(ch, i, &info) == 0, "info %zu", i);
            fuzz_require(mdshm_chain_der(ch, i, &der) == 0 && der.n > 0,
                         "der %zu", i);
            /* SAN names: letters, digits, '-', '.', '_', '*' (or an IP
             * address); a CN may have spaces, never control characters. */
            for (size_t k = 0; k < info.n_names; k++)
                for (const char *p = info.names[k]; *p; p++)
                    fuzz_require((unsigned char)*p >= 0x20 && *p != 0x7f,
                                 "name with a control character");
        }
        fuzz_require(mdshm_chain_info(ch, count, &(mdshm_cert_info_t){0}) ==
                         MDSHM_ENOTFOUND,
                     "index past the end");
        md_names(ch);
    }
    mdshm_chain_free(ch);
}

static void one_key(const uint8_t *p, size_t n)
{
    mdshm__pkey_t *k = NULL;

    if (mdshm__pkey_parse(p, n, &k) == 0) {
        mdshm_buf_t der;
        unsigned char fp[32], fp2[32];
        const char *type;

        fuzz_require(mdshm__pkey_spec(k) != NULL, "spec");
        fuzz_require(mdshm__pkey_der(k, &der) == 0, "der");
        fuzz_require(mdshm__pkey_fingerprint(k, fp) == 0, "fingerprint");
        fuzz_require(mdshm_pkey_der_fingerprint(der.p, der.n, &type,
                                                fp2) == 0 &&
                         !memcmp(fp, fp2, 32),
                     "the DER's fingerprint differs");
    }
    mdshm__pkey_free(k);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *type;
    unsigned char fp[32];

    fuzz_begin(size);
    if (size < 1)
        return 0;
    switch (data[0] % 4) {
    case 0: one_chain(data + 1, size - 1); break;
    case 1: one_key(data + 1, size - 1); break;
    case 2: {
        size_t clen = size >= 3 ? (size_t)data[1] << 8 | data[2] : 0;

        if (clen > size - 3 || size < 3)
            break;
        mdshm_buf_t cert = {.p = data + 3, .n = clen};
        mdshm_buf_t key = {.p = data + 3 + clen, .n = size - 3 - clen};

        (void)mdshm__der_pair_matches(cert, key);
        break;
    }
    default:
        (void)mdshm_pkey_der_fingerprint(data + 1, size - 1, &type, fp);
        break;
    }
    return 0;
}
