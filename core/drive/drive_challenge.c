/* drive_challenge.c -- answering an order's authorizations.
 *
 * Choice (mod_md's): MDCAChallenges in its order; else tls-alpn-01,
 * http-01, dns-01, keeping http-01 only if public port 80 reaches us
 * (MDPortMap) or the drive serves http-01 itself (--http01-listen, which
 * then goes first: we know it answers), tls-alpn-01 only if port 443
 * does, dns-01 only with MDChallengeDns01.  Per authorization the first
 * type the CA offers whose setup works is used; a setup that fails falls
 * back to the next type.
 *
 * Setup: http-01 -> challenges/http-01/<token> (key authorization, which
 * workers and the built-in responder serve); tls-alpn-01 ->
 * challenges/tls-alpn-01/<name> (certificate and key, for the adapters'
 * acme-tls/1 handshakes); dns-01 -> `MDChallengeDns01 setup DOMAIN VALUE`,
 * recorded as challenges/dns-01/<token> so that whoever leads next can
 * tear it down.  All authorizations are set up before the CA is told
 * (a wildcard and its apex share one TXT name and both values must be
 * there), then polled; the records go and dns-01 is torn down afterwards,
 * whatever happened.
 */
#include "drive.h"

#include "config.h"
#include "jws.h"
#include "runcmd.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define AUTHZ_POLL_MS (300 * 1000) /* mod_md's authz_monitor_timeout */
#define DNS_CMD_TIMEOUT_MS (120 * 1000)
#define MAX_PREFS 8

struct setup {
    const char *type;
    char *authz_url;
    char *chall_url;
    char *token;
    char ident[260];       /* as the CA names it ("*.x" for wildcards) */
    char key[320];         /* challenges db key; "" if nothing stored */
    char txt[MDSHM__B64URL_SHA256_SIZE];
    bool dns_set;
    bool respond;          /* the challenge is still pending */
};

static size_t prefs(const mdshm__run_t *r, const char **out)
{
    const mdshm__config_md_t *cm = r->cm;
    const mdshm__config_global_t *g = r->d->g;
    bool http = g->port_http != 0 || r->d->http01_addr;
    bool alpn = g->port_https != 0, dns = cm->s.dns01_cmd.n > 0;
    size_t n = 0;

    if (cm->s.challenges.n) {
        for (size_t i = 0; i < cm->s.challenges.n && n < MAX_PREFS; i++)
            out[n++] = cm->s.challenges.v[i];
        return n;
    }
    if (r->d->http01_addr)
        out[n++] = "http-01";
    if (alpn)
        out[n++] = "tls-alpn-01";
    if (http && !r->d->http01_addr)
        out[n++] = "http-01";
    if (dns)
        out[n++] = "dns-01";
    return n;
}

/* ---- store records ------------------------------------------------------ */

struct put_chal {
    const char *key;
    mdshm_challenge_rec_t c;
};

static int put_fn(mdshm__wtxn_t *w, void *baton)
{
    struct put_chal *pc = baton;
    mdshm_record_t *rec = malloc(sizeof(*rec));
    int rv;

    if (!rec)
        return -ENOMEM;
    memset(rec, 0, sizeof(*rec));
    rec->type = MDSHM_REC_CHALLENGE;
    rec->u.challenge = pc->c;
    rv = mdshm__w_put(w, MDSHM_DB_CHALLENGES, pc->key, strlen(pc->key), rec);
    free(rec);
    return rv;
}

static int store_challenge(mdshm__run_t *r, struct setup *s,
                           const char *key_authz, const uint8_t *cert,
                           size_t cert_len, const uint8_t *pkey,
                           size_t pkey_len)
{
    struct put_chal pc;
    int rv;

    memset(&pc, 0, sizeof(pc));
    pc.key = s->key;
    pc.c.type = mdshm__sbuf(s->type);
    pc.c.name = mdshm__sbuf(s->ident);
    pc.c.token = mdshm__sbuf(s->token);
    pc.c.key_authz = mdshm__sbuf(key_authz);
    pc.c.cert.p = cert;
    pc.c.cert.n = cert_len;
    pc.c.pkey.p = pkey;
    pc.c.pkey.n = pkey_len;
    pc.c.created_ms = mdshm__now_ms();
    rv = mdshm__drive_run_write(r, put_fn, &pc);
    if (rv < 0)
        s->key[0] = 0;
    return rv;
}

struct del_keys {
    size_t n;
    char **keys;
};

