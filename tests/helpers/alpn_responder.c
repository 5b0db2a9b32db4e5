/* alpn_responder.c -- test helper: a tls-alpn-01 (RFC 8737) responder that
 * answers from an mdshm store, through the public API and OpenSSL only.
 *
 *   alpn_responder --store DIR --listen ADDR:PORT
 *
 * ADDR is a numeric IPv4 or IPv6 address ("[::1]:443" or "::1:443");
 * PORT 0 picks a free port.  Once listening it prints "READY <port>" on
 * stdout.  Each handshake must offer ALPN "acme-tls/1" and an SNI name; the
 * certificate and key come from challenges/tls-alpn-01/<lower-case sni>
 * (for an IP identifier the SNI is its reverse-DNS name, RFC 8738 section
 * 6, and the record is looked up under the address too).  No record, no
 * SNI or no acme-tls/1: the handshake fails with an alert.  After a
 * handshake the connection is closed: tls-alpn-01 carries no data.
 *
 * One process, one thread, non-blocking sockets in a poll loop: at most
 * MAX_CONNS connections at once (a new one evicts the oldest), each with
 * CONN_TIMEOUT_MS to finish, so a slow client cannot block the others.  Every connection is logged on
 * stdout as "HANDSHAKE ok|failed sni=NAME [reason]".  SIGTERM or SIGINT
 * stop it cleanly (exit 0).  Exit 1 on a start-up error, 2 on bad usage.
 */
#include "mdshm.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#define MAX_CONNS 64
#define CONN_TIMEOUT_MS 5000
#define MAX_SNI 253

typedef struct conn {
    int fd;
    SSL *ssl;
    long long deadline_ms;
    short want;   /* poll events the TLS engine waits for */
    bool closing; /* handshake over; sending close_notify */
} conn_t;

typedef struct responder {
    mdshm_store_t *st;
    mdshm_reader_t *rd;
    SSL_CTX *ctx;
    int lfd;
    conn_t conns[MAX_CONNS];
    unsigned long n_ok, n_failed;
} responder_t;

/* per-SSL: what the client hello said, for the log line */
typedef struct hs_info {
    char sni[MAX_SNI + 1];
    const char *why; /* static reason of a failure, or NULL */
} hs_info_t;

static int g_ex_index = -1;
static volatile sig_atomic_t g_stop;
static int g_wake[2] = {-1, -1};

static void on_signal(int sig)
{
    int saved = errno;
    (void)sig;
    g_stop = 1;
    if (g_wake[1] >= 0) {
        ssize_t w = write(g_wake[1], "x", 1);
        (void)w;
    }
    errno = saved;
}

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- names -------------------------------------------------------------- */

