/*
 * fuzz_acme_order.c -- ACME order and authorization objects (with their
 * challenges and errors) and identifier canonicalization.  The parsers are
 * static in core/acme_order.c, so this target compiles that file into
 * itself (its public functions then come from here, not libmdshm.a).
 * First byte: 0 order, 1 authorization, 2 identifier; the rest is the body.
 */
#include "fuzz.h"

#include "../../core/acme_order.c"

static const mdshm__http_resp_t *resp_of(char *body, size_t len)
{
    static mdshm__http_resp_t r;

    memset(&r, 0, sizeof(r));
    r.status = 200;
    r.body = body;
    r.body_len = len;
    return &r;
}

static void one_order(char *body, size_t len)
{
    mdshm__acme_order_t o;
    mdshm__acme_result_t res;

    if (order_parse(resp_of(body, len), "https://ca.example/o/1", &o,
                    &res) == 0) {
        fuzz_require(o.n_idents > 0 && o.finalize_url, "incomplete order");
        /* The drive copies both into arrays of MDSHM_MAX_NAMES. */
        fuzz_require(o.n_idents <= MDSHM_MAX_NAMES &&
                         o.n_authz <= MDSHM_MAX_NAMES,
                     "%zu identifiers, %zu authorizations", o.n_idents,
                     o.n_authz);
        for (size_t i = 0; i < o.n_idents; i++)
            fuzz_require(!strcmp(o.idents[i].type, "dns") ||
                             !strcmp(o.idents[i].type, "ip"),
                         "identifier type '%s'", o.idents[i].type);
        for (size_t i = 0; i < o.n_authz; i++)
            fuzz_require(o.authz_urls[i], "authz url %zu", i);
    }
    mdshm__acme_order_clear(&o);
}

static void one_authz(char *body, size_t len)
{
    mdshm__acme_authz_t az;
    mdshm__acme_result_t res;

    if (authz_parse(resp_of(body, len), "https://ca.example/a/1", &az,
                    &res) == 0) {
        for (size_t i = 0; i < az.n_chall; i++) {
            const mdshm__acme_challenge_t *c = &az.chall[i];

            fuzz_require(c->type && c->url, "challenge %zu", i);
            /* Tokens reach URLs, store keys and file names. */
            fuzz_require(!c->token || mdshm__acme_token_ok(c->token),
                         "token '%s'", c->token);
        }
    }
    mdshm__acme_authz_clear(&az);
}

static void one_ident(const char *s)
{
    mdshm__acme_ident_t id, again;

    if (mdshm__acme_ident(s, &id) == 0) {
        /* Canonical text is a fixed point. */
        fuzz_require(mdshm__acme_ident(id.value, &again) == 0 &&
                         !strcmp(id.value, again.value) &&
                         !strcmp(id.type, again.type),
                     "'%s' -> '%s' not canonical", s, id.value);
        for (const char *p = id.value; *p; p++)
            fuzz_require(*p != '/' && *p != ' ' && *p != ';' && *p != '$',
                         "'%s' keeps a metacharacter", id.value);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *body;

    fuzz_begin(size);
    if (size < 1 || !(body = fuzz_cstr(data + 1, size - 1)))
        return 0;
    switch (data[0] % 3) {
    case 0: one_order(body, size - 1); break;
    case 1: one_authz(body, size - 1); break;
    default: one_ident(body); break;
    }
    free(body);
    return 0;
}
