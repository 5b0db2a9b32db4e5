/* config_parse.c -- mdshm.conf: lines, arguments and sections; the checks
 * across MDs; the public configuration API (mdshm.h "Configuration").
 *
 * Syntax (Apache-like, docs/configuration.md): one directive per line,
 * names case-insensitive, arguments separated by white space, "..." or
 * '...' quote an argument (\" and \\ are escapes inside), '#' starting a
 * word starts a comment up to the end of the line, a backslash at the end
 * of a line joins the next line, <MDomain ...> ... </MDomain> and
 * <MDomainSet ...> ... </MDomainSet> are sections (not nested).
 *
 * Every error is kept as "ORIGIN:LINE: message" and parsing goes on, so
 * that one run reports all of them; at the end they are logged in line
 * order (also those found only at the end: unclosed sections, unpaired
 * files, overlapping MDs) and the result is MDSHM_EBADINPUT and nothing
 * else.  All memory of a configuration is one arena.
 *
 * Include (config_include.c) reads another file where the directive
 * stands: every line read gets a global number in reading order (see
 * mdshm__cfg_seg_t), which is the "line" the parser keeps everywhere;
 * messages turn it back into FILE:LINE and the chain of includes.
 */
#define MDSHM__CONFIG_INTERNALS
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/crypto.h>

/* Largest configuration file read. */
#define CONF_MAX_SIZE (16u << 20)
/* Most arguments on one line. */
#define MAX_ARGS 4096

/* ------------------------------------------------------------------------
 * Arena and lists
 * ---------------------------------------------------------------------- */

struct mdshm__arena_chunk {
    mdshm__arena_chunk_t *next;
    size_t used, size;
    max_align_t data[];
};

#define ARENA_CHUNK 16384

