/* acme_account.c -- ACME accounts (RFC 8555 7.3): register (with external
 * account binding), find by key, fetch, update contacts, deactivate, and
 * roll the account key over.
 *
 * The client signs with one account key at a time.  Calls that introduce a
 * key (new, find) switch to it only when the CA accepted it, so a failed
 * attempt leaves the client as it was.
 */
#include "acme.h"
#include "jws.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CONTACT_MAX 1024

void mdshm__acme_account_clear(mdshm__acme_account_t *acct)
{
    if (!acct)
        return;
    free(acct->url);
    free(acct->status);
    for (size_t i = 0; i < acct->n_contacts; i++)
        free(acct->contacts[i]);
    free(acct->contacts);
    free(acct->orders);
    memset(acct, 0, sizeof(*acct));
}

int mdshm__acme_use_account(mdshm__acme_t *a, const mdshm__pkey_t *key,
                            const char *url)
{
    EVP_PKEY *pk = NULL;
    char *kid = NULL;
    int rv;

    if (!a || !key)
        return -EINVAL;
    rv = mdshm__pkey_evp(key, &pk);
    if (rv)
        return rv;
    if (!mdshm__jws_alg(pk)) {
        EVP_PKEY_free(pk);
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EUNSUPPORTED,
                  "account key %s cannot sign ACME requests",
                  mdshm__pkey_spec(key));
        return MDSHM_EUNSUPPORTED;
    }
    if (url && !(kid = strdup(url))) {
        EVP_PKEY_free(pk);
        return -ENOMEM;
    }
    EVP_PKEY_free(a->key);
    free(a->kid);
    a->key = pk;
    a->kid = kid;
    return 0;
}

const char *mdshm__acme_account_url(const mdshm__acme_t *a)
{
    return a ? a->kid : NULL;
}

/* Read an account object.  @url: the account URL we know. */
static int account_parse(const mdshm__http_resp_t *resp, const char *url,
                         mdshm__acme_account_t *out,
                         mdshm__acme_result_t *res)
{
    const char *what = "ACME account", *s;
    json_t *j = NULL, *v, *c;
    size_t i;
    int rv;

    memset(out, 0, sizeof(*out));
    rv = mdshm__acme_strdup(url, &out->url);
    if (rv)
        return rv;
    if (!resp->body_len) /* some CAs answer an existing account with 200
                            and no body: what we know is enough */
        return 0;
    rv = mdshm__acme_json_parse(resp, what, &j, res);
    if (rv)
        goto out;
    if ((rv = mdshm__acme_json_str(j, "status", true, 32, what, &s, res)) ||
        (rv = mdshm__acme_strdup(s, &out->status)) ||
        (rv = mdshm__acme_json_url(j, "orders", false, what, &s, res)) ||
        (rv = mdshm__acme_strdup(s, &out->orders)))
        goto out;
    v = json_object_get(j, "termsOfServiceAgreed");
    if (v && !json_is_null(v) && !json_is_boolean(v)) {
        rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                              "%s: termsOfServiceAgreed is not a boolean",
                              what);
        goto out;
    }
    out->tos_agreed = json_is_true(v);
    v = json_object_get(j, "contact");
    if (v && !json_is_null(v)) {
        if (!json_is_array(v)) {
            rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                  "%s: contact is not an array", what);
            goto out;
        }
        if (json_array_size(v) &&
            !(out->contacts = calloc(json_array_size(v) < MDSHM_MAX_LIST
                                         ? json_array_size(v)
                                         : MDSHM_MAX_LIST,
                                     sizeof(char *)))) {
            rv = -ENOMEM;
            goto out;
        }
        json_array_foreach(v, i, c) {
            if (!json_is_string(c) ||
                json_string_length(c) > CONTACT_MAX ||
                json_string_length(c) != strlen(json_string_value(c))) {
                rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                      "%s: bad contact entry", what);
                goto out;
            }
            if (out->n_contacts == MDSHM_MAX_LIST)
                break; /* more than we keep anywhere */
            if (!(out->contacts[out->n_contacts] =
                      strdup(json_string_value(c)))) {
                rv = -ENOMEM;
                goto out;
            }
            out->n_contacts++;
        }
    }
