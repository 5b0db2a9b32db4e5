/*
 * fuzz_b64jws.c -- base64url (what ACME tokens, nonces, JWS parts and EAB
 * MAC keys arrive as) and JWS signing over untrusted nonce/URL/payload
 * text.  Decoding must round-trip; a JWS must come out as a flattened JWS
 * whose protected header decodes to JSON carrying exactly our nonce and
 * URL.  First byte: 0 base64url, 1 JWS (the rest split at NULs into nonce,
 * url, payload).
 */
#include "fuzz.h"

#include <string.h>

#include <jansson.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

#include "jws.h"

static void one_b64(const uint8_t *p, size_t n)
{
    uint8_t *dec = NULL, *dec2 = NULL;
    char *enc = NULL;
    size_t len = 0, len2 = 0;

    if (mdshm__b64url_decode((const char *)p, n, &dec, &len) == 0) {
        fuzz_require(mdshm__b64url_encode(dec, len, &enc) == 0, "encode");
        fuzz_require(mdshm__b64url_decode(enc, strlen(enc), &dec2, &len2) ==
                             0 &&
                         len2 == len && !memcmp(dec, dec2, len),
                     "round trip");
    }
    free(dec);
    free(dec2);
    free(enc);
    /* And the input as bytes to encode. */
    fuzz_require(mdshm__b64url_encode(p, n, &enc) == 0, "encode input");
    fuzz_require(strlen(enc) == MDSHM__B64URL_LEN(n), "length");
    fuzz_require(mdshm__b64url_decode(enc, strlen(enc), &dec, &len) == 0 &&
                     len == n && (n == 0 || !memcmp(dec, p, n)),
                 "encode/decode");
    free(dec);
    free(enc);
}

static EVP_PKEY *key(void)
{
    static EVP_PKEY *pk;

    if (!pk)
        pk = EVP_EC_gen("P-256");
    return pk;
}

static void one_jws(const uint8_t *p, size_t n)
{
    char *s = fuzz_cstr(p, n), *parts[3] = {"", "", ""};
    json_t *jws = NULL, *hdr = NULL;
    uint8_t *raw = NULL;
    size_t rawlen, off = 0;
    const char *prot;

    if (!s)
        return;
    for (int i = 0; i < 3 && off <= n; i++) { /* split at NULs */
        parts[i] = s + off;
        off += strlen(s + off) + 1;
    }
    if (mdshm__jws_sign(key(), "https://ca.example/acct/1", parts[0],
                        parts[1], parts[2], &jws) == 0) {
        prot = json_string_value(json_object_get(jws, "protected"));
        fuzz_require(prot && json_is_string(json_object_get(jws, "payload")) &&
                         json_is_string(json_object_get(jws, "signature")),
                     "flattened JWS");
        fuzz_require(mdshm__b64url_decode(prot, strlen(prot), &raw,
                                          &rawlen) == 0,
                     "protected header is base64url");
        hdr = json_loadb((const char *)raw, rawlen, 0, NULL);
        fuzz_require(hdr, "protected header is JSON");
        fuzz_require(!strcmp(json_string_value(json_object_get(hdr, "url")),
                             parts[1]),
                     "url changed");
        if (*parts[0])
            fuzz_require(!strcmp(json_string_value(
                                     json_object_get(hdr, "nonce")),
                                 parts[0]),
                         "nonce changed");
    }
    json_decref(hdr);
    json_decref(jws);
    free(raw);
    free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_begin(size);
    if (size < 1)
        return 0;
    if (data[0] % 2 == 0)
        one_b64(data + 1, size - 1);
    else
        one_jws(data + 1, size - 1);
    return 0;
}