void *mdshm__arena_alloc(mdshm__arena_t *a, size_t n)
{
    const size_t al = _Alignof(max_align_t);
    mdshm__arena_chunk_t *c = a->head;
    unsigned char *p;

    if (n > SIZE_MAX / 4)
        return NULL;
    n = n ? (n + al - 1) & ~(al - 1) : al;
    if (!c || c->size - c->used < n) {
        size_t size = n > ARENA_CHUNK ? n : ARENA_CHUNK;
        c = malloc(sizeof(*c) + size);
        if (!c)
            return NULL;
        c->used = 0;
        c->size = size;
        c->next = a->head;
        a->head = c;
    }
    p = (unsigned char *)c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *mdshm__arena_strdup(mdshm__arena_t *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = mdshm__arena_alloc(a, n);

    if (d)
        memcpy(d, s, n);
    return d;
}

void mdshm__arena_free(mdshm__arena_t *a)
{
    mdshm__arena_chunk_t *c = a->head;

    while (c) {
        mdshm__arena_chunk_t *next = c->next;
        OPENSSL_cleanse(c->data, c->used); /* EAB HMACs live here */
        free(c);
        c = next;
    }
    a->head = NULL;
}

static const char *const empty_strv[1] = {NULL};

int mdshm__strv_push(mdshm__arena_t *a, mdshm__strv_build_t *b,
                     const char *s, int line, bool lines)
{
    if (b->n + 1 >= b->cap) {
        size_t cap = b->cap ? 2 * b->cap : 4;
        const char **v = mdshm__arena_alloc(a, cap * sizeof(*v));
        int *l = lines ? mdshm__arena_alloc(a, cap * sizeof(*l)) : NULL;

        if (!v || (lines && !l))
            return -ENOMEM;
        if (b->n) {
            memcpy(v, b->v, b->n * sizeof(*v));
            if (lines)
                memcpy(l, b->lines, b->n * sizeof(*l));
        }
        b->v = v;
        b->lines = l;
        b->cap = cap;
    }
    if (lines)
        b->lines[b->n] = line;
    b->v[b->n++] = s;
    b->v[b->n] = NULL;
    return 0;
}

mdshm__strv_t mdshm__strv_get(const mdshm__strv_build_t *b)
{
    mdshm__strv_t r = {0, empty_strv};

    if (b->n) {
        r.n = b->n;
        r.v = b->v;
    }
    return r;
}

int mdshm__strv_from_args(mdshm__arena_t *a, int argc, char **argv,
                          mdshm__strv_t *out)
{
    const char **v;

    if (argc <= 0) {
        out->n = 0;
        out->v = empty_strv;
        return 0;
    }
    v = mdshm__arena_alloc(a, ((size_t)argc + 1) * sizeof(*v));
    if (!v)
        return -ENOMEM;
    for (int i = 0; i < argc; i++) {
        v[i] = mdshm__arena_strdup(a, argv[i]);
        if (!v[i])
            return -ENOMEM;
    }
    v[argc] = NULL;
    out->n = (size_t)argc;
    out->v = v;
    return 0;
}

/* ------------------------------------------------------------------------
 * Messages
 * ---------------------------------------------------------------------- */

/* Messages kept; beyond that only counted (a binary file given as the
 * configuration must not eat memory). */
#define MAX_MSGS 1000

static void verror(mdshm__parser_t *p, int line, const char *fmt, va_list ap)
{
    char msg[900];
    mdshm__cfg_msg_t *m;

    p->n_errors++;
    if (p->n_msgs >= MAX_MSGS)
        return;
    if (p->n_msgs == p->cap_msgs) {
        size_t cap = p->cap_msgs ? 2 * p->cap_msgs : 16;
        mdshm__cfg_msg_t *v = realloc(p->msgs, cap * sizeof(*v));

        if (!v) {
            p->oom = true;
            return;
        }
        p->msgs = v;
        p->cap_msgs = cap;
    }
    vsnprintf(msg, sizeof(msg), fmt, ap);
    m = &p->msgs[p->n_msgs];
    m->line = line;
    m->seq = (unsigned)p->n_msgs;
    m->text = strdup(msg);
    if (!m->text) {
        p->oom = true;
        return;
    }
    p->n_msgs++;
}

static int msg_cmp(const void *a, const void *b)
{
    const mdshm__cfg_msg_t *x = a, *y = b;

    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The segment of global line @gline (the last one starting at or before
 * it); NULL before any file was read. */
static const mdshm__cfg_seg_t *seg_of(const mdshm__parser_t *p, int gline)
{
    size_t lo = 0, hi = p->n_segs;

    while (lo < hi) { /* first segment starting after gline */
        size_t mid = lo + (hi - lo) / 2;
        if (p->segs[mid].gline <= gline)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? &p->segs[lo - 1] : NULL;
}

void mdshm__cfg_locate(const mdshm__parser_t *p, int gline,
                       const char **file, int *line)
{
    const mdshm__cfg_seg_t *sg = seg_of(p, gline);

    *file = sg ? sg->file : p->origin;
    *line = sg ? sg->line + (gline - sg->gline) : gline;
}

const char *mdshm__cfg_where(mdshm__parser_t *p, int gline, int here)
{
    char *buf = p->where_buf[p->where_next];
    const char *file, *here_file;
    int line, here_line;

    p->where_next = (p->where_next + 1) % 2;
    mdshm__cfg_locate(p, gline, &file, &line);
    mdshm__cfg_locate(p, here, &here_file, &here_line);
    if (!strcmp(file, here_file))
        snprintf(buf, sizeof(p->where_buf[0]), "line %d", line);
    else
        snprintf(buf, sizeof(p->where_buf[0]), "%s:%d", file, line);
    return buf;
}

/* " (included from FILE:LINE, from FILE:LINE)" for a line of an included
 * file; "" for the top file. */
static void include_chain(const mdshm__parser_t *p, int gline, char *buf,
                          size_t size)
{
    const mdshm__cfg_seg_t *sg = seg_of(p, gline);
    size_t n = 0;

    buf[0] = 0;
    for (int hops = 0; sg && sg->from && hops <= MDSHM__MAX_INCLUDE_DEPTH;
         hops++) {
        const char *file;
        int line, w;

        mdshm__cfg_locate(p, sg->from, &file, &line);
        w = snprintf(buf + n, size - n, "%s%s:%d", n ? ", from " :
                     " (included from ", file, line);
        if (w < 0 || (size_t)w >= size - n)
            break;
        n += (size_t)w;
        sg = seg_of(p, sg->from);
    }
    if (n && n + 2 <= size)
        snprintf(buf + n, size - n, ")");
}

/* Log the errors in line order (the order of the file). */
static void flush_errors(mdshm__parser_t *p)
{
    if (p->n_msgs > 1)
        qsort(p->msgs, p->n_msgs, sizeof(*p->msgs), msg_cmp);
    for (size_t i = 0; i < p->n_msgs; i++) {
        char chain[1024];
        const char *file;
        int line;

        mdshm__cfg_locate(p, p->msgs[i].line, &file, &line);
        include_chain(p, p->msgs[i].line, chain, sizeof(chain));
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT, "%s:%d: %s%s", file, line,
                  p->msgs[i].text, chain);
        free(p->msgs[i].text);
    }
    if (p->n_errors > p->n_msgs)
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT, "%s: %zu more errors",
                  p->origin, p->n_errors - p->n_msgs);
    free(p->msgs);
    p->msgs = NULL;
    p->n_msgs = p->cap_msgs = 0;
}

void mdshm__cfg_error(mdshm__parser_t *p, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    verror(p, p->line, fmt, ap);
    va_end(ap);
}

void mdshm__cfg_error_at(mdshm__parser_t *p, int line, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    verror(p, line, fmt, ap);
    va_end(ap);
}

const char *mdshm__cfg_q(mdshm__parser_t *p, const char *arg)
{
    char *buf = p->quote_buf[p->quote_next];
    const size_t size = sizeof(p->quote_buf[0]);
    size_t n = 0;

    p->quote_next = (p->quote_next + 1) % 4;
    buf[n++] = '\'';
    for (const unsigned char *s = (const unsigned char *)arg; *s; s++) {
        if (n + 8 >= size) {
            memcpy(buf + n, "...", 3);
            n += 3;
            break;
        }
        if (*s < 0x20 || *s >= 0x7f)
            n += (size_t)snprintf(buf + n, size - n, "\\x%02x", *s);
        else
            buf[n++] = (char)*s;
    }
    buf[n++] = '\'';
    buf[n] = 0;
    return buf;
}

/* ------------------------------------------------------------------------
 * Lines and arguments
 * ---------------------------------------------------------------------- */

typedef struct lexer {
    char *line;           /* the logical line (continuations joined) */
    size_t len, cap;
    char **argv;
    bool *quoted;
    size_t cap_args;
} lexer_t;

static int line_append(lexer_t *lx, const char *s, size_t n)
{
    if (lx->len + n + 1 > lx->cap) {
        size_t cap = lx->cap ? lx->cap : 256;
        char *l;

        while (cap < lx->len + n + 1)
            cap *= 2;
        l = realloc(lx->line, cap);
        if (!l)
            return -ENOMEM;
        lx->line = l;
        lx->cap = cap;
    }
    memcpy(lx->line + lx->len, s, n);
    lx->len += n;
    lx->line[lx->len] = 0;
    return 0;
}

static int arg_push(lexer_t *lx, int argc, char *s, bool quoted)
{
    if ((size_t)argc + 1 >= lx->cap_args) {
        size_t cap = lx->cap_args ? 2 * lx->cap_args : 16;
        char **v = realloc(lx->argv, cap * sizeof(*v));
        bool *q;

        if (!v)
            return -ENOMEM;
        lx->argv = v;
        q = realloc(lx->quoted, cap * sizeof(*q));
        if (!q)
            return -ENOMEM;
        lx->quoted = q;
        lx->cap_args = cap;
    }
    lx->argv[argc] = s;
    lx->quoted[argc] = quoted;
    lx->argv[argc + 1] = NULL;
    return 0;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Split the logical line in place.  Returns argc, -1 after a reported
 * syntax error, or -ENOMEM. */
static int tokenize(mdshm__parser_t *p, lexer_t *lx)
{
    char *r = lx->line;
    int argc = 0;

    for (;;) {
        char *tok;
        bool quoted = false;

        while (is_space(*r))
            r++;
        if (!*r || *r == '#')
            break;
        if (argc >= MAX_ARGS) {
            mdshm__cfg_error(p, "more than %d arguments on one line",
                             MAX_ARGS);
            return -1;
        }
        if (*r == '"' || *r == '\'') {
            char qc = *r, *w = r;

            tok = w;
            quoted = true;
            r++;
            for (;;) {
                if (!*r) {
                    mdshm__cfg_error(p, "unterminated quoted argument "
                                        "(missing closing %c)", qc);
                    return -1;
                }
                if (*r == '\\' && (r[1] == qc || r[1] == '\\')) {
                    *w++ = r[1];
                    r += 2;
                    continue;
                }
                if (*r == qc) {
                    r++;
                    break;
                }
                *w++ = *r++;
            }
            *w = 0; /* w is at least two behind r */
            if (*r && !is_space(*r) && *r != '>') {
                mdshm__cfg_error(p, "unexpected text after a quoted "
                                    "argument: put a space after the "
                                    "closing %c", qc);
                return -1;
            }
        } else {
            tok = r;
            while (*r && !is_space(*r))
                r++;
            if (*r)
                *r++ = 0;
        }
        if (arg_push(lx, argc, tok, quoted) < 0)
            return -ENOMEM;
        argc++;
    }
    return argc;
}

/* ------------------------------------------------------------------------
 * Sections
 * ---------------------------------------------------------------------- */

static void section_push(mdshm__parser_t *p, const char *name, bool skip)
{
    mdshm__section_t *s;

    if (p->n_sections >= MDSHM__MAX_SECTIONS) {
        mdshm__cfg_error(p, "sections nested too deeply");
        p->n_sections++; /* keep the count so closing tags balance */
        return;
    }
    s = &p->sections[p->n_sections++];
    snprintf(s->name, sizeof(s->name), "%s", name);
    s->line = p->line;
    s->skip = skip;
}

static bool in_skipped(const mdshm__parser_t *p)
{
    int top = p->n_sections < MDSHM__MAX_SECTIONS ? p->n_sections
                                                  : MDSHM__MAX_SECTIONS;

    for (int i = 0; i < top; i++)
        if (p->sections[i].skip)
            return true;
    return p->n_sections > MDSHM__MAX_SECTIONS;
}

static void section_open(mdshm__parser_t *p, const char *name, int argc,
                         char **argv)
{
    const char *canon = NULL;

    if (!strcasecmp(name, "MDomain"))
        canon = "MDomain";
    else if (!strcasecmp(name, "MDomainSet"))
        canon = "MDomainSet";

    if (in_skipped(p)) {
        section_push(p, canon ? canon : name, true);
        return;
    }
    if (!canon) {
        mdshm__cfg_error(p, "unknown section <%s>: only <MDomain> and "
                            "<MDomainSet> are known; its content is "
                            "ignored", name);
        section_push(p, name, true);
        return;
    }
    if (p->n_sections > 0) {
        mdshm__cfg_error(p, "nested <%s> is not allowed (inside <%s> of "
                            "%s); its content is ignored", canon,
                         p->sections[0].name,
                         mdshm__cfg_where(p, p->sections[0].line, p->line));
        section_push(p, canon, true);
        return;
    }
    p->dname = canon;
    p->md = mdshm__cfg_md_start(p, argc, argv);
    if (!p->md)
        return; /* out of memory */
    section_push(p, canon, false);
}

static void section_close(mdshm__parser_t *p, const char *name)
{
    const mdshm__section_t *top;
    int idx;

    if (p->n_sections <= p->section_base) {
        mdshm__cfg_error(p, "</%s> without a matching <%s>%s", name, name,
                         p->section_base ? " in this file" : "");
        return;
    }
    idx = --p->n_sections;
    if (idx >= MDSHM__MAX_SECTIONS)
        return;
    top = &p->sections[idx];
    if (strcasecmp(top->name, name))
        mdshm__cfg_error(p, "</%s> does not match <%s> of %s", name,
                         top->name, mdshm__cfg_where(p, top->line, p->line));
    if (!top->skip)
        p->md = NULL;
}

/* A line whose first word starts with '<'. */
static void section_line(mdshm__parser_t *p, lexer_t *lx, int argc)
{
    char **argv = lx->argv;
    char *name;
    size_t n;

    if (argv[0][1] == '/') {
        name = argv[0] + 2;
        n = strlen(name);
        if (n > 0 && name[n - 1] == '>') {
            name[--n] = 0;
            if (argc > 1)
                mdshm__cfg_error(p, "unexpected text after </%s>", name);
        } else if (argc == 2 && !strcmp(argv[1], ">") && !lx->quoted[1]) {
            /* "</MDomain >" */
        } else {
            mdshm__cfg_error(p, "</%s takes no arguments and ends with '>'",
                             name);
        }
        if (n == 0) {
            mdshm__cfg_error(p, "empty closing tag '</>'");
            return;
        }
        section_close(p, name);
        return;
    }

    name = argv[0] + 1;
    n = strlen(name);
    if (n > 0 && name[n - 1] == '>') {
        name[--n] = 0;
        if (argc > 1)
            mdshm__cfg_error(p, "unexpected text after <%s>", name);
        argc = 1;
    } else if (argc > 1) {
        char *last = argv[argc - 1];
        size_t ln = strlen(last);

        if (lx->quoted[argc - 1] || ln == 0 || last[ln - 1] != '>') {
            mdshm__cfg_error(p, "<%s ...> must end with '>'", name);
        } else {
            last[ln - 1] = 0;
            if (ln == 1)
                argc--;
        }
    } else {
        mdshm__cfg_error(p, "<%s must end with '>'", name);
    }
    if (n == 0) {
        mdshm__cfg_error(p, "empty section tag '<>'");
        section_push(p, "", true);
        return;
    }
    section_open(p, name, argc - 1, argv + 1);
}

static void handle_line(mdshm__parser_t *p, lexer_t *lx)
{
    int argc = tokenize(p, lx);

    if (argc == -ENOMEM) {
        p->oom = true;
        return;
    }
    if (argc <= 0)
        return;
    if (lx->argv[0][0] == '<' && !lx->quoted[0]) {
        section_line(p, lx, argc);
        return;
    }
    if (in_skipped(p))
        return;
    mdshm__cfg_directive(p, argc, lx->argv);
}

/* Lines of @file from @line on get global numbers from p->gline_next. */
static int seg_push(mdshm__parser_t *p, const char *file, int line, int from)
{
    mdshm__cfg_seg_t *sg;

    if (p->n_segs == p->cap_segs) {
        size_t cap = p->cap_segs ? 2 * p->cap_segs : 8;
        mdshm__cfg_seg_t *v = realloc(p->segs, cap * sizeof(*v));

        if (!v) {
            p->oom = true;
            return -ENOMEM;
        }
        p->segs = v;
        p->cap_segs = cap;
    }
    sg = &p->segs[p->n_segs++];
    sg->gline = p->gline_next;
    sg->line = line;
    sg->file = file;
    sg->from = from;
    return 0;
}

static void parse_text(mdshm__parser_t *p, lexer_t *lx, const char *text,
                       size_t len, const char *file, int from)
{
    size_t pos = 0;
    int lineno = 1;
    int base_g = p->gline_next, base_l = 1; /* the current segment */

    if (seg_push(p, file, 1, from) < 0)
        return;
    while (pos < len && !p->oom) {
        int start = lineno;
        size_t segs = p->n_segs;

        lx->len = 0;
        if (line_append(lx, "", 0) < 0) {
            p->oom = true;
            return;
        }
        for (;;) {
            const char *nl = memchr(text + pos, '\n', len - pos);
            size_t end = nl ? (size_t)(nl - text) : len;
            size_t seg = end - pos;
            bool cont;

            if (seg > 0 && text[pos + seg - 1] == '\r')
                seg--;
            cont = seg > 0 && text[pos + seg - 1] == '\\';
            if (line_append(lx, text + pos, cont ? seg - 1 : seg) < 0) {
                p->oom = true;
                return;
            }
            pos = nl ? end + 1 : len;
            if (nl)
                lineno++;
            if (!cont || pos >= len)
                break;
        }
        p->line = base_g + (start - base_l);
        p->gline_next = base_g + (lineno - base_l); /* Include reads here */
        if (p->gline_next <= p->line) /* a last line without newline */
            p->gline_next = p->line + 1;
        if (memchr(lx->line, 0, lx->len)) {
            mdshm__cfg_error(p, "NUL byte in the line");
            continue;
        }
        handle_line(p, lx);
        if (p->n_segs != segs) { /* an Include read files: go on after */
            base_g = p->gline_next;
            base_l = lineno;
            if (seg_push(p, file, lineno, from) < 0)
                return;
        }
    }
    if (p->gline_next < base_g + (lineno - base_l))
        p->gline_next = base_g + (lineno - base_l);
}

/* Report the sections a file opened and did not close, and forget them
 * (a section never spans files). */
static void close_sections(mdshm__parser_t *p, int base)
{
    for (int i = p->n_sections - 1; i >= base && !p->oom; i--) {
        if (i >= MDSHM__MAX_SECTIONS)
            continue;
        mdshm__cfg_error_at(p, p->sections[i].line,
                            "<%s> is not closed: missing </%s>",
                            p->sections[i].name, p->sections[i].name);
        if (!p->sections[i].skip)
            p->md = NULL;
    }
    if (p->n_sections > base)
        p->n_sections = base;
}

/* One file (or the text given): its lines, then its unclosed sections. */
static void parse_unit(mdshm__parser_t *p, const char *text, size_t len,
                       const char *file, int from)
{
    lexer_t lx = {0};
    int saved_base = p->section_base;
    int saved_line = p->line;
    const char *saved_dname = p->dname;

    p->section_base = p->n_sections;
    if (len)
        parse_text(p, &lx, text, len, file, from);
    else
        seg_push(p, file, 1, from);
    close_sections(p, p->section_base);
    p->section_base = saved_base;
    p->line = saved_line;
    p->dname = saved_dname;
    free(lx.line);
    free(lx.argv);
    free(lx.quoted);
}

/* Read the configuration file @path (as named in messages) at the current
 * place: its lines go where the Include directive is.  @id_dev, @id_ino:
 * its identity (a cycle check).  Errors are reported, never returned. */
static void parse_file(mdshm__parser_t *p, const char *path,
                       unsigned long id_dev, unsigned long id_ino)
{
    uint8_t *buf = NULL;
    const char *file;
    size_t len = 0;
    int rv;

    for (int i = 0; i < p->depth; i++) {
        if (p->ids[i].dev == id_dev && p->ids[i].ino == id_ino) {
            mdshm__cfg_error(p, "Include of %s makes a loop: that file is "
                                "being read already", mdshm__cfg_q(p, path));
            return;
        }
    }
    if (p->depth >= MDSHM__MAX_INCLUDE_DEPTH) {
        mdshm__cfg_error(p, "Include of %s: includes nested more than %d "
                            "deep", mdshm__cfg_q(p, path),
                         MDSHM__MAX_INCLUDE_DEPTH);
        return;
    }
    rv = mdshm__read_file(path, CONF_MAX_SIZE, &buf, &len);
    if (rv < 0) {
        mdshm__cfg_error(p, "Include: cannot read %s: %s",
                         mdshm__cfg_q(p, path),
                         rv == MDSHM_ETOOBIG     ? "larger than 16 MiB"
                         : rv == MDSHM_EBADINPUT ? "not a regular file"
                                                 : mdshm_strerror(rv));
        return;
    }
    file = mdshm__arena_strdup(p->arena, path);
    if (!file) {
        p->oom = true;
        free(buf);
        return;
    }
    p->ids[p->depth].dev = id_dev;
    p->ids[p->depth].ino = id_ino;
    p->depth++;
    parse_unit(p, (const char *)buf, len, file, p->line);
    p->depth--;
    free(buf);
}

void mdshm__cfg_include(mdshm__parser_t *p, const char *pattern,
                        bool optional)
{
    mdshm__cfg_inc_t inc;
    const char *file;
    char msg[600];
    int line, rv;

    if (!pattern[0]) {
        mdshm__cfg_error(p, "%s needs a file name or a wildcard", p->dname);
        return;
    }
    mdshm__cfg_locate(p, p->line, &file, &line);
    rv = mdshm__cfg_include_expand(file, pattern, optional, &inc, msg,
                                   sizeof(msg));
    if (rv == -ENOMEM)
        p->oom = true;
    else if (rv < 0)
        mdshm__cfg_error(p, "%s %s %s", p->dname,
                         mdshm__cfg_q(p, inc.pattern ? inc.pattern : pattern),
                         msg);
    for (size_t i = 0; rv == 0 && i < inc.n && !p->oom; i++) {
        const mdshm__cfg_inc_file_t *f = &inc.files[i];

        if (f->err)
            mdshm__cfg_error(p, "%s: cannot read %s: %s", p->dname,
                             mdshm__cfg_q(p, f->path), strerror(f->err));
        else
            parse_file(p, f->path, f->dev, f->ino);
    }
    mdshm__cfg_include_free(&inc);
}

/* ------------------------------------------------------------------------
 * Checks across MDs
 * ---------------------------------------------------------------------- */

typedef struct name_ent {
    const char *name;
    size_t md;   /* index into p->mds */
    size_t idx;  /* index of the name in its MD */
    int line;
} name_ent_t;

static int name_ent_cmp(const void *a, const void *b)
{
    const name_ent_t *x = a, *y = b;
    int c = strcmp(x->name, y->name);

    if (c)
        return c;
    if (x->md != y->md)
        return x->md < y->md ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void check_overlaps(mdshm__parser_t *p)
{
    name_ent_t *ents = NULL;
    size_t n = 0, total = 0;

    for (size_t i = 0; i < p->n_mds; i++)
        if (!p->mds[i].broken)
            total += p->mds[i].names.n;
    if (total < 2)
        return;
    ents = malloc(total * sizeof(*ents));
    if (!ents) {
        p->oom = true;
        return;
    }
    for (size_t i = 0; i < p->n_mds; i++) {
        const mdshm__md_build_t *m = &p->mds[i];
        if (m->broken)
            continue;
        for (size_t j = 0; j < m->names.n; j++) {
            ents[n].name = m->names.v[j];
            ents[n].md = i;
            ents[n].idx = j;
            ents[n].line = m->names.lines[j];
            n++;
        }
    }
    qsort(ents, n, sizeof(*ents), name_ent_cmp);
    for (size_t g = 0; g < n;) {
        size_t e = g + 1;
        const name_ent_t *first = &ents[g];
        const char *first_md = p->mds[first->md].names.v[0];

        for (; e < n && !strcmp(ents[e].name, first->name); e++) {
            const name_ent_t *x = &ents[e];
            const char *md = p->mds[x->md].names.v[0];

            if (x->idx == 0 && first->idx == 0)
                mdshm__cfg_error_at(p, x->line,
                                    "MD '%s' is defined twice (first at "
                                    "%s)", md,
                                    mdshm__cfg_where(p, p->mds[first->md].line,
                                                     x->line));
            else
                mdshm__cfg_error_at(p, x->line,
                                    "name '%s' of MD '%s' is already part "
                                    "of MD '%s' (%s): a name may "
                                    "belong to one MD only", x->name, md,
                                    first_md,
                                    mdshm__cfg_where(p, first->line,
                                                     x->line));
        }
        g = e;
    }
    free(ents);
}

static void check_files(mdshm__parser_t *p)
{
    for (size_t i = 0; i < p->n_mds; i++) {
        const mdshm__md_build_t *m = &p->mds[i];
        const char *md = m->names.n ? m->names.v[0] : "?";

        for (size_t j = m->keys.n; j < m->certs.n; j++)
            mdshm__cfg_error_at(p, m->certs.lines[j],
                                "MD '%s': MDCertificateFile %s has no "
                                "matching MDCertificateKeyFile", md,
                                mdshm__cfg_q(p, m->certs.v[j]));
        for (size_t j = m->certs.n; j < m->keys.n; j++)
            mdshm__cfg_error_at(p, m->keys.lines[j],
                                "MD '%s': MDCertificateKeyFile %s has no "
                                "matching MDCertificateFile", md,
                                mdshm__cfg_q(p, m->keys.v[j]));
    }
}

/* The result, once there are no errors. */
static int build(mdshm__parser_t *p)
{
    mdshm_config_t *cfg = p->cfg;
    mdshm__md_settings_t defaults;

    mdshm__cfg_defaults(&defaults);
    mdshm__cfg_resolve(&cfg->global.s, &p->global, &defaults);
    if (p->n_mds) {
        cfg->mds = mdshm__arena_alloc(p->arena, p->n_mds * sizeof(*cfg->mds));
        if (!cfg->mds)
            return -ENOMEM;
    }
    for (size_t i = 0; i < p->n_mds; i++) {
        const mdshm__md_build_t *b = &p->mds[i];
        mdshm__config_md_t *m = &cfg->mds[i];

        m->names = mdshm__strv_get(&b->names);
        m->name = m->names.v[0];
        m->cert_files = mdshm__strv_get(&b->certs);
        m->key_files = mdshm__strv_get(&b->keys);
        m->is_static = b->certs.n > 0;
        mdshm__cfg_locate(p, b->line, &m->file, &m->line);
        mdshm__cfg_resolve(&m->s, &b->raw, &cfg->global.s);
    }
    cfg->n_mds = p->n_mds;
    if (cfg->global.store_dir)
        mdshm__cfg_locate(p, p->store_dir_line, &cfg->global.store_dir_file,
                          &cfg->global.store_dir_line);
    return 0;
}

/* ------------------------------------------------------------------------
 * Public API
 * ---------------------------------------------------------------------- */

/* @top: the identity of the file the text comes from, or NULL. */
static int parse_config(const char *text, size_t len, const char *origin,
                        const struct stat *top, mdshm_config_t **out)
{
    mdshm__parser_t *p = NULL;
    mdshm_config_t *cfg = NULL;
    int rv = 0;

    if (!out)
        return MDSHM_EBADINPUT;
    *out = NULL;
    if (!text && len)
        return MDSHM_EBADINPUT;
    if (!origin)
        origin = "<config>";
    cfg = calloc(1, sizeof(*cfg));
    p = calloc(1, sizeof(*p));
    if (!cfg || !p) {
        rv = -ENOMEM;
        goto out;
    }
    cfg->origin = mdshm__arena_strdup(&cfg->arena, origin);
    if (!cfg->origin) {
        rv = -ENOMEM;
        goto out;
    }
    p->cfg = cfg;
    p->origin = cfg->origin;
    p->arena = &cfg->arena;
    p->gline_next = 1;
    mdshm__cfg_global_defaults(&cfg->global);
    if (top) {
        p->ids[0].dev = (unsigned long)top->st_dev;
        p->ids[0].ino = (unsigned long)top->st_ino;
        p->depth = 1;
    }

    parse_unit(p, text, len, cfg->origin, 0);
    if (!p->oom)
        check_files(p);
    if (!p->oom)
        check_overlaps(p);
    if (!p->oom)
        mdshm__cfg_cluster_check(p);
    if (p->oom)
        rv = -ENOMEM;
    else if (p->n_errors)
        rv = MDSHM_EBADINPUT;
    else
        rv = build(p);
out:
    if (p) {
        flush_errors(p);
        free(p->mds);
        free(p->segs);
    }
    free(p);
    if (rv < 0)
        mdshm_config_free(cfg);
    else
        *out = cfg;
    return rv;
}

int mdshm_config_parse(const char *text, size_t len, const char *origin,
                       mdshm_config_t **out)
{
    return parse_config(text, len, origin, NULL, out);
}

int mdshm_config_load(const char *path, mdshm_config_t **out)
{
    uint8_t *buf = NULL;
    struct stat sb;
    size_t len = 0;
    int rv;

    if (!out)
        return MDSHM_EBADINPUT;
    *out = NULL;
    if (!path || !*path)
        return MDSHM_EBADINPUT;
    rv = mdshm__read_file(path, CONF_MAX_SIZE, &buf, &len);
    if (rv == MDSHM_ETOOBIG) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                  "configuration file %s is larger than %u MiB", path,
                  CONF_MAX_SIZE >> 20);
        return MDSHM_EBADINPUT;
    }
    if (rv == MDSHM_EBADINPUT) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "configuration file %s is not a regular file", path);
        return rv;
    }
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "cannot read configuration file %s",
                  path);
        return rv;
    }
    rv = parse_config((const char *)buf, len, path,
                      stat(path, &sb) == 0 ? &sb : NULL, out);
    free(buf);
    return rv;
}

