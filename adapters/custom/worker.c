/* worker.c -- one worker process of the example server: attach to mdshm
 * after fork, build its SSL_CTX with mdshm's hooks, accept on the shared
 * listening sockets and serve one connection at a time.
 *
 * One connection at a time keeps the example short; deadlines from the
 * accept are what bound the damage a slow client does (conn.c): it holds
 * a worker for at most HANDSHAKE_TIMEOUT_MS before its handshake is done
 * and CONN_TIMEOUT_MS in all.  A real server serves many connections per
 * worker (an event loop, or threads), with the same deadlines on each. */
#include "server.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/err.h>

static void on_stop(int sig)
{
    (void)sig;
    g_stop = 1;
}

static void install_stop_handler(void)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_stop; /* no SA_RESTART: poll() returns EINTR */
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
}

static SSL_CTX *make_ctx(server_t *s, mdshm_tls_worker_t *w)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());

    if (!ctx)
        return NULL;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    if (s->o.cert &&
        (SSL_CTX_use_certificate_chain_file(ctx, s->o.cert) != 1 ||
         SSL_CTX_use_PrivateKey_file(ctx, s->o.key, SSL_FILETYPE_PEM) != 1)) {
        fprintf(stderr, "worker %d: cannot load %s / %s\n", (int)getpid(),
                s->o.cert, s->o.key);
        ERR_print_errors_fp(stderr);
        SSL_CTX_free(ctx);
        return NULL;
    }
    if (w && mdshm_tls_ctx_setup(w, ctx) < 0) {
        SSL_CTX_free(ctx);
        return NULL;
    }
    return ctx;
}

static void serve_one(server_t *s, mdshm_tls_worker_t *w, SSL_CTX *ctx,
                      int lfd, bool tls)
{
    conn_t c = {-1, NULL, tls, 0};
    int64_t accepted;

    /* several workers wake for one connection: the losers get EAGAIN */
    c.fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (c.fd < 0)
        return;
    accepted = mono_ms();
    c.deadline = accepted + HANDSHAKE_TIMEOUT_MS;
    if (tls) {
        if (!(c.ssl = SSL_new(ctx)) || SSL_set_fd(c.ssl, c.fd) != 1 ||
            !conn_handshake(&c)) {
            if (s->o.verbose)
                ERR_print_errors_fp(stderr);
            ERR_clear_error();
            goto out;
        }
        /* tls-alpn-01: the handshake is the answer (RFC 8737) */
        if (mdshm_tls_ssl_state(c.ssl) == MDSHM_TLS_CHALLENGE) {
            conn_close_notify(&c);
            goto out;
        }
    }
    c.deadline = accepted + CONN_TIMEOUT_MS;
    http_serve(s, w, &c);
    conn_close_notify(&c);
out:
    ERR_clear_error();
    SSL_free(c.ssl);
    close(c.fd);
}

static int start_drive(server_t *s, mdshm_tls_worker_t *w, unsigned slot)
{
    sigset_t set, old;
    int rv;

    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    /* the drive thread must not take the stop signal meant to interrupt
     * this thread's poll() */
    pthread_sigmask(SIG_BLOCK, &set, &old);
    rv = s->o.drive == DRIVE_WORKERS ? mdshm_tls_drive_start(w) : 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rv < 0)
        fprintf(stderr, "worker %u: drive: %s\n", slot, mdshm_strerror(rv));
    return rv;
}

/* A worker without its store (damaged, missing) serves the fallback and
 * tries again after 1, 2, 4 ... 60 s: exiting would only make the parent
 * fork it again into the same failure. */
typedef struct retry {
    int64_t at_ms, delay_ms;
} retry_t;

#define RETRY_FIRST_MS 1000
#define RETRY_MAX_MS 60000

static void retry_attach(server_t *s, mdshm_tls_worker_t *w, unsigned slot,
                         retry_t *r)
{
    int rv;

    if (r->at_ms == 0 || mono_ms() < r->at_ms)
        return;
    rv = mdshm_tls_reattach(w);
    if (rv == 0) {
        fprintf(stderr, "worker %u: store attached again\n", slot);
        r->at_ms = 0;
        if (start_drive(s, w, slot) < 0)
            g_stop = 1; /* the parent starts a fresh worker */
        return;
    }
    r->delay_ms = r->delay_ms * 2 > RETRY_MAX_MS ? RETRY_MAX_MS
                                                 : r->delay_ms * 2;
    r->at_ms = mono_ms() + r->delay_ms;
}

int worker_main(server_t *s, unsigned slot)
{
    mdshm_tls_worker_t *w = NULL;
    retry_t retry = {0, RETRY_FIRST_MS};
    SSL_CTX *ctx;
    struct pollfd pf[2];
    int n = 1, rv;

    install_stop_handler();
    if (s->tls) {
        rv = mdshm_tls_attach_fallback(s->tls, &w);
        if (!w) {
            fprintf(stderr, "worker %u: attach: %s\n", slot,
                    mdshm_strerror(rv));
            return 1;
        }
        if (rv < 0) {
            fprintf(stderr, "worker %u: store unavailable (%s): serving the "
                            "fallback certificate, retrying\n",
                    slot, mdshm_strerror(rv));
            retry.at_ms = mono_ms() + retry.delay_ms;
        } else if (start_drive(s, w, slot) < 0) {
            mdshm_tls_detach(w);
            return 1;
        }
    }
    if (!(ctx = make_ctx(s, w))) {
        mdshm_tls_detach(w);
        return 1;
    }
    if (s->o.verbose)
        fprintf(stderr, "worker %u: pid %d serving\n", slot, (int)getpid());
    pf[0].fd = s->https_fd;
    pf[0].events = POLLIN;
    if (s->http_fd >= 0) {
        pf[1].fd = s->http_fd;
        pf[1].events = POLLIN;
        n = 2;
    }
    while (!g_stop) {
        int timeout = -1; /* attached: wait for connections only */
        if (retry.at_ms) {
            int64_t left = retry.at_ms - mono_ms();
            timeout = left < 0 ? 0 : (int)left;
        }
        if (poll(pf, (nfds_t)n, timeout) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        retry_attach(s, w, slot, &retry);
        if (pf[0].revents & POLLIN)
            serve_one(s, w, ctx, s->https_fd, true);
        if (n == 2 && (pf[1].revents & POLLIN))
            serve_one(s, w, ctx, s->http_fd, false);
    }
    SSL_CTX_free(ctx);
    mdshm_tls_detach(w); /* stops the drive thread: leadership passes on */
    return 0;
}

int drive_process_main(server_t *s)
{
    mdshm_tls_worker_t *w = NULL;
    sigset_t set;
    int rv, sig;

    /* the drive runs on a thread; this one waits for the stop signal */
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    if ((rv = mdshm_tls_attach(s->tls, &w)) < 0 ||
        (rv = mdshm_tls_drive_start(w)) < 0) {
        fprintf(stderr, "drive process: %s\n", mdshm_strerror(rv));
        mdshm_tls_detach(w);
        return 1;
    }
    sigwait(&set, &sig);
    mdshm_tls_detach(w);
    return 0;
}
