/* acme_issue.c -- drive the ACME client (core/acme*.c) through one whole
 * issuance, for the integration tests against pebble.
 *
 * acme_issue --dir URL [--ca-file F] [--http01-port P] [--key-spec S]
 *            [--must-staple] [--eab KID:HMAC] [--account-key-out F]
 *            [--out CERT.pem] NAME...
 *
 * It creates (or, with --account-key, finds) an account, orders, answers
 * the challenges itself (http-01 on 127.0.0.1:P with a tiny responder
 * thread; tls-alpn-01 on 127.0.0.1:P with a TLS responder thread; dns-01
 * through pebble-challtestsrv's management API), finalizes with a new key,
 * downloads the chain(s), writes the chosen chain (--out) and the key
 * (--key-out, default CERT.pem.key, mode 0600), and prints one JSON
 * summary line on stdout.  On failure the summary has "ok": false, the
 * step, the error code and the CA's problem; the exit status is 1
 * (2 for bad usage).  Logs go to stderr.
 */
#include "acme.h"
#include "jws.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <curl/curl.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

#define MAX_TOKENS 128
#define REQ_MAX 4096
#define REQ_TIMEOUT_MS 5000

static volatile sig_atomic_t stop_flag;

static void on_signal(int sig)
{
    (void)sig;
    stop_flag = 1;
}

static bool cancelled(void *baton)
{
    (void)baton;
    return stop_flag != 0;
}

/* ------------------------------------------------------------------------
 * Challenge responders (one thread each; tiny, bounded, single-threaded)
 * ---------------------------------------------------------------------- */

typedef struct {
    char *key;   /* http-01 token, or tls-alpn-01 identifier */
    char *value; /* key authorization */
    mdshm__alpn_cert_t alpn;
} entry_t;

typedef struct responder {
    int fd;
    int wake[2];
    pthread_t thread;
    bool running;
    bool tls;
    SSL_CTX *ctx;
    pthread_mutex_t lock;
    size_t n;
    entry_t e[MAX_TOKENS];
    unsigned requests;
} responder_t;

static int listen_on(unsigned port)
{
    struct sockaddr_in sa = {0};
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1;

    if (fd < 0)
        return -errno;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    sa.sin_family = AF_INET;
    sa.sin_port = htons((uint16_t)port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) || listen(fd, 16)) {
        int rv = -errno;
        close(fd);
        return rv;
    }
    return fd;
}

