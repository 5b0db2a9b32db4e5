/* server.h -- the example prefork HTTPS server (adapters/custom/): shared
 * declarations.  It uses only the public API of core/mdshm.h and OpenSSL. */
#ifndef EXAMPLE_SERVER_H
#define EXAMPLE_SERVER_H

#include "mdshm.h"

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

#include <openssl/ssl.h>

#define MAX_WORKERS 64
#define MAX_REQUEST 8192     /* request line + headers */
#define IO_TIMEOUT_S 5       /* per connection read/write */

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
    int verbose;
} options_t;

/* What a worker needs (built by the parent before fork). */
typedef struct server {
    options_t o;
    int https_fd, http_fd;   /* listening sockets, shared by the workers */
    mdshm_tls_t *tls;        /* NULL with --static */
} server_t;

/* The stop flag of the current process (set by SIGTERM/SIGINT). */
extern volatile sig_atomic_t g_stop;

/* worker.c: the body of one worker process; returns its exit status. */
int worker_main(server_t *s, unsigned slot);
/* The body of the separate drive process (--drive process). */
int drive_process_main(server_t *s);

/* http.c: read one request and answer it on @ssl (NULL: plain @fd). */
typedef struct conn {
    int fd;
    SSL *ssl;
    bool tls;
} conn_t;
void http_serve(server_t *s, mdshm_tls_worker_t *w, conn_t *c);

#endif
