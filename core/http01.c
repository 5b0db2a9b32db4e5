/* http01.c -- a minimal http-01 responder serving key authorizations from
 * the store, for `mdshm drive --http01-listen`.  Anything but
 * GET /.well-known/acme-challenge/<token> gets a 404.
 *
 * It must answer a CA's validator while someone floods it (docs/
 * operations.md, "The built-in http-01 responder"), so:
 *  - one thread runs an event loop (poll) over a nonblocking listening
 *    socket and nonblocking connections: nobody can block it;
 *  - a request is at most MAX_REQUEST bytes and must be complete within
 *    timeout_ms of the accept (a total deadline: dribbling does not
 *    extend it);
 *  - one peer address holds at most per_addr idle connections (open for
 *    idle_ms without a complete request), and the table max_conns; a
 *    newcomer is always let in: past either limit it replaces the oldest
 *    connection (the oldest idle one of its address, or the oldest of
 *    all).  A validator connects and sends its request at once; a flood
 *    holds connections open, so the oldest connection is the one least
 *    likely to matter.  Young connections do not count against their
 *    address: a CA validating many names at once from one address is a
 *    burst of them, not a flood;
 *  - a connection is read right after accept and once more before it is
 *    dropped: a complete request waiting in it is answered, not lost. */
#include "http01.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_REQUEST MDSHM__HTTP01_MAX_REQUEST
#define MIN_CONNS 16            /* whatever the descriptor limit says */
#define ACCEPT_BATCH 64         /* accepts per loop turn: reads go on too */
#define ACCEPT_PAUSE_MS 100     /* out of descriptors, nothing to drop */
#define DROP_LOG_INTERVAL_MS 60000
#define PREFIX "/.well-known/acme-challenge/"

struct conn {
    int fd;           /* -1: a free slot */
    uint32_t addr;    /* the peer's IPv4 address (the responder is IPv4) */
    uint64_t seq;     /* accept order: the smallest is the oldest */
    int64_t accepted; /* monotonic ms */
    size_t len;
    char buf[MAX_REQUEST];
};

struct mdshm__http01_server {
    mdshm_store_t *st;
    mdshm_reader_t *rd;
    int listen_fd;
    int wake[2]; /* a pipe: a byte tells the thread to stop */
    unsigned port;
    pthread_t thread;
    unsigned max_conns, per_addr, timeout_ms, idle_ms;
    uint64_t next_seq;
    int64_t accept_resume_ms; /* out of descriptors: accept again then */
    uint64_t dropped;         /* to make room, since the last log line */
    int64_t drop_logged_ms;
    struct conn *conns;       /* max_conns slots */
    struct pollfd *pfd;       /* 2 + max_conns */
    unsigned *map;            /* pfd index -> conns index */
};

static void conn_close(struct conn *c)
{
    if (c->fd >= 0)
        close(c->fd);
    c->fd = -1;
    c->len = 0;
}

static void send_all(int fd, const char *p, size_t n)
{
    /* A fresh socket's send buffer takes these few hundred bytes at once;
     * on EAGAIN the client is not reading, and the answer is dropped. */
    while (n > 0) {
        ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return; /* the client's problem; the answer is best effort */
        p += w;
        n -= (size_t)w;
    }
}