static void set_timeouts(int fd)
{
    struct timeval tv = {REQ_TIMEOUT_MS / 1000, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
}

static void http_answer(responder_t *r, int fd)
{
    static const char prefix[] = "GET /.well-known/acme-challenge/";
    char req[REQ_MAX + 1], out[REQ_MAX + 256], *sp;
    const char *body = NULL;
    size_t len = 0;
    int64_t deadline = mdshm__mono_ms() + REQ_TIMEOUT_MS;

    /* read the request head, bounded in size and time */
    while (len < REQ_MAX && mdshm__mono_ms() < deadline) {
        ssize_t n = recv(fd, req + len, REQ_MAX - len, 0);
        if (n <= 0)
            break;
        len += (size_t)n;
        req[len] = 0;
        if (strstr(req, "\r\n\r\n"))
            break;
    }
    req[len] = 0;
    pthread_mutex_lock(&r->lock);
    r->requests++;
    if (!strncmp(req, prefix, sizeof(prefix) - 1) &&
        (sp = strchr(req + sizeof(prefix) - 1, ' '))) {
        *sp = 0;
        for (size_t i = 0; i < r->n; i++)
            if (!strcmp(r->e[i].key, req + sizeof(prefix) - 1))
                body = r->e[i].value;
    }
    if (body)
        snprintf(out, sizeof(out),
                 "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream"
                 "\r\nContent-Length: %zu\r\nConnection: close\r\n\r\n%s",
                 strlen(body), body);
    else
        snprintf(out, sizeof(out),
                 "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n"
                 "Connection: close\r\n\r\n");
    pthread_mutex_unlock(&r->lock);
    send(fd, out, strlen(out), MSG_NOSIGNAL);
}

/* tls-alpn-01: choose the challenge certificate by SNI (RFC 8737 3; for
 * an IP identifier the SNI is its reverse-DNS name, RFC 8738 6). */
static int sni_cb(SSL *ssl, int *alert, void *arg)
{
    responder_t *r = arg;
    const char *sni = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    int rv = SSL_TLSEXT_ERR_ALERT_FATAL;

    (void)alert;
    pthread_mutex_lock(&r->lock);
    r->requests++;
    for (size_t i = 0; sni && i < r->n; i++) {
        char rev[128] = "";
        unsigned char a[4];
        if (inet_pton(AF_INET, r->e[i].key, a) == 1)
            snprintf(rev, sizeof(rev), "%u.%u.%u.%u.in-addr.arpa", a[3],
                     a[2], a[1], a[0]);
        if (strcasecmp(sni, r->e[i].key) && strcasecmp(sni, rev))
            continue;
        if (SSL_use_certificate_ASN1(ssl, r->e[i].alpn.cert,
                                     (int)r->e[i].alpn.cert_len) == 1 &&
            SSL_use_PrivateKey_ASN1(EVP_PKEY_EC, ssl, r->e[i].alpn.pkey,
                                    (long)r->e[i].alpn.pkey_len) == 1)
            rv = SSL_TLSEXT_ERR_OK;
        break;
    }
    pthread_mutex_unlock(&r->lock);
    return rv;
}

static int alpn_cb(SSL *ssl, const unsigned char **out, unsigned char *outlen,
                   const unsigned char *in, unsigned inlen, void *arg)
{
    static const unsigned char proto[] = "\x0a" "acme-tls/1";
    (void)ssl;
    (void)arg;
    if (SSL_select_next_proto((unsigned char **)out, outlen, proto,
                              sizeof(proto) - 1, in,
                              inlen) != OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_ALERT_FATAL;
    return SSL_TLSEXT_ERR_OK;
}

static void tls_answer(responder_t *r, int fd)
{
    SSL *ssl = SSL_new(r->ctx);
    if (!ssl)
        return;
    SSL_set_fd(ssl, fd);
    if (SSL_accept(ssl) == 1)
        SSL_shutdown(ssl);
    SSL_free(ssl);
    ERR_clear_error();
}

static void *serve(void *arg)
{
    responder_t *r = arg;
    struct pollfd p[2] = {{r->fd, POLLIN, 0}, {r->wake[0], POLLIN, 0}};

    for (;;) {
        int fd;
        if (poll(p, 2, -1) < 0 && errno != EINTR)
            break;
        if (p[1].revents)
            break;
        if (!(p[0].revents & POLLIN))
            continue;
        if ((fd = accept4(r->fd, NULL, NULL, SOCK_CLOEXEC)) < 0)
            continue;
        set_timeouts(fd);
        if (r->tls)
            tls_answer(r, fd);
        else
            http_answer(r, fd);
        close(fd);
    }
    return NULL;
}

static int responder_start(responder_t *r, unsigned port, bool tls)
{
    int fd;

    memset(r, 0, sizeof(*r));
    pthread_mutex_init(&r->lock, NULL);
    r->tls = tls;
    r->fd = -1;
    r->wake[0] = r->wake[1] = -1;
    if (tls) {
        if (!(r->ctx = SSL_CTX_new(TLS_server_method())))
            return MDSHM_ECRYPTO;
        SSL_CTX_set_min_proto_version(r->ctx, TLS1_2_VERSION);
        SSL_CTX_set_tlsext_servername_callback(r->ctx, sni_cb);
        SSL_CTX_set_tlsext_servername_arg(r->ctx, r);
        SSL_CTX_set_alpn_select_cb(r->ctx, alpn_cb, r);
    }
    if ((fd = listen_on(port)) < 0) {
        fprintf(stderr, "acme_issue: cannot listen on 127.0.0.1:%u: %s\n",
                port, strerror(-fd));
        return fd;
    }
    r->fd = fd;
    if (pipe2(r->wake, O_CLOEXEC) ||
        pthread_create(&r->thread, NULL, serve, r))
        return -errno;
    r->running = true;
    return 0;
}

static void responder_stop(responder_t *r)
{
    if (r->running) {
        if (write(r->wake[1], "x", 1) < 0)
            perror("acme_issue: wake");
        pthread_join(r->thread, NULL);
    }
    if (r->fd >= 0)
        close(r->fd);
    if (r->wake[0] >= 0) {
        close(r->wake[0]);
        close(r->wake[1]);
    }
    for (size_t i = 0; i < r->n; i++) {
        free(r->e[i].key);
        free(r->e[i].value);
        mdshm__alpn_cert_clear(&r->e[i].alpn);
    }
    SSL_CTX_free(r->ctx);
    pthread_mutex_destroy(&r->lock);
    memset(r, 0, sizeof(*r));
}

static int responder_add(responder_t *r, const char *key, const char *value,
                         const mdshm__alpn_cert_t *alpn)
{
    int rv = 0;

    pthread_mutex_lock(&r->lock);
    if (r->n == MAX_TOKENS) {
        rv = MDSHM_ETOOBIG;
    } else if (!(r->e[r->n].key = strdup(key)) ||
               !(r->e[r->n].value = strdup(value))) {
        free(r->e[r->n].key);
        rv = -ENOMEM;
    } else {
        if (alpn)
            r->e[r->n].alpn = *alpn;
        r->n++;
    }
    pthread_mutex_unlock(&r->lock);
    return rv;
}

/* dns-01 through pebble-challtestsrv's management API. */
static int challtestsrv_txt(const char *mgmt, const char *path,
                            const char *host, const char *value)
{
    char url[512], body[1024];
    CURL *c = curl_easy_init();
    struct curl_slist *h = curl_slist_append(NULL,
                                             "Content-Type: application/json");
    long status = 0;
    CURLcode cc;

    snprintf(url, sizeof(url), "%s%s", mgmt, path);
    if (value)
        snprintf(body, sizeof(body), "{\"host\":\"%s.\",\"value\":\"%s\"}",
                 host, value);
    else
        snprintf(body, sizeof(body), "{\"host\":\"%s.\"}", host);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_PROXY, "");
    cc = curl_easy_perform(c);
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(h);
    curl_easy_cleanup(c);
    if (cc != CURLE_OK || status != 200) {
        fprintf(stderr, "acme_issue: challtestsrv %s: %s (HTTP %ld)\n", path,
                curl_easy_strerror(cc), status);
        return -EIO;
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * Output
 * ---------------------------------------------------------------------- */

static json_t *summary;

static int fail(const char *step, int rv, const mdshm__acme_result_t *res)
{
    json_object_set_new(summary, "ok", json_false());
    json_object_set_new(summary, "step", json_string(step));
    json_object_set_new(summary, "rv", json_integer(rv));
    json_object_set_new(summary, "error", json_string(mdshm_err_name(rv)));
    if (res) {
        json_t *subs = json_array();
        json_object_set_new(summary, "http_status",
                            json_integer(res->http_status));
        json_object_set_new(summary, "problem", json_string(res->problem));
        json_object_set_new(summary, "detail", json_string(res->detail));
        json_object_set_new(summary, "retry_after_ms",
                            json_integer(res->retry_after_ms));
        for (size_t i = 0; i < res->n_sub; i++)
            json_array_append_new(
                subs, json_pack("{s:s, s:s, s:s, s:s}", "type",
                                res->sub[i].type, "detail",
                                res->sub[i].detail, "id_type",
                                res->sub[i].id_type, "id_value",
                                res->sub[i].id_value));
        json_object_set_new(summary, "subproblems", subs);
    }
    return 1;
}

static int write_file(const char *path, const void *p, size_t n, mode_t mode)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    const char *c = p;

    if (fd < 0)
        return -errno;
    if (fchmod(fd, mode)) {
        close(fd);
        return -errno;
    }
    while (n > 0) {
        ssize_t w = write(fd, c, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            int rv = -errno;
            close(fd);
            return rv;
        }
        c += w;
        n -= (size_t)w;
    }
    return close(fd) ? -errno : 0;
}

static int write_key(const char *path, const mdshm__pkey_t *key)
{
    EVP_PKEY *pk = NULL;
    BIO *b = BIO_new(BIO_s_mem());
    char *data;
    long n;
    int rv;

    if (!b)
        return -ENOMEM;
    if ((rv = mdshm__pkey_evp(key, &pk)))
        goto out;
    if (!PEM_write_bio_PrivateKey(b, pk, NULL, NULL, 0, NULL, NULL)) {
        rv = MDSHM_ECRYPTO;
        goto out;
    }
    n = BIO_get_mem_data(b, &data);
    rv = write_file(path, data, (size_t)n, 0600);
out:
    EVP_PKEY_free(pk);
    BIO_free_all(b); /* the mem BIO is cleared on free */
    return rv;
}

/* ------------------------------------------------------------------------
 * The flow
 * ---------------------------------------------------------------------- */

typedef struct {
    const char *dir, *ca_file, *proxy, *key_spec, *acct_spec, *eab,
        *acct_key_out, *acct_key_in, *out, *key_out, *profile, *replaces,
        *preferred, *challenge, *challtestsrv, *stop_after, *order_url;
    const char *contacts[8], *new_contacts[8];
    size_t n_contacts, n_new_contacts;
    unsigned http01_port, tlsalpn01_port;
    unsigned timeout_s, http_timeout_s;
    size_t max_body;
    bool must_staple, rollover, deactivate, ari, no_tos, alternates;
    char **names;
    size_t n_names;
} args_t;

static void usage(void)
{
    fprintf(stderr,
            "usage: acme_issue --dir URL [--ca-file F] [--http01-port P]\n"
            "  [--tlsalpn01-port P] [--challtestsrv URL] [--challenge TYPE]\n"
            "  [--key-spec S] [--account-key-spec S] [--must-staple]\n"
            "  [--eab KID:HMAC] [--account-key F] [--account-key-out F]\n"
            "  [--contact URL]... [--profile P] [--replaces ID]\n"
            "  [--preferred-chain CN] [--no-alternates] [--proxy URL]\n"
            "  [--timeout SEC] [--max-body N] [--rollover] [--deactivate]\n"
            "  [--ari] [--no-tos] [--verbose] [--out CERT.pem]\n"
            "  [--key-out KEY.pem] [--http-timeout SEC]\n"
            "  [--stop-after order] [--order-url URL]\n"
            "  [--update-contact URL]... NAME...\n");
}

static int parse_args(int argc, char **argv, args_t *a)
{
    enum { O_DIR = 1000, O_CA, O_HTTP, O_TLS, O_CTS, O_CHAL, O_KEYSPEC,
           O_ACCTSPEC, O_STAPLE, O_EAB, O_AKEY, O_AKEYOUT, O_CONTACT,
           O_PROFILE, O_REPLACES, O_PREF, O_NOALT, O_PROXY, O_TIMEOUT,
           O_MAXBODY, O_ROLL, O_DEACT, O_ARI, O_NOTOS, O_VERBOSE, O_OUT,
           O_KEYOUT, O_HTTPTO, O_STOP, O_ORDER, O_UPDATE };
    static const struct option opts[] = {
        {"dir", 1, 0, O_DIR},           {"ca-file", 1, 0, O_CA},
        {"http01-port", 1, 0, O_HTTP},  {"tlsalpn01-port", 1, 0, O_TLS},
        {"challtestsrv", 1, 0, O_CTS},  {"challenge", 1, 0, O_CHAL},
        {"key-spec", 1, 0, O_KEYSPEC},  {"account-key-spec", 1, 0, O_ACCTSPEC},
        {"must-staple", 0, 0, O_STAPLE}, {"eab", 1, 0, O_EAB},
        {"account-key", 1, 0, O_AKEY},  {"account-key-out", 1, 0, O_AKEYOUT},
        {"contact", 1, 0, O_CONTACT},   {"profile", 1, 0, O_PROFILE},
        {"replaces", 1, 0, O_REPLACES}, {"preferred-chain", 1, 0, O_PREF},
        {"no-alternates", 0, 0, O_NOALT}, {"proxy", 1, 0, O_PROXY},
        {"timeout", 1, 0, O_TIMEOUT},   {"max-body", 1, 0, O_MAXBODY},
        {"rollover", 0, 0, O_ROLL},     {"deactivate", 0, 0, O_DEACT},
        {"ari", 0, 0, O_ARI},           {"no-tos", 0, 0, O_NOTOS},
        {"verbose", 0, 0, O_VERBOSE},   {"out", 1, 0, O_OUT},
        {"key-out", 1, 0, O_KEYOUT},    {"http-timeout", 1, 0, O_HTTPTO},
        {"stop-after", 1, 0, O_STOP},   {"order-url", 1, 0, O_ORDER},
        {"update-contact", 1, 0, O_UPDATE},
        {0, 0, 0, 0}};
    int c;

    a->key_spec = "secp256r1";
    a->acct_spec = "secp256r1";
    a->timeout_s = 120;
    a->alternates = true;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case O_DIR: a->dir = optarg; break;
        case O_CA: a->ca_file = optarg; break;
        case O_HTTP: a->http01_port = (unsigned)atoi(optarg); break;
        case O_TLS: a->tlsalpn01_port = (unsigned)atoi(optarg); break;
        case O_CTS: a->challtestsrv = optarg; break;
        case O_CHAL: a->challenge = optarg; break;
        case O_KEYSPEC: a->key_spec = optarg; break;
        case O_ACCTSPEC: a->acct_spec = optarg; break;
        case O_STAPLE: a->must_staple = true; break;
        case O_EAB: a->eab = optarg; break;
        case O_AKEY: a->acct_key_in = optarg; break;
        case O_AKEYOUT: a->acct_key_out = optarg; break;
        case O_CONTACT:
            if (a->n_contacts == 8)
                return -1;
            a->contacts[a->n_contacts++] = optarg;
            break;
        case O_PROFILE: a->profile = optarg; break;
        case O_REPLACES: a->replaces = optarg; break;
        case O_PREF: a->preferred = optarg; break;
        case O_NOALT: a->alternates = false; break;
        case O_PROXY: a->proxy = optarg; break;
        case O_TIMEOUT: a->timeout_s = (unsigned)atoi(optarg); break;
        case O_MAXBODY: a->max_body = (size_t)atol(optarg); break;
        case O_ROLL: a->rollover = true; break;
        case O_DEACT: a->deactivate = true; break;
        case O_ARI: a->ari = true; break;
        case O_NOTOS: a->no_tos = true; break;
        case O_VERBOSE: mdshm_set_default_log_level(MDSHM_LOG_TRACE); break;
        case O_OUT: a->out = optarg; break;
        case O_KEYOUT: a->key_out = optarg; break;
        case O_HTTPTO: a->http_timeout_s = (unsigned)atoi(optarg); break;
        case O_STOP: a->stop_after = optarg; break;
        case O_ORDER: a->order_url = optarg; break;
        case O_UPDATE:
            if (a->n_new_contacts == 8)
                return -1;
            a->new_contacts[a->n_new_contacts++] = optarg;
            break;
        default: return -1;
        }
    }
    a->names = argv + optind;
    a->n_names = (size_t)(argc - optind);
    if (!a->dir || a->n_names == 0)
        return -1;
    if (!a->challenge)
        a->challenge = a->challtestsrv   ? "dns-01"
                       : a->tlsalpn01_port ? "tls-alpn-01"
                                           : "http-01";
    return 0;
}

