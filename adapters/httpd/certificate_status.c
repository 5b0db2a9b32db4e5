/* certificate_status.c -- the public /.httpd/certificate-status resource
 * (MDCertificateStatus, default on), as mod_md makes it: picked from the
 * MD's md-status document (mdshm_status_json has mod_md's shape). */
#include "mod_mdshm.h"

#include <stdlib.h>

#include <jansson.h>

#include "http_protocol.h"
#include "http_request.h"

APLOG_USE_MODULE(mdshm);

#define CERT_STATUS_PATH "/.httpd/certificate-status"

/* mod_md's names of the MD's key types ("rsa", "secp256r1"), in order:
 * "privkey" is absent for the default (one RSA key). */
static const char *key_name(json_t *pk)
{
    const char *type = json_string_value(json_object_get(pk, "type"));

    if (type && !strcmp(type, "RSA"))
        return "rsa";
    return json_string_value(json_object_get(pk, "curve"));
}

static void copy_member(json_t *to, json_t *from, const char *key)
{
    json_t *v = json_object_get(from, key);

    if (v)
        json_object_set(to, key, v);
}

/* One key type's entry: an empty object before it has a certificate. */
static void add_key(json_t *resp, json_t *cert, const char *name)
{
    json_t *cj = json_object(), *kc = json_object_get(cert, name);

    copy_member(cj, kc, "valid");
    copy_member(cj, kc, "serial");
    copy_member(cj, kc, "sha256-fingerprint");
    json_object_set_new(resp, name, cj);
}

/* As mod_md: "valid" of the MD, per key type its "valid", "serial" and
 * "sha256-fingerprint", and while a renewal goes on "renewal": {"cert":
 * the staged certificates, or {}}. */
static json_t *cert_status_json(json_t *doc)
{
    json_t *resp = json_object(), *cert = json_object_get(doc, "cert");
    json_t *pks = json_object_get(doc, "privkey"), *ren, *pk;
    size_t i;

    copy_member(resp, cert, "valid");
    if (!json_array_size(pks))
        add_key(resp, cert, "rsa");
    json_array_foreach(pks, i, pk)
        if (key_name(pk))
            add_key(resp, cert, key_name(pk));
    /* mod_md shows the renewal when the MD should renew: it has no
     * certificate yet, one is due or staged, or the last run failed */
    ren = json_object_get(doc, "renewal");
    if (ren && (json_integer_value(json_object_get(doc, "state")) !=
                    MDSHM_MD_COMPLETE ||
                json_is_true(json_object_get(doc, "renew")) ||
                json_integer_value(json_object_get(ren, "errors")) > 0)) {
        json_t *staged = json_object_get(ren, "cert");

        json_object_set_new(resp, "renewal",
                            json_pack("{s:o}", "cert",
                                      staged ? json_incref(staged)
                                             : json_object()));
    }
    return resp;
}

static int cert_status(request_rec *r)
{
    const char *path = r->parsed_uri.path, *md;
    json_t *doc, *resp;
    char *text;
    int rv;

    if (!path || strcmp(path, CERT_STATUS_PATH) ||
        !mdshm_h_conf_flag("MDCertificateStatus", 1) ||
        !(md = mdshm_h_conf_md_of(r->hostname)))
        return DECLINED;
    if (r->method_number != M_GET)
        return HTTP_NOT_IMPLEMENTED;
    if (!(doc = mdshm_h_status_doc(r, md, &rv)))
        return rv == MDSHM_ENOTFOUND ? DECLINED : HTTP_INTERNAL_SERVER_ERROR;
    resp = cert_status_json(doc);
    text = json_dumps(resp, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(resp);
    json_decref(doc);
    if (!text)
        return HTTP_INTERNAL_SERVER_ERROR;
    ap_set_content_type(r, "application/json");
    ap_set_content_length(r, (apr_off_t)strlen(text));
    ap_rputs(text, r);
    free(text);
    ap_finalize_request_protocol(r);
    return DONE;
}

void mdshm_h_certificate_status_hooks(void)
{
    /* before the 503 of a name still served the fallback (request.c), as
     * mod_md answers it before mod_ssl's */
    ap_hook_post_read_request(cert_status, NULL, NULL,
                              APR_HOOK_REALLY_FIRST - 1);
}
