/* conn.c -- the example server's connection I/O under a deadline.
 *
 * The socket is nonblocking.  Every handshake step, read and write waits
 * in poll() for at most the time left until c->deadline (set from the
 * accept), so a client cannot hold a worker longer than that however it
 * sends: a timeout per read would let one byte a second go on for ever. */
#include "server.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Wait until @c's socket is ready for @events; false once the deadline has
 * passed or the worker is told to stop. */
static bool wait_ready(conn_t *c, short events)
{
    for (;;) {
        int64_t left = c->deadline - mono_ms();
        struct pollfd p = {c->fd, events, 0};
        int r;

        if (left <= 0 || g_stop)
            return false;
        r = poll(&p, 1, left > INT_MAX ? INT_MAX : (int)left);
        if (r > 0)
            return true; /* an error or hangup shows in the next call */
        if (r == 0 || errno != EINTR)
            return false;
    }
}

/* An SSL call returned @r <= 0: wait for what OpenSSL needs, if anything
 * will help. */
static bool ssl_wait(conn_t *c, int r)
{
    switch (SSL_get_error(c->ssl, r)) {
    case SSL_ERROR_WANT_READ:
        return wait_ready(c, POLLIN);
    case SSL_ERROR_WANT_WRITE:
        return wait_ready(c, POLLOUT);
    default:
        return false;
    }
}

/* A plain socket call failed with errno: wait if it would block. */
static bool sock_wait(conn_t *c, short events)
{
    if (errno == EINTR)
        return !g_stop;
    return (errno == EAGAIN || errno == EWOULDBLOCK) && wait_ready(c, events);
}

bool conn_handshake(conn_t *c)
{
    int r;

    while ((r = SSL_accept(c->ssl)) != 1) {
        if (!ssl_wait(c, r))
            return false;
    }
    return true;
}

int conn_read(conn_t *c, char *buf, size_t n)
{
    int len = n > INT_MAX ? INT_MAX : (int)n;

    for (;;) {
        if (c->ssl) {
            int r = SSL_read(c->ssl, buf, len);
            if (r > 0)
                return r;
            if (!ssl_wait(c, r))
                return -1;
        } else {
            ssize_t r = read(c->fd, buf, (size_t)len);
            if (r > 0)
                return (int)r;
            if (r == 0 || !sock_wait(c, POLLIN))
                return -1;
        }
    }
}

bool conn_write(conn_t *c, const char *p, size_t n)
{
    while (n > 0) {
        /* after WANT_WRITE, SSL_write is called again with the same
         * arguments, as OpenSSL requires */
        int len = n > INT_MAX ? INT_MAX : (int)n;
        ssize_t r;

        if (c->ssl) {
            r = SSL_write(c->ssl, p, len);
            if (r <= 0 && !ssl_wait(c, (int)r))
                return false;
        } else {
            r = send(c->fd, p, (size_t)len, MSG_NOSIGNAL);
            if (r < 0 && !sock_wait(c, POLLOUT))
                return false;
        }
        if (r > 0) {
            p += r;
            n -= (size_t)r;
        }
    }
    return true;
}

void conn_close_notify(conn_t *c)
{
    /* one try: a client that does not read its close_notify does not get
     * to wait for it */
    if (c->ssl)
        SSL_shutdown(c->ssl);
}