static void respond(mdshm__http01_server_t *s, struct conn *c)
{
    char head[256], *sp, *path, *end;
    mdshm_buf_t ka = {NULL, 0};
    int rv = MDSHM_ENOTFOUND;

    c->buf[c->len] = 0;
    /* "GET <path> HTTP/1.x" */
    path = strncmp(c->buf, "GET ", 4) == 0 ? c->buf + 4 : NULL;
    sp = path ? strchr(path, ' ') : NULL;
    if (sp && strncmp(path, PREFIX, strlen(PREFIX)) == 0) {
        const char *token = path + strlen(PREFIX);
        end = sp;
        if (mdshm_read_begin(s->rd) == 0) {
            rv = mdshm_challenge_http01(s->rd, token, (size_t)(end - token),
                                        &ka);
            if (rv == 0) {
                int n = snprintf(head, sizeof(head),
                                 "HTTP/1.1 200 OK\r\nContent-Type: "
                                 "text/plain\r\nContent-Length: %zu\r\n"
                                 "Connection: close\r\n\r\n",
                                 ka.n);
                send_all(c->fd, head, (size_t)n);
                send_all(c->fd, (const char *)ka.p, ka.n);
            }
            mdshm_read_end(s->rd);
        }
    }
    if (rv != 0) {
        static const char nf[] = "HTTP/1.1 404 Not Found\r\nContent-Length: "
                                 "0\r\nConnection: close\r\n\r\n";
        send_all(c->fd, nf, sizeof(nf) - 1);
    }
    conn_close(c);
}

/* Read what @c's peer sent so far; answer once the headers are complete.
 * @c is closed after an answer, at end of file, on an error and when the
 * request outgrows MAX_REQUEST. */
static void conn_read(mdshm__http01_server_t *s, struct conn *c)
{
    for (;;) {
        size_t from = c->len > 3 ? c->len - 3 : 0; /* "\r\n\r" may be in */
        ssize_t r = recv(c->fd, c->buf + c->len, sizeof(c->buf) - 1 - c->len,
                         0);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (r <= 0) {
            conn_close(c);
            return;
        }
        c->len += (size_t)r;
        c->buf[c->len] = 0;
        if (strstr(c->buf + from, "\r\n\r\n") || strstr(c->buf + from,
                                                       "\n\n")) {
            respond(s, c);
            return;
        }
        if (c->len >= sizeof(c->buf) - 1) {
            conn_close(c); /* request too large */
            return;
        }
    }
}

/* Make room: a last read (a complete request is answered), then close. */
static void conn_drop(mdshm__http01_server_t *s, struct conn *c)
{
    conn_read(s, c);
    conn_close(c);
    s->dropped++;
}

static struct conn *oldest_conn(mdshm__http01_server_t *s)
{
    struct conn *old = NULL;

    for (unsigned i = 0; i < s->max_conns; i++) {
        struct conn *c = &s->conns[i];
        if (c->fd >= 0 && (!old || c->seq < old->seq))
            old = c;
    }
    return old;
}

/* A slot for a new connection from @addr: a free one, unless @addr is at
 * its limit of idle connections or the table is full; then the oldest idle
 * connection of @addr, or the oldest of all, is dropped for it.  One pass
 * over the table. */
static struct conn *slot_for(mdshm__http01_server_t *s, uint32_t addr,
                             int64_t now)
{
    struct conn *free_slot = NULL, *old = NULL, *old_idle = NULL;
    unsigned idle = 0;

    for (unsigned i = 0; i < s->max_conns; i++) {
        struct conn *c = &s->conns[i];
        if (c->fd < 0) {
            if (!free_slot)
                free_slot = c;
            continue;
        }
        if (!old || c->seq < old->seq)
            old = c;
        if (c->addr == addr && now - c->accepted >= s->idle_ms) {
            idle++;
            if (!old_idle || c->seq < old_idle->seq)
                old_idle = c;
        }
    }
    if (idle >= s->per_addr) {
        conn_drop(s, old_idle);
        return old_idle;
    }
    if (!free_slot) {
        conn_drop(s, old);
        return old;
    }
    return free_slot;
}