/* Set up and answer every pending authorization of @o. */
static int authorize(mdshm__acme_t *c, const args_t *a,
                     const mdshm__acme_order_t *o, responder_t *resp,
                     int64_t deadline, mdshm__acme_result_t *res,
                     const char **step)
{
    const char *prefs[1] = {a->challenge};
    json_t *done = json_array();
    int rv = 0;

    json_object_set_new(summary, "authorizations", done);
    for (size_t i = 0; i < o->n_authz && !rv; i++) {
        mdshm__acme_authz_t az;
        const mdshm__acme_challenge_t *ch;
        char *ka = NULL;

        *step = "authz-get";
        if ((rv = mdshm__acme_authz_get(c, o->authz_urls[i], &az, res)))
            break;
        json_array_append_new(done, json_pack("{s:s, s:s, s:s}", "url",
                                              az.url, "identifier",
                                              az.ident.value, "status",
                                              mdshm__acme_status_name(
                                                  az.status)));
        if (az.status == MDSHM__ACME_VALID) { /* reused authorization */
            mdshm__acme_authz_clear(&az);
            continue;
        }
        *step = "challenge-pick";
        if (!(ch = mdshm__acme_authz_pick(&az, prefs, 1))) {
            rv = mdshm__acme_fail(res, MDSHM_EUNSUPPORTED, MDSHM_LOG_ERR,
                                  "the CA offers no %s for %s", a->challenge,
                                  az.ident.value);
            mdshm__acme_authz_clear(&az);
            break;
        }
        *step = "challenge-setup";
        if (!(rv = mdshm__acme_key_authz(c, ch->token, &ka))) {
            if (!strcmp(ch->type, "http-01")) {
                rv = responder_add(resp, ch->token, ka, NULL);
            } else if (!strcmp(ch->type, "tls-alpn-01")) {
                mdshm__alpn_cert_t ac;
                if (!(rv = mdshm__alpn_cert_make(az.ident.value, ka, NULL,
                                                 &ac)) &&
                    (rv = responder_add(resp, az.ident.value, ka, &ac)))
                    mdshm__alpn_cert_clear(&ac);
            } else {
                char v[MDSHM__B64URL_SHA256_SIZE], host[300];
                snprintf(host, sizeof(host), "_acme-challenge.%s",
                         az.ident.value);
                if (!(rv = mdshm__dns01_value(ka, v)))
                    rv = challtestsrv_txt(a->challtestsrv, "/set-txt", host,
                                          v);
            }
        }
        free(ka);
        if (!rv) {
            *step = "challenge-respond";
            rv = mdshm__acme_challenge_respond(c, ch->url, res);
        }
        if (!rv) {
            mdshm__acme_authz_t polled;
            *step = "authz-poll";
            if (!(rv = mdshm__acme_authz_poll(c, az.url, deadline, &polled,
                                              res)))
                mdshm__acme_authz_clear(&polled);
        }
        mdshm__acme_authz_clear(&az);
    }
    return rv;
}