static int del_fn(mdshm__wtxn_t *w, void *baton)
{
    struct del_keys *dk = baton;

    for (size_t i = 0; i < dk->n; i++) {
        int rv = mdshm__w_del(w, MDSHM_DB_CHALLENGES, dk->keys[i],
                             strlen(dk->keys[i]));
        if (rv < 0 && rv != MDSHM_ENOTFOUND)
            return rv;
    }
    return 0;
}

/* ---- dns-01 ------------------------------------------------------------- */

static const char *dns_domain(const char *ident)
{
    return strncmp(ident, "*.", 2) == 0 ? ident + 2 : ident;
}

static int dns_cmd(mdshm__run_t *r, const char *verb, const char *ident,
                   const char *txt)
{
    const mdshm__strv_t *cmd = &r->cm->s.dns01_cmd;
    char *argv[MDSHM__MAX_CMD_WORDS + 4]; /* the config caps cmd->n */
    mdshm__cmd_result_t res;
    size_t n = 0;
    int rv;

    for (size_t i = 0; i < cmd->n && n < MDSHM__MAX_CMD_WORDS; i++)
        argv[n++] = (char *)cmd->v[i];
    argv[n++] = (char *)verb;
    argv[n++] = (char *)dns_domain(ident);
    if (txt && (strcmp(verb, "setup") == 0 || r->d->g->dns01_version >= 2))
        argv[n++] = (char *)txt;
    argv[n] = NULL;
    rv = mdshm__runcmd(argv, DNS_CMD_TIMEOUT_MS, &res);
    if (rv < 0)
        return mdshm__drive_run_fail(r, rv, NULL, "MDChallengeDns01 %s: "
                                     "cannot run %s", verb, argv[0]);
    if (!mdshm__cmd_ok(&res))
        return mdshm__drive_run_fail(r, -EIO, NULL,
                                     "MDChallengeDns01 %s %s failed (exit %d, "
                                     "signal %d%s): %.300s", verb,
                               dns_domain(ident), res.exit_code, res.signal,
                               res.timed_out ? ", timed out" : "",
                               res.output);
    return 0;
}

/* ---- one setup ---------------------------------------------------------- */

static int setup_type(mdshm__run_t *r, struct setup *s, size_t spec_i)
{
    char *ka = NULL;
    int rv;

    rv = mdshm__acme_key_authz(r->acme, s->token, &ka);
    if (rv < 0)
        return mdshm__drive_run_fail(r, rv, NULL,
                                     "no key authorization for %s", s->ident);
    if (strcmp(s->type, "http-01") == 0) {
        snprintf(s->key, sizeof(s->key), "http-01/%s", s->token);
        rv = store_challenge(r, s, ka, NULL, 0, NULL, 0);
    } else if (strcmp(s->type, "tls-alpn-01") == 0) {
        mdshm__alpn_cert_t ac;
        memset(&ac, 0, sizeof(ac));
        rv = mdshm__alpn_cert_make(s->ident, ka, r->specs[spec_i], &ac);
        if (rv == 0) {
            snprintf(s->key, sizeof(s->key), "tls-alpn-01/%s", s->ident);
            rv = store_challenge(r, s, ka, ac.cert, ac.cert_len, ac.pkey,
                                 ac.pkey_len);
        }
        mdshm__alpn_cert_clear(&ac);
    } else if (strcmp(s->type, "dns-01") == 0) {
        if (r->cm->s.dns01_cmd.n == 0) {
            rv = mdshm__drive_run_fail(r, MDSHM_EUNSUPPORTED, NULL,
                                       "dns-01 needs MDChallengeDns01");
        } else if ((rv = mdshm__dns01_value(ka, s->txt)) == 0) {
            /* recorded first: a leader that dies now leaves a trace */
            snprintf(s->key, sizeof(s->key), "dns-01/%s", s->token);
            rv = store_challenge(r, s, s->txt, NULL, 0, NULL, 0);
            if (rv == 0 && (rv = dns_cmd(r, "setup", s->ident, s->txt)) == 0)
                s->dns_set = true;
        }
    } else {
        rv = mdshm__drive_run_fail(r, MDSHM_EUNSUPPORTED, NULL,
                                   "challenge type %s is not supported",
                                   s->type);
    }
    free(ka);
    return rv;
}

static void setup_free(struct setup *s)
{
    free(s->authz_url);
    free(s->chall_url);
    free(s->token);
}