static void on_accept(mdshm__http01_server_t *s)
{
    for (int n = 0; n < ACCEPT_BATCH; n++) {
        struct sockaddr_in peer;
        socklen_t plen = sizeof(peer);
        int fd = accept4(s->listen_fd, (struct sockaddr *)&peer, &plen,
                         SOCK_NONBLOCK | SOCK_CLOEXEC);
        struct conn *c;
        int64_t now;

        if (fd < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return; /* the backlog is empty */
            if (errno != EMFILE && errno != ENFILE && errno != ENOBUFS &&
                errno != ENOMEM)
                continue; /* that one failed (ECONNABORTED, EINTR, ...) */
            /* Out of descriptors: make room, or pause rather than spin on
             * a listening socket that stays readable. */
            if (!(c = oldest_conn(s))) {
                s->accept_resume_ms = mdshm__mono_ms() + ACCEPT_PAUSE_MS;
                return;
            }
            conn_drop(s, c);
            continue;
        }
        now = mdshm__mono_ms();
        c = slot_for(s, peer.sin_addr.s_addr, now);
        c->fd = fd;
        c->addr = peer.sin_addr.s_addr;
        c->seq = s->next_seq++;
        c->accepted = now;
        c->len = 0;
        conn_read(s, c); /* a validator's request is usually there already */
    }
}

static void log_drops(mdshm__http01_server_t *s, int64_t now)
{
    if (!s->dropped || now - s->drop_logged_ms < DROP_LOG_INTERVAL_MS)
        return;
    MDSHM_LOG(MDSHM_LOG_NOTICE, 0,
              "http-01 responder on port %u: %llu connection(s) dropped to "
              "make room for newer ones (an address at its %u idle "
              "connections, or all %u slots taken): someone holds "
              "connections open",
              s->port, (unsigned long long)s->dropped, s->per_addr,
              s->max_conns);
    s->dropped = 0;
    s->drop_logged_ms = now;
}

static void *serve(void *arg)
{
    mdshm__http01_server_t *s = arg;
    struct pollfd *pfd = s->pfd;

    for (;;) {
        int64_t now = mdshm__mono_ms(), next = INT64_MAX;
        nfds_t n = 0, first_conn;
        int listening = now >= s->accept_resume_ms, timeout;

        pfd[n].fd = s->wake[0];
        pfd[n++].events = POLLIN;
        if (listening) {
            pfd[n].fd = s->listen_fd;
            pfd[n++].events = POLLIN;
        } else {
            next = s->accept_resume_ms;
        }
        first_conn = n;
        for (unsigned i = 0; i < s->max_conns; i++) {
            struct conn *c = &s->conns[i];
            if (c->fd < 0)
                continue;
            int64_t deadline = c->accepted + s->timeout_ms;
            if (now >= deadline) {
                conn_close(c); /* too slow, however steadily it sends */
                continue;
            }
            if (deadline < next)
                next = deadline;
            s->map[n] = i;
            pfd[n].fd = c->fd;
            pfd[n++].events = POLLIN;
        }
        timeout = next == INT64_MAX ? -1
                  : next - now > INT_MAX ? INT_MAX : (int)(next - now);
        if (poll(pfd, n, timeout) < 0 && errno != EINTR) {
            MDSHM_LOG(MDSHM_LOG_ERR, -errno, "http-01 responder on port %u: "
                      "poll failed; it answers no more", s->port);
            break;
        }
        if (pfd[0].revents)
            break;
        /* reads first: accepting may drop connections and reuse slots */
        for (nfds_t k = first_conn; k < n; k++) {
            if (pfd[k].revents)
                conn_read(s, &s->conns[s->map[k]]);
        }
        if (listening && (pfd[1].revents & POLLIN))
            on_accept(s);
        log_drops(s, mdshm__mono_ms());
    }
    for (unsigned i = 0; i < s->max_conns; i++)
        conn_close(&s->conns[i]);
    return NULL;
}

static unsigned default_max_conns(void)
{
    struct rlimit rl;

    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
        rl.rlim_cur / 2 < MDSHM__HTTP01_MAX_CONNS)
        return rl.rlim_cur / 2 > MIN_CONNS ? (unsigned)(rl.rlim_cur / 2)
                                           : MIN_CONNS;
    return MDSHM__HTTP01_MAX_CONNS;
}