static bool ends_with(const char *s, size_t n, const char *suffix)
{
    size_t m = strlen(suffix);
    return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

/* "1.0.0.127.in-addr.arpa" -> "127.0.0.1"; "b.a.9.8....ip6.arpa" -> the
 * IPv6 address text.  Returns false if @p name is neither. */
static bool reverse_to_ip(const char *name, char *out, size_t size)
{
    size_t n = strlen(name);

    if (ends_with(name, n, ".in-addr.arpa")) {
        unsigned v[4];
        char tail[16];
        unsigned char a[4];
        if (sscanf(name, "%3u.%3u.%3u.%3u.%15s", &v[0], &v[1], &v[2], &v[3],
                   tail) != 5 ||
            strcmp(tail, "in-addr.arpa") != 0)
            return false;
        for (int i = 0; i < 4; i++) {
            if (v[i] > 255)
                return false;
            a[3 - i] = (unsigned char)v[i];
        }
        return inet_ntop(AF_INET, a, out, (socklen_t)size) != NULL;
    }
    if (ends_with(name, n, ".ip6.arpa") && n == 64 + strlen("ip6.arpa")) {
        unsigned char a[16];
        memset(a, 0, sizeof(a));
        for (int i = 0; i < 32; i++) {
            char c = name[2 * i];
            int nib;
            if (name[2 * i + 1] != '.')
                return false;
            if (c >= '0' && c <= '9')
                nib = c - '0';
            else if (c >= 'a' && c <= 'f')
                nib = c - 'a' + 10;
            else
                return false;
            /* nibble i counts from the least significant one */
            int pos = 31 - i;
            a[pos / 2] |= (unsigned char)(pos % 2 ? nib : nib << 4);
        }
        return inet_ntop(AF_INET6, a, out, (socklen_t)size) != NULL;
    }
    return false;
}

/* ---- the store ---------------------------------------------------------- */

/* Load the challenge certificate and key for @p name into @p ssl.
 * 1 loaded, 0 no record, -1 error (why says what). */
static int use_challenge(responder_t *r, SSL *ssl, const char *name,
                         const char **why)
{
    char key[sizeof("tls-alpn-01/") + MAX_SNI + 64];
    mdshm_record_t *rec = NULL;
    X509 *x = NULL;
    EVP_PKEY *pk = NULL;
    int rv, klen, ret = -1;

    klen = snprintf(key, sizeof(key), "tls-alpn-01/%s", name);
    if (klen < 0 || (size_t)klen >= sizeof(key)) {
        *why = "name too long";
        return -1;
    }
    if (!(rec = malloc(sizeof(*rec)))) {
        *why = "out of memory";
        return -1;
    }
    if ((rv = mdshm_read_begin(r->rd)) < 0) {
        free(rec);
        *why = "store read failed";
        return -1;
    }
    rv = mdshm_read_get(r->rd, MDSHM_DB_CHALLENGES, key, (size_t)klen, rec);
    if (rv == MDSHM_ENOTFOUND) {
        ret = 0;
    } else if (rv < 0) {
        *why = "record unreadable";
    } else if (rec->u.challenge.cert.n == 0 || rec->u.challenge.pkey.n == 0) {
        *why = "record has no certificate or key";
    } else {
        const unsigned char *p = rec->u.challenge.cert.p;
        x = d2i_X509(NULL, &p, (long)rec->u.challenge.cert.n);
        p = rec->u.challenge.pkey.p;
        pk = d2i_AutoPrivateKey(NULL, &p, (long)rec->u.challenge.pkey.n);
        if (!x || !pk)
            *why = "certificate or key does not parse";
        else
            ret = 1;
    }
    mdshm_read_end(r->rd); /* views die here; x and pk are copies */
    free(rec);
    if (ret == 1) {
        if (SSL_use_certificate(ssl, x) != 1 ||
            SSL_use_PrivateKey(ssl, pk) != 1 ||
            SSL_check_private_key(ssl) != 1) {
            *why = "certificate or key refused by OpenSSL";
            ret = -1;
        }
    }
    X509_free(x);
    EVP_PKEY_free(pk);
    return ret;
}

/* ---- handshake callbacks ------------------------------------------------ */

static const unsigned char ACME_TLS_1[] = "\x0a" "acme-tls/1";

/* Does the client's ALPN extension offer acme-tls/1? */
static bool offers_acme_tls(SSL *ssl)
{
    const unsigned char *ext;
    size_t len, list, i;

    if (SSL_client_hello_get0_ext(
            ssl, TLSEXT_TYPE_application_layer_protocol_negotiation, &ext,
            &len) != 1 || len < 2)
        return false;
    list = ((size_t)ext[0] << 8) | ext[1];
    if (list != len - 2)
        return false;
    for (i = 2; i < len;) {
        size_t n = ext[i];
        if (n == 0 || i + 1 + n > len)
            return false;
        if (n + 1 == sizeof(ACME_TLS_1) - 1 &&
            memcmp(ext + i, ACME_TLS_1, n + 1) == 0)
            return true;
        i += 1 + n;
    }
    return false;
}

/* The host_name of the server_name extension, lower-cased, into @p out. */
static bool client_sni(SSL *ssl, char *out, size_t size)
{
    const unsigned char *ext;
    size_t len, list, i;

    if (SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &ext,
                                  &len) != 1 || len < 2)
        return false;
    list = ((size_t)ext[0] << 8) | ext[1];
    if (list != len - 2)
        return false;
    for (i = 2; i + 3 <= len;) {
        unsigned type = ext[i];
        size_t n = ((size_t)ext[i + 1] << 8) | ext[i + 2];
        if (i + 3 + n > len)
            return false;
        if (type == TLSEXT_NAMETYPE_host_name) {
            const unsigned char *p = ext + i + 3;
            if (n == 0 || n >= size)
                return false;
            for (size_t k = 0; k < n; k++) {
                unsigned char c = p[k];
                if (!(isalnum(c) || c == '-' || c == '.' || c == '_' ||
                      c == '*'))
                    return false;
                out[k] = (char)tolower(c);
            }
            out[n] = 0;
            if (n > 1 && out[n - 1] == '.')
                out[n - 1] = 0;
            return true;
        }
        i += 3 + n;
    }
    return false;
}

