/* status.h -- what the status document (status_json.c), the metrics
 * (status_metrics.c) and the HTML page (status_html.c) share: reading
 * records without failing on one bad record. */
#ifndef MDSHM_STATUS_H
#define MDSHM_STATUS_H

#include "internal.h"

/* Get and decode one record inside a read, without logging: status shows
 * a corrupt record itself instead of failing or flooding the log.
 * @return 0, MDSHM_ENOTFOUND, MDSHM_ECORRUPT, MDSHM_EVERSION, MDSHM_ESTORE. */
MDSHM_HIDDEN int mdshm__status_get(mdshm_reader_t *rd, mdshm_db_t db,
                                   const void *key, size_t klen,
                                   mdshm_rec_type_t type, mdshm_record_t *out);

/* The certs database key "md/spec" of (md, spec); 0 or -ENAMETOOLONG. */
MDSHM_HIDDEN int mdshm__status_certkey(char *buf, size_t size,
                                       mdshm_buf_t md, mdshm_buf_t spec,
                                       size_t *klen);

/* A growing malloc'ed buffer (always NUL-terminated once written to);
 * mdshm__mem_sink is a mdshm_sink_fn appending to it. */
typedef struct mdshm__membuf {
    char *p;
    size_t n, cap;
} mdshm__membuf_t;

MDSHM_HIDDEN int mdshm__mem_sink(void *baton, const char *data, size_t len);
/* Hand the buffer to *@out on success (an empty document is ""), else
 * free it; returns @rv. */
MDSHM_HIDDEN int mdshm__mem_result(mdshm__membuf_t *m, int rv, char **out,
                                   size_t *outlen);

/* @len bytes of store text, HTML-escaped for element text and quoted
 * attribute values (& < > " ' as references; invalid UTF-8 and control
 * characters but tab and newline as U+FFFD), to @sink (status_html.c).
 * @return 0 or the sink's return. */
MDSHM_HIDDEN int mdshm__html_escape(const void *data, size_t len,
                                    mdshm_sink_fn *sink, void *baton);

/* status_out.c: a streamed status document's output, handed to the
 * caller's sink in pieces of at most MDSHM__STATUS_CHUNK bytes.  The first
 * error (the sink's, or one the document sets) stays in *err, and nothing
 * more is written after it. */
#define MDSHM__STATUS_CHUNK 16384

typedef struct mdshm__status_out {
    mdshm_sink_fn *sink;
    void *baton;
    char *buf; /* MDSHM__STATUS_CHUNK bytes */
    size_t len;
    int *err; /* the document's first error */
} mdshm__status_out_t;

/* 0 or -ENOMEM (then mdshm__status_out_free is still safe). */
MDSHM_HIDDEN int mdshm__status_out_init(mdshm__status_out_t *o,
                                        mdshm_sink_fn *sink, void *baton,
                                        int *err);
MDSHM_HIDDEN void mdshm__status_out_write(mdshm__status_out_t *o,
                                          const char *p, size_t n);
MDSHM_HIDDEN void mdshm__status_out_flush(mdshm__status_out_t *o);
MDSHM_HIDDEN void mdshm__status_out_free(mdshm__status_out_t *o);

/* The records and the read a streamed status document works with (the
 * md-status JSON and the HTML page): three scratch records, a reader of
 * their own, and one read transaction begun.  0, -ENOMEM or the reader's
 * error; mdshm__status_read_close() in every case. */
typedef struct mdshm__status_read {
    mdshm_reader_t *rd;
    mdshm_record_t *md, *rec, *ocsp;
    bool begun;
} mdshm__status_read_t;

MDSHM_HIDDEN int mdshm__status_read_open(mdshm__status_read_t *r,
                                         mdshm_store_t *st);
MDSHM_HIDDEN void mdshm__status_read_close(mdshm__status_read_t *r);

#endif