/* Remove what the setups stored; tear down dns-01. */
static void cleanup(mdshm__run_t *r, struct setup *s, size_t n)
{
    struct del_keys dk = {0, NULL};
    char *keys[MDSHM_MAX_NAMES];

    for (size_t i = 0; i < n; i++) {
        if (s[i].dns_set)
            dns_cmd(r, "teardown", s[i].ident, s[i].txt);
        if (s[i].key[0] && !mdshm__drive_run_defer_del(r, s[i].key) &&
            dk.n < MDSHM_MAX_NAMES)
            keys[dk.n++] = s[i].key;
    }
    dk.keys = keys;
    if (dk.n && mdshm__drive_run_write(r, del_fn, &dk) < 0)
        MDSHM_LOG(MDSHM_LOG_INFO, 0, "MD %s: challenge records stay until "
                  "the next activation", r->md);
}

/* Pick and set up a challenge for one pending authorization. */
static int setup_authz(mdshm__run_t *r, const mdshm__acme_authz_t *az,
                       const char **pref, size_t n_pref, struct setup *s)
{
    char offered[256] = "";
    size_t off = 0;
    bool tried = false;

    for (size_t k = 0; k < az->n_chall; k++)
        off += (size_t)snprintf(offered + off, sizeof(offered) - off, "%s%s",
                                k ? " " : "", az->chall[k].type);
    for (size_t p = 0; p < n_pref; p++) {
        const mdshm__acme_challenge_t *ch = NULL;
        for (size_t k = 0; k < az->n_chall && !ch; k++)
            if (strcmp(az->chall[k].type, pref[p]) == 0 && az->chall[k].token)
                ch = &az->chall[k];
        if (!ch)
            continue;
        tried = true;
        setup_free(s);
        memset(s, 0, sizeof(*s));
        s->type = pref[p];
        s->respond = ch->status == MDSHM__ACME_PENDING;
        snprintf(s->ident, sizeof(s->ident), "%s%s",
                 az->wildcard && strncmp(az->ident.value, "*.", 2) ? "*." : "",
                 az->ident.value);
        if (!(s->authz_url = strdup(az->url)) ||
            !(s->chall_url = strdup(ch->url)) ||
            !(s->token = strdup(ch->token)))
            return -ENOMEM;
        mdshm__drive_run_activity(r, "setting up %s for %s", s->type,
                                  s->ident);
        if (setup_type(r, s, 0) == 0)
            return 0;
        MDSHM_LOG(MDSHM_LOG_WARN, 0, "MD %s: %s setup for %s failed; "
                  "looking for another type", r->md, s->type, s->ident);
        cleanup(r, s, 1); /* what the failed setup stored */
        s->type = NULL; /* nothing to answer */
    }
    if (!tried)
        return mdshm__drive_run_fail(
            r, MDSHM_EUNSUPPORTED,
            "urn:org:apache:httpd:log:AH10052:challenge-mismatch",
            "%s: the CA offers %s, none of which is usable here "
            "(MDCAChallenges, MDPortMap, MDChallengeDns01, --http01-listen)",
            az->ident.value, offered[0] ? offered : "no challenges");
    return mdshm__drive_run_fail(r, r->res.rv < 0 ? r->res.rv : -EIO,
                                 "urn:org:apache:httpd:log:AH10052:"
                                 "challenge-setup-failure",
                                 "%s: no challenge could be set up (%s)",
                                 az->ident.value, r->res.detail);
}