out:
    json_decref(j);
    if (rv)
        mdshm__acme_account_clear(out);
    return rv;
}

static int contacts_json(const char *const *contacts, size_t n, json_t *obj)
{
    json_t *arr = json_array();

    if (!arr)
        return -ENOMEM;
    for (size_t i = 0; i < n; i++) {
        if (!contacts[i] || strlen(contacts[i]) > CONTACT_MAX) {
            json_decref(arr);
            MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT, "invalid contact #%zu",
                      i + 1);
            return MDSHM_EBADINPUT;
        }
        if (json_array_append_new(arr, json_string(contacts[i]))) {
            json_decref(arr);
            return -ENOMEM;
        }
    }
    return json_object_set_new(obj, "contact", arr) ? -ENOMEM : 0;
}

/* POST @payload (a JSON object, consumed) to @url with the account key
 * (@jwk: key in the header) and read the account at the answer. */
static int account_call(mdshm__acme_t *a, const char *url, json_t *payload,
                        bool jwk, const char *what,
                        mdshm__acme_account_t *out,
                        mdshm__acme_result_t *res, char **location)
{
    mdshm__http_resp_t resp;
    mdshm__acme_account_t tmp;
    char *text = json_dumps(payload, JSON_COMPACT);
    const char *acct_url;
    int rv;

    json_decref(payload);
    if (location)
        *location = NULL;
    if (!text)
        return -ENOMEM;
    rv = mdshm__acme_post(a, url, text, jwk ? MDSHM__ACME_JWK : 0, NULL,
                          &resp, res);
    free(text);
    if (rv)
        return rv;
    acct_url = jwk ? resp.location : a->kid;
    if (jwk && !resp.location) {
        rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                              "%s: the CA sent no account URL (Location)",
                              what);
        goto out;
    }
    rv = account_parse(&resp, acct_url, out ? out : &tmp, res);
    if (rv)
        goto out;
    if (!out)
        mdshm__acme_account_clear(&tmp);
    if (location && !(*location = strdup(acct_url))) {
        if (out)
            mdshm__acme_account_clear(out);
        rv = -ENOMEM;
    }
out:
    mdshm__http_resp_clear(&resp);
    return rv;
}

/* POST @payload to newAccount signed with @key (JWK in the header): on
 * success the client keeps the key and the account URL, on failure the
 * previous ones are restored. */
static int with_key(mdshm__acme_t *a, const mdshm__pkey_t *key,
                    json_t *payload, const char *what,
                    mdshm__acme_account_t *out, mdshm__acme_result_t *res)
{
    const mdshm__acme_dir_t *d;
    EVP_PKEY *old_key = a->key, *pk = NULL;
    char *old_kid = a->kid, *kid = NULL;
    int rv;

    if ((rv = mdshm__acme_directory(a, false, &d, res)) ||
        (rv = mdshm__pkey_evp(key, &pk))) {
        json_decref(payload);
        return rv;
    }
    a->key = pk;
    a->kid = NULL;
    rv = account_call(a, d->new_account, payload, true, what, out, res, &kid);
    if (rv) {
        a->key = old_key;
        a->kid = old_kid;
        EVP_PKEY_free(pk);
        return rv;
    }
    EVP_PKEY_free(old_key);
    free(old_kid);
    a->kid = kid;
    return 0;
}