static void server_free(mdshm__http01_server_t *s)
{
    if (s->listen_fd >= 0)
        close(s->listen_fd);
    if (s->wake[0] >= 0) {
        close(s->wake[0]);
        close(s->wake[1]);
    }
    mdshm_reader_destroy(s->rd);
    free(s->conns);
    free(s->pfd);
    free(s->map);
    free(s);
}

int mdshm__http01_server_start_lim(mdshm_store_t *st, const char *addr,
                                   unsigned port,
                                   const mdshm__http01_limits_t *lim,
                                   mdshm__http01_server_t **out)
{
    mdshm__http01_limits_t def = {0};
    mdshm__http01_server_t *s;
    struct sockaddr_in sin;
    socklen_t slen = sizeof(sin);
    int one = 1, rv;

    *out = NULL;
    if (!lim)
        lim = &def;
    memset(&sin, 0, sizeof(sin));
    sin.sin_family = AF_INET;
    sin.sin_port = htons((uint16_t)port);
    if (port > 65535 || inet_pton(AF_INET, addr, &sin.sin_addr) != 1) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                  "http-01 responder: bad address %s:%u (IPv4 address and "
                  "port expected)", addr, port);
        return MDSHM_EBADINPUT;
    }
    s = calloc(1, sizeof(*s));
    if (!s)
        return -ENOMEM;
    s->st = st;
    s->listen_fd = -1;
    s->wake[0] = s->wake[1] = -1;
    s->max_conns = lim->max_conns ? lim->max_conns : default_max_conns();
    s->per_addr = lim->per_addr ? lim->per_addr : MDSHM__HTTP01_PER_ADDR;
    s->timeout_ms = lim->timeout_ms ? lim->timeout_ms
                                    : MDSHM__HTTP01_TIMEOUT_MS;
    s->idle_ms = lim->idle_ms ? lim->idle_ms : MDSHM__HTTP01_IDLE_MS;
    s->conns = calloc(s->max_conns, sizeof(*s->conns));
    s->pfd = calloc(2 + (size_t)s->max_conns, sizeof(*s->pfd));
    s->map = calloc(2 + (size_t)s->max_conns, sizeof(*s->map));
    if (!s->conns || !s->pfd || !s->map) {
        rv = -ENOMEM;
        goto fail;
    }
    for (unsigned i = 0; i < s->max_conns; i++)
        s->conns[i].fd = -1;
    rv = mdshm_reader_create(st, &s->rd);
    if (rv < 0)
        goto fail;
    s->listen_fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
                          0);
    if (s->listen_fd < 0 || pipe2(s->wake, O_CLOEXEC) < 0) {
        rv = -errno;
        goto fail;
    }
    setsockopt(s->listen_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    /* a long backlog: a validator queued behind a flood waits for a few
     * accepts (microseconds each), not for a retransmitted SYN */
    if (bind(s->listen_fd, (struct sockaddr *)&sin, sizeof(sin)) < 0 ||
        listen(s->listen_fd, SOMAXCONN) < 0 ||
        getsockname(s->listen_fd, (struct sockaddr *)&sin, &slen) < 0) {
        rv = -errno;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "http-01 responder: cannot listen on "
                                     "%s:%u", addr, port);
        goto fail;
    }
    s->port = ntohs(sin.sin_port);
    rv = -pthread_create(&s->thread, NULL, serve, s);
    if (rv < 0)
        goto fail;
    *out = s;
    return 0;
fail:
    server_free(s);
    return rv;
}

int mdshm__http01_server_start(mdshm_store_t *st, const char *addr,
                              unsigned port, mdshm__http01_server_t **out)
{
    return mdshm__http01_server_start_lim(st, addr, port, NULL, out);
}

unsigned mdshm__http01_server_port(const mdshm__http01_server_t *s)
{
    return s->port;
}

void mdshm__http01_server_stop(mdshm__http01_server_t *s)
{
    if (!s)
        return;
    if (write(s->wake[1], "x", 1) < 0) {
        /* the pipe cannot be full: one byte, written once */
    }
    pthread_join(s->thread, NULL);
    server_free(s);
}