int mdshm__drive_challenge_run(mdshm__run_t *r, const mdshm__acme_order_t *o)
{
    const char *pref[MAX_PREFS];
    size_t n_pref = prefs(r, pref), n = o->n_authz;
    struct setup *s = calloc(n ? n : 1, sizeof(*s));
    mdshm__acme_authz_t az;
    char detail[300];
    int rv = 0;

    if (!s)
        return -ENOMEM;
    memset(&az, 0, sizeof(az));
    /* 1. set up every pending authorization */
    for (size_t i = 0; i < n && rv == 0; i++) {
        mdshm__acme_authz_clear(&az);
        rv = mdshm__acme_authz_get(r->acme, o->authz_urls[i], &az, &r->res);
        if (rv < 0)
            break;
        if (az.status == MDSHM__ACME_VALID)
            continue;
        if (az.status != MDSHM__ACME_PENDING) {
            rv = mdshm__drive_run_fail(r, -EPROTO, NULL,
                                       "authorization for %s is %s",
                                       az.ident.value,
                                       mdshm__acme_status_name(az.status));
            break;
        }
        rv = setup_authz(r, &az, pref, n_pref, &s[i]);
    }
    /* cluster mode: every host must be able to answer the CA first */
    if (rv == 0)
        rv = mdshm__drive_cluster_challenges_wait(r);
    /* 2. tell the CA; challenge-setup may be vetoed (clusters) */
    for (size_t i = 0; i < n && rv == 0; i++) {
        if (!s[i].type)
            continue;
        snprintf(detail, sizeof(detail), "%s:%s", s[i].type, s[i].ident);
        rv = mdshm__drive_run_event(r, MDSHM__EV_CHALLENGE_SETUP, detail);
        if (rv == 1) {
            rv = mdshm__drive_run_fail(r, -ECANCELED, NULL,
                                       "challenge-setup %s vetoed by "
                                       "MDMessageCmd", detail);
            break;
        }
        if (rv < 0 || !s[i].respond)
            continue;
        mdshm__drive_run_activity(r, "answering %s for %s", s[i].type,
                                  s[i].ident);
        rv = mdshm__acme_challenge_respond(r->acme, s[i].chall_url, &r->res);
    }
    /* 3. wait for the CA's verdicts */
    for (size_t i = 0; i < n && rv == 0; i++) {
        if (!s[i].type)
            continue;
        mdshm__drive_run_activity(r, "waiting for the %s validation of %s",
                                  s[i].type, s[i].ident);
        mdshm__acme_authz_clear(&az);
        rv = mdshm__acme_authz_poll(r->acme, s[i].authz_url,
                                    mdshm__now_ms() + AUTHZ_POLL_MS, &az,
                                    &r->res);
    }
    mdshm__acme_authz_clear(&az);
    cleanup(r, s, n);
    for (size_t i = 0; i < n; i++)
        setup_free(&s[i]);
    free(s);
    return rv;
}

/* ---- purge -------------------------------------------------------------- */

struct purge {
    mdshm__run_t *r;
    mdshm_record_t rec;
    struct del_keys dk;
    char *idents[MDSHM_MAX_NAMES];
    char *txts[MDSHM_MAX_NAMES];
    bool dns[MDSHM_MAX_NAMES];
    int err;
};

static bool md_has_name(const mdshm__run_t *r, mdshm_buf_t name)
{
    const mdshm__config_md_t *cm = r->cm;

    for (size_t i = 0; i < cm->names.n; i++)
        if (strlen(cm->names.v[i]) == name.n &&
            memcmp(cm->names.v[i], name.p, name.n) == 0)
            return true;
    return false;
}

static int purge_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                    mdshm_buf_t val)
{
    struct purge *p = baton;
    const mdshm_challenge_rec_t *c = &p->rec.u.challenge;
    size_t i = p->dk.n;

    (void)db;
    if (i >= MDSHM_MAX_NAMES)
        return 1;
    if (mdshm_record_decode(MDSHM_REC_CHALLENGE, val.p, val.n, &p->rec) < 0 ||
        !md_has_name(p->r, c->name))
        return 0;
    p->dk.keys[i] = mdshm__bufdup(key, false);
    p->idents[i] = mdshm__bufdup(c->name, false);
    p->txts[i] = mdshm__bufdup(c->key_authz, false);
    if (!p->dk.keys[i] || !p->idents[i] || !p->txts[i]) {
        free(p->dk.keys[i]);
        free(p->idents[i]);
        free(p->txts[i]);
        return p->err = -ENOMEM;
    }
    p->dns[i] = c->type.n == 6 && memcmp(c->type.p, "dns-01", 6) == 0;
    p->dk.n++;
    return 0;
}

static int purge_read(mdshm_reader_t *rd, void *baton)
{
    struct purge *p = baton;
    int rv = mdshm_read_foreach(rd, MDSHM_DB_CHALLENGES, purge_fn, p);

    return rv < 0 ? rv : p->err;
}

void mdshm__drive_challenge_purge(mdshm__run_t *r)
{
    struct purge *p = calloc(1, sizeof(*p));
    char *keys[MDSHM_MAX_NAMES];

    if (!p)
        return;
    p->r = r;
    p->dk.keys = keys;
    if (mdshm__read_once(r->d->st, purge_read, p) == 0 && p->dk.n) {
        for (size_t i = 0; i < p->dk.n; i++)
            if (p->dns[i] && r->cm->s.dns01_cmd.n)
                dns_cmd(r, "teardown", p->idents[i], p->txts[i]);
        if (mdshm__drive_run_write(r, del_fn, &p->dk) == 0)
            MDSHM_LOG(MDSHM_LOG_INFO, 0, "MD %s: removed %zu leftover "
                      "challenge record%s", r->md, p->dk.n,
                      p->dk.n == 1 ? "" : "s");
    }
    for (size_t i = 0; i < p->dk.n; i++) {
        free(keys[i]);
        free(p->idents[i]);
        free(p->txts[i]);
    }
    free(p);
}