static int ari_info(mdshm__acme_t *c, const mdshm__acme_chains_t *cs)
{
    mdshm__acme_result_t res;
    mdshm__acme_ari_t ari;
    mdshm_buf_t der;
    char *id = NULL;
    int rv;

    if ((rv = mdshm_chain_der(cs->c[0].chain, 0, &der)) ||
        (rv = mdshm__ari_cert_id(der.p, der.n, &id)))
        return rv;
    json_object_set_new(summary, "ari_cert_id", json_string(id));
    rv = mdshm__acme_renewal_info(c, id, &ari, &res);
    free(id);
    if (rv) {
        json_object_set_new(summary, "ari_error",
                            json_string(mdshm_err_name(rv)));
        return 0;
    }
    json_object_set_new(
        summary, "ari",
        json_pack("{s:I, s:I, s:I, s:I, s:s?}", "start_ms",
                  (json_int_t)ari.start_ms, "end_ms", (json_int_t)ari.end_ms,
                  "pick_ms", (json_int_t)mdshm__acme_ari_random_time(&ari),
                  "retry_after_ms", (json_int_t)ari.retry_after_ms,
                  "explanation_url", ari.explanation_url));
    mdshm__acme_ari_clear(&ari);
    return 0;
}

static int run(const args_t *a)
{
    mdshm__acme_opts_t opts = {0};
    mdshm__acme_t *c = NULL;
    const mdshm__acme_dir_t *dir;
    mdshm__acme_result_t res;
    mdshm__acme_account_t acct = {0};
    mdshm__acme_order_t order = {0};
    mdshm__acme_chains_t chains = {0};
    mdshm__acme_ident_t ids[MDSHM_MAX_NAMES];
    mdshm__acme_eab_t eab = {0};
    mdshm__pkey_t *akey = NULL, *ckey = NULL;
    responder_t resp = {0};
    char *eab_buf = NULL, key_out[4096];
    const char *step = "setup";
    uint8_t *csr = NULL;
    size_t csr_len = 0, chosen;
    int64_t deadline;
    int rv;

    mdshm__acme_result_clear(&res);
    opts.ca_file = a->ca_file;
    opts.proxy = a->proxy;
    opts.max_body = a->max_body;
    opts.timeout_ms = a->http_timeout_s * 1000;
    opts.cancelled = cancelled;
    deadline = mdshm__now_ms() + (int64_t)a->timeout_s * 1000;
    if (a->n_names > MDSHM_MAX_NAMES)
        return fail("setup", MDSHM_ETOOBIG, NULL);
    for (size_t i = 0; i < a->n_names; i++)
        if ((rv = mdshm__acme_ident(a->names[i], &ids[i])))
            return fail("setup", rv, NULL);
    if (!strcmp(a->challenge, "http-01") &&
        (rv = responder_start(&resp, a->http01_port ? a->http01_port : 5002,
                              false)))
        return fail("http01-listen", rv, NULL);
    if (!strcmp(a->challenge, "tls-alpn-01") &&
        (rv = responder_start(&resp,
                              a->tlsalpn01_port ? a->tlsalpn01_port : 5001,
                              true)))
        return fail("tlsalpn01-listen", rv, NULL);

    step = "create";
    if ((rv = mdshm__acme_create(a->dir, &opts, &c)))
        goto out;
    step = "directory";
    if ((rv = mdshm__acme_directory(c, false, &dir, &res)))
        goto out;
    json_object_set_new(summary, "eab_required",
                        json_boolean(dir->eab_required));

    /* account */
    step = "account-key";
    if (a->acct_key_in) {
        if ((rv = mdshm__pkey_load(a->acct_key_in, &akey)))
            goto out;
        step = "account-find";
        rv = mdshm__acme_account_find(c, akey, &acct, &res);
        json_object_set_new(summary, "account_found", json_boolean(rv == 0));
        if (rv && rv != MDSHM_ENOTFOUND)
            goto out;
    } else if ((rv = mdshm__keygen(a->acct_spec, &akey))) {
        goto out;
    } else {
        rv = MDSHM_ENOTFOUND;
    }
    if (rv == MDSHM_ENOTFOUND) {
        if (a->eab) {
            const char *colon = strchr(a->eab, ':');
            if (!colon || !(eab_buf = strdup(a->eab))) {
                rv = MDSHM_EBADINPUT;
                goto out;
            }
            eab_buf[colon - a->eab] = 0;
            eab.kid = eab_buf;
            eab.hmac_b64 = eab_buf + (colon - a->eab) + 1;
        }
        step = "account-new";
        if ((rv = mdshm__acme_account_new(c, akey, a->contacts,
                                          a->n_contacts, !a->no_tos,
                                          a->eab ? &eab : NULL, &acct,
                                          &res)))
            goto out;
    }
    json_object_set_new(summary, "account_url",
                        json_string(mdshm__acme_account_url(c)));
    json_object_set_new(summary, "account_status",
                        json_string(acct.status ? acct.status : ""));
    if (a->acct_key_out) {
        step = "account-key-out";
        if ((rv = write_key(a->acct_key_out, akey)))
            goto out;
    }
    if (a->n_new_contacts) {
        mdshm__acme_account_t u;
        json_t *arr = json_array();
        step = "account-update";
        if ((rv = mdshm__acme_account_update(c, a->new_contacts,
                                             a->n_new_contacts, &u, &res))) {
            json_decref(arr);
            goto out;
        }
        for (size_t i = 0; i < u.n_contacts; i++)
            json_array_append_new(arr, json_string(u.contacts[i]));
        json_object_set_new(summary, "contacts", arr);
        mdshm__acme_account_clear(&u);
    }
    if (a->rollover) {
        mdshm__pkey_t *nk = NULL;
        step = "account-rollover";
        if ((rv = mdshm__keygen("secp384r1", &nk)))
            goto out;
        rv = mdshm__acme_account_rollover(c, nk, &res);
        if (!rv && a->acct_key_out)
            rv = write_key(a->acct_key_out, nk);
        mdshm__pkey_free(nk);
        if (rv)
            goto out;
        json_object_set_new(summary, "rolled_over", json_true());
    }

    /* order: a new one, or resume one by URL (as a new leader does) */
    if (a->order_url) {
        step = "order-get";
        if ((rv = mdshm__acme_order_get(c, a->order_url, &order, &res)))
            goto out;
    } else {
        step = "order-new";
        if ((rv = mdshm__acme_order_new(c, ids, a->n_names, a->profile,
                                        a->replaces, &order, &res)))
            goto out;
    }
    json_object_set_new(summary, "order_url", json_string(order.url));
    json_object_set_new(summary, "order_status",
                        json_string(mdshm__acme_status_name(order.status)));
    if (order.profile)
        json_object_set_new(summary, "profile", json_string(order.profile));
    if (a->stop_after && !strcmp(a->stop_after, "order")) {
        json_object_set_new(summary, "ok", json_true());
        goto out;
    }
    json_object_set_new(summary, "replaces_dropped",
                        json_boolean(order.replaces_dropped));
    if (order.status == MDSHM__ACME_PENDING &&
        (rv = authorize(c, a, &order, &resp, deadline, &res, &step)))
        goto out;
    step = "order-ready";
    if ((rv = mdshm__acme_order_poll(c, &order, MDSHM__ACME_READY, deadline,
                                     &res)))
        goto out;
    step = "keygen";
    if ((rv = mdshm__keygen(a->key_spec, &ckey)))
        goto out;
    step = "csr";
    if ((rv = mdshm__csr_make(ckey, (const char *const *)a->names, a->n_names,
                              a->must_staple, &csr, &csr_len)))
        goto out;
    step = "finalize";
    if ((rv = mdshm__acme_order_finalize(c, &order, csr, csr_len, deadline,
                                         &res)))
        goto out;
    step = "download";
    if ((rv = mdshm__acme_cert_download(c, order.cert_url, a->alternates,
                                        &chains, &res)))
        goto out;
    chosen = mdshm__acme_chain_choose(&chains, a->preferred);
    {
        json_t *alts = json_array();
        for (size_t i = 1; i < chains.n; i++)
            json_array_append_new(alts, json_string(chains.c[i].url));
        json_object_set_new(summary, "alternates", alts);
    }
    json_object_set_new(summary, "status",
                        json_string(mdshm__acme_status_name(order.status)));
    json_object_set_new(summary, "cert_url", json_string(order.cert_url));
    json_object_set_new(summary, "chains", json_integer((json_int_t)chains.n));
    json_object_set_new(summary, "chosen", json_integer((json_int_t)chosen));
    json_object_set_new(summary, "chain_count",
                        json_integer((json_int_t)mdshm_chain_count(
                            chains.c[chosen].chain)));
    if (a->out) {
        step = "write";
        snprintf(key_out, sizeof(key_out), "%s.key", a->out);
        if ((rv = write_file(a->out, chains.c[chosen].pem,
                             chains.c[chosen].pem_len, 0644)) ||
            (rv = write_key(a->key_out ? a->key_out : key_out, ckey)))
            goto out;
    }
    if (a->ari) {
        step = "ari";
        if ((rv = ari_info(c, &chains)))
            goto out;
    }
    if (a->deactivate) {
        mdshm__acme_account_t d;
        step = "account-deactivate";
        if ((rv = mdshm__acme_account_deactivate(c, &d, &res)))
            goto out;
        json_object_set_new(summary, "account_status",
                            json_string(d.status ? d.status : ""));
        mdshm__acme_account_clear(&d);
    }
    json_object_set_new(summary, "ok", json_true());
out:
    json_object_set_new(summary, "responder_requests",
                        json_integer(resp.requests));
    responder_stop(&resp);
    if (a->challtestsrv)
        for (size_t i = 0; i < a->n_names; i++) {
            char host[300];
            snprintf(host, sizeof(host), "_acme-challenge.%s",
                     ids[i].value[0] == '*' ? ids[i].value + 2
                                            : ids[i].value);
            challtestsrv_txt(a->challtestsrv, "/clear-txt", host, NULL);
        }
    mdshm__acme_chains_clear(&chains);
    mdshm__acme_order_clear(&order);
    mdshm__acme_account_clear(&acct);
    mdshm__pkey_free(akey);
    mdshm__pkey_free(ckey);
    free(csr);
    free(eab_buf);
    mdshm__acme_destroy(c);
    return rv ? fail(step, rv, &res) : 0;
}

int main(int argc, char **argv)
{
    struct sigaction sa = {0};
    args_t a = {0};
    char *text;
    int rc;

    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    mdshm_set_default_log_level(MDSHM_LOG_INFO);
    if (parse_args(argc, argv, &a)) {
        usage();
        return 2;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    summary = json_object();
    rc = run(&a);
    text = json_dumps(summary, JSON_COMPACT);
    printf("%s\n", text ? text : "{\"ok\":false}");
    free(text);
    json_decref(summary);
    curl_global_cleanup();
    return rc;
}