static int account_new_impl(mdshm__acme_t *a, const mdshm__pkey_t *key,
                            const char *const *contacts, size_t n_contacts,
                            bool agree_tos, const mdshm__acme_eab_t *eab,
                            mdshm__acme_account_t *out,
                            mdshm__acme_result_t *res)
{
    const mdshm__acme_dir_t *d;
    json_t *payload = NULL, *binding = NULL;
    EVP_PKEY *pk = NULL;
    uint8_t *mac = NULL;
    size_t mac_len = 0;
    int rv;

    mdshm__acme_result_clear(res);
    if (out)
        memset(out, 0, sizeof(*out));
    if (!a || !key || (n_contacts && !contacts))
        return -EINVAL;
    rv = mdshm__acme_directory(a, false, &d, res);
    if (rv)
        return rv;
    if (d->eab_required && (!eab || !eab->kid || !eab->hmac_b64))
        return mdshm__acme_fail(res, MDSHM_EBADINPUT, MDSHM_LOG_ERR,
                                "the CA %s requires an external account "
                                "binding (MDExternalAccountBinding)",
                                a->dir_url);
    if (!(payload = json_object()))
        return -ENOMEM;
    rv = contacts_json(contacts, n_contacts, payload);
    if (rv)
        goto fail;
    if (agree_tos &&
        json_object_set_new(payload, "termsOfServiceAgreed", json_true())) {
        rv = -ENOMEM;
        goto fail;
    }
    if (eab && eab->kid && eab->hmac_b64) {
        rv = mdshm__b64url_decode(eab->hmac_b64, strlen(eab->hmac_b64), &mac,
                                  &mac_len);
        if (rv || mac_len == 0) {
            rv = mdshm__acme_fail(res, rv == -ENOMEM ? rv : MDSHM_EBADINPUT,
                                  MDSHM_LOG_ERR,
                                  "the EAB MAC key for kid %s is not "
                                  "base64url",
                                  eab->kid);
            goto fail;
        }
        if ((rv = mdshm__pkey_evp(key, &pk)) ||
            (rv = mdshm__jws_eab(eab->kid, mac, mac_len, pk, d->new_account,
                                 &binding)))
            goto fail;
        if (json_object_set_new(payload, "externalAccountBinding", binding)) {
            rv = -ENOMEM;
            goto fail;
        }
    }
    EVP_PKEY_free(pk);
    if (mac)
        OPENSSL_clear_free(mac, mac_len);
    return with_key(a, key, payload, "new ACME account", out, res);
fail:
    EVP_PKEY_free(pk);
    if (mac)
        OPENSSL_clear_free(mac, mac_len);
    json_decref(payload);
    return rv;
}

int mdshm__acme_account_new(mdshm__acme_t *a, const mdshm__pkey_t *key,
                            const char *const *contacts, size_t n_contacts,
                            bool agree_tos, const mdshm__acme_eab_t *eab,
                            mdshm__acme_account_t *out,
                            mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, account_new_impl(a, key, contacts, n_contacts,
                                                  agree_tos, eab, out, res));
}

static int account_find_impl(mdshm__acme_t *a, const mdshm__pkey_t *key,
                             mdshm__acme_account_t *out,
                             mdshm__acme_result_t *res)
{
    json_t *payload;

    mdshm__acme_result_clear(res);
    if (out)
        memset(out, 0, sizeof(*out));
    if (!a || !key)
        return -EINVAL;
    if (!(payload = json_pack("{s:b}", "onlyReturnExisting", 1)))
        return -ENOMEM;
    return with_key(a, key, payload, "ACME account lookup", out, res);
}

int mdshm__acme_account_find(mdshm__acme_t *a, const mdshm__pkey_t *key,
                             mdshm__acme_account_t *out,
                             mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, account_find_impl(a, key, out, res));
}

static int kid_call(mdshm__acme_t *a, json_t *payload, const char *what,
                    mdshm__acme_account_t *out, mdshm__acme_result_t *res)
{
    mdshm__acme_result_clear(res);
    if (out)
        memset(out, 0, sizeof(*out));
    if (!payload)
        return -ENOMEM;
    if (!a || !a->kid || !a->key) {
        json_decref(payload);
        return mdshm__acme_fail(res, -EINVAL, MDSHM_LOG_ERR,
                                "%s: no account in use", what);
    }
    return account_call(a, a->kid, payload, false, what, out, res, NULL);
}

static int account_get_impl(mdshm__acme_t *a, mdshm__acme_account_t *out,
                            mdshm__acme_result_t *res)
{
    /* An update without changes returns the account; unlike POST-as-GET
     * every CA accepts it on the account URL (RFC 8555 7.3.3). */
    return kid_call(a, json_object(), "ACME account", out, res);
}

