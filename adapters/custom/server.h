/* server.h -- the example prefork HTTPS server (adapters/custom/): shared
 * declarations.  It uses only the public API of core/mdshm.h and OpenSSL. */
#ifndef EXAMPLE_SERVER_H
#define EXAMPLE_SERVER_H

#include "mdshm.h"

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <openssl/ssl.h>

#define MAX_WORKERS 64
#define MAX_REQUEST 8192     /* request line + headers */
/* Deadlines from the accept (conn.c): a slow client holds a worker at most
 * this long, however it sends. */
#define HANDSHAKE_TIMEOUT_MS 5000 /* the TLS handshake */
#define CONN_TIMEOUT_MS 10000     /* all of it: handshake, request, answer */

typedef enum { DRIVE_WORKERS, DRIVE_PROCESS, DRIVE_NONE } drive_mode_t;

typedef struct options {
    const char *conf;        /* --conf */
    const char *store;       /* --store */
    const char *listen;      /* --listen ADDR:PORT (HTTPS) */
    const char *http_listen; /* --http-listen ADDR:PORT (http-01); NULL */
    unsigned workers;        /* --workers */
    const char *pid_file;    /* --pid-file */
    drive_mode_t drive;      /* --drive */
    bool status;             /* --status: /md-status, /metrics, /worker */
    const char *cert, *key;  /* --cert/--key: default for other names */
    bool static_only;        /* --static: no mdshm at all (benchmarks) */
    const char *user;        /* --user: workers (and the drive) run as it */
    bool syslog;             /* --log syslog: mdshm's log to syslog */
    int verbose;
} options_t;

/* What a worker needs (built by the parent before fork). */
typedef struct server {
    options_t o;
    int https_fd, http_fd;   /* listening sockets, shared by the workers */
    mdshm_tls_t *tls;        /* NULL with --static */
    uid_t uid;               /* of --user, resolved by the parent */
    gid_t gid;
} server_t;

/* The stop flag of the current process (set by SIGTERM/SIGINT). */
extern volatile sig_atomic_t g_stop;

/* worker.c: the body of one worker process; returns its exit status. */
int worker_main(server_t *s, unsigned slot);
/* The body of the separate drive process (--drive process). */
int drive_process_main(server_t *s);

/* One accepted connection: a nonblocking socket, TLS on it or not. */
typedef struct conn {
    int fd;
    SSL *ssl;         /* NULL on the plain port */
    bool tls;
    int64_t deadline; /* mono_ms(): no I/O on it after this */
} conn_t;

/* conn.c: I/O that waits at most until c->deadline.  The handshake and
 * writes return false, reads -1, on an error, at the deadline or when the
 * worker is told to stop. */
int64_t mono_ms(void);
bool conn_handshake(conn_t *c);
int conn_read(conn_t *c, char *buf, size_t n);
bool conn_write(conn_t *c, const char *p, size_t n);
void conn_close_notify(conn_t *c);

/* http.c: read one request and answer it on @c. */
void http_serve(server_t *s, mdshm_tls_worker_t *w, conn_t *c);

#endif