void mdshm_config_free(mdshm_config_t *cfg)
{
    if (!cfg)
        return;
    mdshm__config_preload_free(cfg);
    mdshm__arena_free(&cfg->arena);
    free(cfg);
}

size_t mdshm_config_md_count(const mdshm_config_t *cfg)
{
    return cfg ? cfg->n_mds : 0;
}

const char *mdshm__config_md_name(const mdshm_config_t *cfg, size_t i)
{
    if (!cfg || i >= cfg->n_mds)
        return NULL;
    return cfg->mds[i].name;
}

const char *mdshm_config_store_dir(const mdshm_config_t *cfg)
{
    return cfg ? cfg->global.store_dir : NULL;
}

const mdshm__config_global_t *mdshm__config_global(const mdshm_config_t *cfg)
{
    return cfg ? &cfg->global : NULL;
}

const mdshm__config_md_t *mdshm__config_md(const mdshm_config_t *cfg,
                                           size_t i)
{
    if (!cfg || i >= cfg->n_mds)
        return NULL;
    return &cfg->mds[i];
}

const mdshm__config_md_t *mdshm__config_md_find(const mdshm_config_t *cfg,
                                                const char *name)
{
    if (!cfg || !name)
        return NULL;
    for (size_t i = 0; i < cfg->n_mds; i++)
        if (!strcmp(cfg->mds[i].name, name))
            return &cfg->mds[i];
    return NULL;
}