int mdshm__acme_account_get(mdshm__acme_t *a, mdshm__acme_account_t *out,
                            mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, account_get_impl(a, out, res));
}

static int account_update_impl(mdshm__acme_t *a,
                               const char *const *contacts,
                               size_t n_contacts, mdshm__acme_account_t *out,
                               mdshm__acme_result_t *res)
{
    json_t *payload = json_object();
    int rv;

    if (payload && (rv = contacts_json(contacts, n_contacts, payload))) {
        json_decref(payload);
        mdshm__acme_result_clear(res);
        if (out)
            memset(out, 0, sizeof(*out));
        return rv;
    }
    return kid_call(a, payload, "ACME account update", out, res);
}

int mdshm__acme_account_update(mdshm__acme_t *a,
                               const char *const *contacts,
                               size_t n_contacts, mdshm__acme_account_t *out,
                               mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, account_update_impl(a, contacts, n_contacts,
                                                     out, res));
}

static int account_deactivate_impl(mdshm__acme_t *a,
                                   mdshm__acme_account_t *out,
                                   mdshm__acme_result_t *res)
{
    return kid_call(a, json_pack("{s:s}", "status", "deactivated"),
                    "ACME account deactivation", out, res);
}

int mdshm__acme_account_deactivate(mdshm__acme_t *a,
                                   mdshm__acme_account_t *out,
                                   mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, account_deactivate_impl(a, out, res));
}

static int account_rollover_impl(mdshm__acme_t *a,
                                 const mdshm__pkey_t *new_key,
                                 mdshm__acme_result_t *res)
{
    const mdshm__acme_dir_t *d;
    mdshm__http_resp_t resp;
    EVP_PKEY *pk = NULL;
    json_t *old_jwk = NULL, *inner_payload = NULL, *inner = NULL;
    char *ptext = NULL, *itext = NULL;
    int rv;

    mdshm__acme_result_clear(res);
    if (!a || !new_key)
        return -EINVAL;
    if (!a->kid || !a->key)
        return mdshm__acme_fail(res, -EINVAL, MDSHM_LOG_ERR,
                                "key rollover: no account in use");
    rv = mdshm__acme_directory(a, false, &d, res);
    if (rv)
        return rv;
    if (!d->key_change)
        return mdshm__acme_fail(res, MDSHM_EUNSUPPORTED, MDSHM_LOG_ERR,
                                "the CA %s offers no keyChange", a->dir_url);
    /* Inner JWS (RFC 8555 7.3.5): signed by the new key with its JWK, no
     * nonce, payload {account, oldKey}; it is the outer JWS's payload. */
    if ((rv = mdshm__pkey_evp(new_key, &pk)) ||
        (rv = mdshm__jwk(a->key, &old_jwk)))
        goto out;
    if (!(inner_payload = json_pack("{s:s, s:O}", "account", a->kid, "oldKey",
                                    old_jwk)) ||
        !(ptext = json_dumps(inner_payload, JSON_COMPACT))) {
        rv = -ENOMEM;
        goto out;
    }
    rv = mdshm__jws_sign(pk, NULL, NULL, d->key_change, ptext, &inner);
    if (rv)
        goto out;
    if (!(itext = json_dumps(inner, JSON_COMPACT))) {
        rv = -ENOMEM;
        goto out;
    }
    rv = mdshm__acme_post(a, d->key_change, itext, 0, NULL, &resp, res);
    if (rv)
        goto out;
    mdshm__http_resp_clear(&resp);
    EVP_PKEY_free(a->key);
    a->key = pk;
    pk = NULL;
    MDSHM_LOG(MDSHM_LOG_INFO, 0, "ACME account %s rolled over to a new %s key",
              a->kid, mdshm__pkey_spec(new_key));
out:
    EVP_PKEY_free(pk);
    json_decref(old_jwk);
    json_decref(inner_payload);
    json_decref(inner);
    free(ptext);
    free(itext);
    return rv;
}

int mdshm__acme_account_rollover(mdshm__acme_t *a,
                                 const mdshm__pkey_t *new_key,
                                 mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, account_rollover_impl(a, new_key, res));
}