static int client_hello_cb(SSL *ssl, int *alert, void *arg)
{
    responder_t *r = arg;
    hs_info_t *hs = SSL_get_ex_data(ssl, g_ex_index);
    const char *why = NULL;
    char ip[INET6_ADDRSTRLEN];
    int rv;

    if (!hs)
        return SSL_CLIENT_HELLO_ERROR;
    if (!client_sni(ssl, hs->sni, sizeof(hs->sni))) {
        hs->why = "no usable SNI";
        *alert = SSL_AD_UNRECOGNIZED_NAME;
        return SSL_CLIENT_HELLO_ERROR;
    }
    if (!offers_acme_tls(ssl)) {
        hs->why = "acme-tls/1 not offered";
        *alert = SSL_AD_NO_APPLICATION_PROTOCOL;
        return SSL_CLIENT_HELLO_ERROR;
    }
    rv = use_challenge(r, ssl, hs->sni, &why);
    if (rv == 0 && reverse_to_ip(hs->sni, ip, sizeof(ip)))
        rv = use_challenge(r, ssl, ip, &why);
    if (rv <= 0) {
        hs->why = rv == 0 ? "no challenge record" : why;
        *alert = rv == 0 ? SSL_AD_UNRECOGNIZED_NAME : SSL_AD_INTERNAL_ERROR;
        return SSL_CLIENT_HELLO_ERROR;
    }
    return SSL_CLIENT_HELLO_SUCCESS;
}

