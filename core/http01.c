/* http01.c -- a minimal http-01 responder serving key authorizations from
 * the store, for `mdshm drive --http01-listen`.  One thread, poll(), a few
 * connections at a time; requests are bounded in size and time, and
 * anything but GET /.well-known/acme-challenge/<token> gets a 404. */
#include "internal.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_CONNS 16
#define MAX_REQUEST 4096
#define REQUEST_TIMEOUT_MS 5000
#define PREFIX "/.well-known/acme-challenge/"

struct conn {
    int fd;
    int64_t deadline;
    size_t len;
    char buf[MAX_REQUEST];
};

struct mdshm_http01_server {
    mdshm_store_t *st;
    mdshm_reader_t *rd;
    int listen_fd;
    int wake[2]; /* a pipe: a byte tells the thread to stop */
    unsigned port;
    pthread_t thread;
    struct conn conns[MAX_CONNS];
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

static void respond(mdshm_http01_server_t *s, struct conn *c)
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

static void on_readable(mdshm_http01_server_t *s, struct conn *c)
{
    ssize_t r = recv(c->fd, c->buf + c->len, sizeof(c->buf) - 1 - c->len, 0);

    if (r <= 0) {
        if (r < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        conn_close(c);
        return;
    }
    c->len += (size_t)r;
    c->buf[c->len] = 0;
    if (strstr(c->buf, "\r\n\r\n") || strstr(c->buf, "\n\n"))
        respond(s, c);
    else if (c->len >= sizeof(c->buf) - 1)
        conn_close(c); /* request too large */
}

static void on_accept(mdshm_http01_server_t *s)
{
    int fd = accept4(s->listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);

    if (fd < 0)
        return;
    for (int i = 0; i < MAX_CONNS; i++) {
        if (s->conns[i].fd < 0) {
            s->conns[i].fd = fd;
            s->conns[i].len = 0;
            s->conns[i].deadline = mdshm__mono_ms() + REQUEST_TIMEOUT_MS;
            return;
        }
    }
    close(fd); /* busy: the CA retries */
}

static void *serve(void *arg)
{
    mdshm_http01_server_t *s = arg;
    struct pollfd pfd[2 + MAX_CONNS];
    int map[2 + MAX_CONNS];

    for (;;) {
        int n = 0;
        int64_t now = mdshm__mono_ms();

        pfd[n].fd = s->wake[0];
        pfd[n++].events = POLLIN;
        pfd[n].fd = s->listen_fd;
        pfd[n++].events = POLLIN;
        for (int i = 0; i < MAX_CONNS; i++) {
            struct conn *c = &s->conns[i];
            if (c->fd < 0)
                continue;
            if (now >= c->deadline) {
                conn_close(c);
                continue;
            }
            map[n] = i;
            pfd[n].fd = c->fd;
            pfd[n++].events = POLLIN;
        }
        if (poll(pfd, (nfds_t)n, 250) < 0 && errno != EINTR)
            break;
        if (pfd[0].revents)
            break;
        if (pfd[1].revents & POLLIN)
            on_accept(s);
        for (int k = 2; k < n; k++) {
            if (pfd[k].revents)
                on_readable(s, &s->conns[map[k]]);
        }
    }
    for (int i = 0; i < MAX_CONNS; i++)
        conn_close(&s->conns[i]);
    return NULL;
}

int mdshm_http01_server_start(mdshm_store_t *st, const char *addr,
                              unsigned port, mdshm_http01_server_t **out)
{
    mdshm_http01_server_t *s;
    struct sockaddr_in sin;
    socklen_t slen = sizeof(sin);
    int one = 1, rv;

    *out = NULL;
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
    for (int i = 0; i < MAX_CONNS; i++)
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
    if (bind(s->listen_fd, (struct sockaddr *)&sin, sizeof(sin)) < 0 ||
        listen(s->listen_fd, 64) < 0 ||
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
    if (s->listen_fd >= 0)
        close(s->listen_fd);
    if (s->wake[0] >= 0) {
        close(s->wake[0]);
        close(s->wake[1]);
    }
    mdshm_reader_destroy(s->rd);
    free(s);
    return rv;
}

unsigned mdshm_http01_server_port(const mdshm_http01_server_t *s)
{
    return s->port;
}

void mdshm_http01_server_stop(mdshm_http01_server_t *s)
{
    if (!s)
        return;
    if (write(s->wake[1], "x", 1) < 0) {
        /* the pipe cannot be full: one byte, written once */
    }
    pthread_join(s->thread, NULL);
    close(s->listen_fd);
    close(s->wake[0]);
    close(s->wake[1]);
    mdshm_reader_destroy(s->rd);
    free(s);
}
