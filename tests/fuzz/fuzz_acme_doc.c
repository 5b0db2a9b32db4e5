/*
 * fuzz_acme_doc.c -- ACME documents that need no client state: the
 * directory, problem documents (RFC 7807, with subproblems) and ARI
 * renewalInfo.  The first byte picks the document and, for problems, the
 * HTTP status; the rest is the body the CA sent.
 */
#include "fuzz.h"

#include <string.h>

#include "acme.h"

static void one_dir(const char *body, size_t len)
{
    mdshm__acme_dir_t d;
    mdshm__acme_result_t res;

    if (mdshm__acme_dir_parse("https://ca.example/dir", body, len, &d,
                              &res) == 0) {
        /* What a valid directory promises its users. */
        fuzz_require(d.new_nonce && d.new_account && d.new_order, "urls");
        for (size_t i = 0; i < d.n_profiles; i++)
            fuzz_require(d.profiles[i] && d.profile_descs[i], "profile %zu",
                         i);
        (void)mdshm__acme_dir_has_profile(&d, "tlsserver");
    }
    mdshm__acme_dir_clear(&d);
}

static void one_problem(long status, const char *body, size_t len)
{
    mdshm__acme_result_t res;
    int rv = mdshm__acme_problem(status, body, len, 0, &res);

    fuzz_require(rv < 0, "a problem maps to an error, got %d", rv);
    fuzz_require(res.n_sub <= MDSHM__ACME_MAX_SUB, "n_sub %zu", res.n_sub);
    fuzz_require(memchr(res.problem, 0, sizeof(res.problem)) &&
                     memchr(res.detail, 0, sizeof(res.detail)),
                 "unterminated text");
}

static void one_ari(const char *body, size_t len)
{
    mdshm__acme_ari_t ari;
    mdshm__acme_result_t res;

    memset(&ari, 0, sizeof(ari));
    if (mdshm__acme_ari_parse(body, len, &ari, &res) == 0) {
        fuzz_require(ari.end_ms >= ari.start_ms, "window %lld..%lld",
                     (long long)ari.start_ms, (long long)ari.end_ms);
        int64_t t = mdshm__acme_ari_random_time(&ari);
        fuzz_require(t >= ari.start_ms && t <= ari.end_ms,
                     "random time %lld outside the window", (long long)t);
    }
    mdshm__acme_ari_clear(&ari);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const long statuses[] = {400, 401, 403, 404, 409, 429, 500, 503};
    char *body;

    fuzz_begin(size);
    if (size < 1 || !(body = fuzz_cstr(data + 1, size - 1)))
        return 0;
    switch (data[0] % 3) {
    case 0: one_dir(body, size - 1); break;
    case 1: one_problem(statuses[(data[0] / 3) % 8], body, size - 1); break;
    default: one_ari(body, size - 1); break;
    }
    free(body);
    return 0;
}