static int alpn_select_cb(SSL *ssl, const unsigned char **out,
                          unsigned char *outlen, const unsigned char *in,
                          unsigned inlen, void *arg)
{
    unsigned char *sel = NULL;
    (void)ssl;
    (void)arg;
    if (SSL_select_next_proto(&sel, outlen, ACME_TLS_1,
                              sizeof(ACME_TLS_1) - 1, in,
                              inlen) != OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_ALERT_FATAL;
    *out = sel;
    return SSL_TLSEXT_ERR_OK;
}

/* ---- connections -------------------------------------------------------- */

static void conn_close(responder_t *r, conn_t *c, bool ok, const char *why)
{
    hs_info_t *hs = c->ssl ? SSL_get_ex_data(c->ssl, g_ex_index) : NULL;

    if (ok)
        r->n_ok++;
    else
        r->n_failed++;
    printf("HANDSHAKE %s sni=%s%s%s\n", ok ? "ok" : "failed",
           hs && hs->sni[0] ? hs->sni : "-",
           ok ? "" : " ",
           ok ? "" : (hs && hs->why ? hs->why : why ? why : "error"));
    fflush(stdout);
    free(hs);
    SSL_free(c->ssl);
    close(c->fd);
    ERR_clear_error();
    memset(c, 0, sizeof(*c));
    c->fd = -1;
}

/* Drive one connection as far as it goes without blocking.  Returns the
 * events to poll for, or 0 when the connection was closed. */
static short conn_step(responder_t *r, conn_t *c)
{
    int rv, err;

    if (!c->closing) {
        rv = SSL_accept(c->ssl);
        if (rv == 1) {
            const unsigned char *proto = NULL;
            unsigned plen = 0;
            SSL_get0_alpn_selected(c->ssl, &proto, &plen);
            if (plen != sizeof(ACME_TLS_1) - 2 ||
                memcmp(proto, ACME_TLS_1 + 1, plen) != 0) {
                conn_close(r, c, false, "acme-tls/1 not negotiated");
                return 0;
            }
            c->closing = true;
        } else {
            err = SSL_get_error(c->ssl, rv);
            if (err == SSL_ERROR_WANT_READ)
                return POLLIN;
            if (err == SSL_ERROR_WANT_WRITE)
                return POLLOUT;
            conn_close(r, c, false, "handshake error");
            return 0;
        }
    }
    /* send our close_notify once; do not wait for the peer's */
    rv = SSL_shutdown(c->ssl);
    if (rv < 0) {
        err = SSL_get_error(c->ssl, rv);
        if (err == SSL_ERROR_WANT_WRITE)
            return POLLOUT;
    }
    conn_close(r, c, true, NULL);
    return 0;
}

/* Accept one connection; false when there is none to accept. */
static bool accept_one(responder_t *r)
{
    conn_t *c = NULL;
    hs_info_t *hs;
    int fd = accept4(r->lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);

    if (fd < 0)
        return false;
    for (size_t i = 0; i < MAX_CONNS; i++) {
        if (r->conns[i].fd < 0) {
            c = &r->conns[i];
            break;
        }
    }
    if (!c) {
        /* full: the oldest connection makes room, so that slow clients
         * cannot lock newcomers out */
        c = &r->conns[0];
        for (size_t i = 1; i < MAX_CONNS; i++) {
            if (r->conns[i].deadline_ms < c->deadline_ms)
                c = &r->conns[i];
        }
        conn_close(r, c, false, "evicted (too many connections)");
    }
    if (!(hs = calloc(1, sizeof(*hs))) || !(c->ssl = SSL_new(r->ctx)) ||
        !SSL_set_ex_data(c->ssl, g_ex_index, hs) || !SSL_set_fd(c->ssl, fd)) {
        SSL_free(c->ssl);
        c->ssl = NULL;
        free(hs);
        close(fd);
        ERR_clear_error();
        return true;
    }
    c->fd = fd;
    c->deadline_ms = now_ms() + CONN_TIMEOUT_MS;
    c->closing = false;
    c->want = conn_step(r, c);
    return true;
}

/* ---- setup -------------------------------------------------------------- */

static int listen_on(const char *spec, unsigned *port_out)
{
    char host[64];
    const char *colon = strrchr(spec, ':');
    struct sockaddr_storage ss;
    socklen_t sl;
    char *end;
    unsigned long port;
    size_t hl;
    int fd, one = 1;

    if (!colon || colon == spec)
        return -EINVAL;
    port = strtoul(colon + 1, &end, 10);
    if (*end || end == colon + 1 || port > 65535)
        return -EINVAL;
    hl = (size_t)(colon - spec);
    if (spec[0] == '[' && hl >= 2 && spec[hl - 1] == ']') {
        spec++;
        hl -= 2;
    }
    if (hl >= sizeof(host))
        return -EINVAL;
    memcpy(host, spec, hl);
    host[hl] = 0;
    memset(&ss, 0, sizeof(ss));
    if (inet_pton(AF_INET, host, &((struct sockaddr_in *)&ss)->sin_addr) == 1) {
        struct sockaddr_in *sin = (struct sockaddr_in *)&ss;
        sin->sin_family = AF_INET;
        sin->sin_port = htons((uint16_t)port);
        sl = sizeof(*sin);
    } else if (inet_pton(AF_INET6, host,
                         &((struct sockaddr_in6 *)&ss)->sin6_addr) == 1) {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&ss;
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons((uint16_t)port);
        sl = sizeof(*sin6);
    } else {
        return -EINVAL;
    }
    fd = socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -errno;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (bind(fd, (struct sockaddr *)&ss, sl) < 0 || listen(fd, 64) < 0) {
        int e = errno;
        close(fd);
        return -e;
    }
    sl = sizeof(ss);
    if (getsockname(fd, (struct sockaddr *)&ss, &sl) < 0) {
        int e = errno;
        close(fd);
        return -e;
    }
    *port_out = ntohs(ss.ss_family == AF_INET
                          ? ((struct sockaddr_in *)&ss)->sin_port
                          : ((struct sockaddr_in6 *)&ss)->sin6_port);
    return fd;
}

static void usage(void)
{
    fprintf(stderr, "usage: alpn_responder --store DIR --listen ADDR:PORT\n");
}

static int serve(responder_t *r)
{
    struct pollfd p[MAX_CONNS + 2];
    size_t idx[MAX_CONNS + 2];

    while (!g_stop) {
        long long now = now_ms(), next = now + 60000;
        nfds_t n = 0;
        int rv;

        p[n].fd = g_wake[0];
        p[n].events = POLLIN;
        n++;
        p[n].fd = r->lfd;
        p[n].events = POLLIN;
        n++;
        for (size_t i = 0; i < MAX_CONNS; i++) {
            conn_t *c = &r->conns[i];
            if (c->fd < 0)
                continue;
            if (now >= c->deadline_ms) {
                conn_close(r, c, false, "timed out");
                continue;
            }
            if (c->deadline_ms < next)
                next = c->deadline_ms;
            p[n].fd = c->fd;
            p[n].events = c->want;
            idx[n] = i;
            n++;
        }
        rv = poll(p, n, (int)(next - now) + 1);
        if (rv < 0) {
            if (errno == EINTR)
                continue;
            perror("alpn_responder: poll");
            return 1;
        }
        if (p[0].revents)
            break;
        for (nfds_t k = 2; k < n; k++) {
            conn_t *c = &r->conns[idx[k]];
            if (p[k].revents && c->fd >= 0)
                c->want = conn_step(r, c);
        }
        /* a bounded burst of new connections per round */
        if (p[1].revents & POLLIN) {
            for (int k = 0; k < 16 && accept_one(r); k++)
                ;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *store = NULL, *listen_spec = NULL;
    mdshm_store_opts_t opts;
    responder_t r;
    struct sigaction sa;
    unsigned port = 0;
    int rv, status = 1;

    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--store") && i + 1 < argc)
            store = argv[++i];
        else if (!strcmp(argv[i], "--listen") && i + 1 < argc)
            listen_spec = argv[++i];
        else {
            usage();
            return 2;
        }
    }
    if (!store || !listen_spec) {
        usage();
        return 2;
    }

    memset(&r, 0, sizeof(r));
    r.lfd = -1;
    for (size_t i = 0; i < MAX_CONNS; i++)
        r.conns[i].fd = -1;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    if (pipe2(g_wake, O_CLOEXEC | O_NONBLOCK) < 0) {
        perror("alpn_responder: pipe");
        return 1;
    }

    memset(&opts, 0, sizeof(opts));
    opts.readonly = true;
    if ((rv = mdshm_store_open(store, &opts, &r.st)) < 0 ||
        (rv = mdshm_reader_create(r.st, &r.rd)) < 0) {
        fprintf(stderr, "alpn_responder: store %s: %s (%s)\n", store,
                mdshm_strerror(rv), mdshm_err_name(rv));
        goto out;
    }

    g_ex_index = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
    if (g_ex_index < 0 || !(r.ctx = SSL_CTX_new(TLS_server_method()))) {
        fprintf(stderr, "alpn_responder: OpenSSL setup failed\n");
        goto out;
    }
    SSL_CTX_set_min_proto_version(r.ctx, TLS1_2_VERSION);
    SSL_CTX_set_session_cache_mode(r.ctx, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_options(r.ctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_num_tickets(r.ctx, 0);
    SSL_CTX_set_client_hello_cb(r.ctx, client_hello_cb, &r);
    SSL_CTX_set_alpn_select_cb(r.ctx, alpn_select_cb, &r);

    if ((r.lfd = listen_on(listen_spec, &port)) < 0) {
        fprintf(stderr, "alpn_responder: cannot listen on %s: %s\n",
                listen_spec, strerror(-r.lfd));
        goto out;
    }
    printf("READY %u\n", port);
    fflush(stdout);

    status = serve(&r);
    printf("STOPPED ok=%lu failed=%lu\n", r.n_ok, r.n_failed);
    fflush(stdout);

out:
    for (size_t i = 0; i < MAX_CONNS; i++) {
        conn_t *c = &r.conns[i];
        if (c->fd >= 0) {
            free(SSL_get_ex_data(c->ssl, g_ex_index));
            SSL_free(c->ssl);
            close(c->fd);
        }
    }
    if (r.lfd >= 0)
        close(r.lfd);
    SSL_CTX_free(r.ctx);
    mdshm_reader_destroy(r.rd);
    mdshm_store_close(r.st);
    close(g_wake[0]);
    close(g_wake[1]);
    return status;
}
