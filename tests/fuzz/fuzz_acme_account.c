/*
 * fuzz_acme_account.c -- ACME account objects (newAccount, account
 * lookups and updates).  The parser is static in core/acme_account.c, so
 * this target compiles that file into itself.
 */
#include "fuzz.h"

#include "../../core/acme_account.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mdshm__http_resp_t r;
    mdshm__acme_account_t acct;
    mdshm__acme_result_t res;
    char *body;

    fuzz_begin(size);
    if (!(body = fuzz_cstr(data, size)))
        return 0;
    memset(&r, 0, sizeof(r));
    r.status = 200;
    r.body = body;
    r.body_len = size;
    if (account_parse(&r, "https://ca.example/acct/1", &acct, &res) == 0) {
        fuzz_require(acct.url && (size == 0 || acct.status),
                     "incomplete account");
        for (size_t i = 0; i < acct.n_contacts; i++)
            fuzz_require(acct.contacts[i], "contact %zu", i);
    }
    mdshm__acme_account_clear(&acct);
    free(body);
    return 0;
}
