/* etcd_tool.c -- test helper: the etcd client and the cluster elector from
 * the command line (tests/integration/test_etcd.py).
 *
 *   etcd_tool [OPTIONS] COMMAND ARGS...
 * OPTIONS: --endpoints URLS  --cacert F --cert F --key F  --user U
 *          --password-file F  --timeout-ms N  --verbose
 * COMMANDS (one line per result on stdout, flushed; errors as
 * "error NAME: TEXT" where NAME is mdshm__etcd_err_name):
 *   put KEY VALUE [LEASE]        ok rev=R
 *   get KEY                      value=V create=C mod=M lease=L rev=R
 *   range KEY [--prefix] [--page N] [--rev R]
 *                                kv KEY VALUE mod=M ... then
 *                                done pages=P keys=K rev=R
 *   delete KEY [--prefix]        ok deleted=N rev=R
 *   txn-create KEY VALUE         succeeded rev=R | failed holder=V create=C
 *   compact REV                  ok
 *   lease-grant TTL              lease=ID ttl=T
 *   lease-keepalive ID           ttl=T
 *   lease-revoke ID              ok
 *   watch KEY [--prefix] [--rev R] [--events N] [--progress] [--wait-ms N]
 *                                created rev=R, event PUT|DELETE KEY VALUE
 *                                mod=M [prev=V], progress rev=R,
 *                                canceled compact_revision=C, error ...;
 *                                ends after N events or a cancel/error
 *   campaign --prefix P --host H [--ttl S] [--interval-ms N]
 *            [--writes N] [--resign-after N] [--publish REV]
 *                                role changes: "leader term=T",
 *                                "follower leader=H term=T", "none";
 *                                from leading on, a fenced put of
 *                                P"data/H/SEQ" per interval with the term
 *                                it led in (like a job begun in that term):
 *                                "write seq=N ok rev=R" or "write seq=N
 *                                error NAME", and "fenced" when etcd
 *                                refused the term (then it stops writing
 *                                until it leads again); publishes each
 *                                write's revision as applied (--publish:
 *                                REV as applied from the start).  Until
 *                                SIGTERM/SIGINT (then resigns: "resigned").
 *   hosts --prefix P             host ID applied=N, then done hosts=N
 *   hosts-wait --prefix P --rev R [--self H] [--timeout-ms N]
 *                                the cluster leader's view of P"hosts/"
 *                                (a watch): "waiting behind=B hosts=N"
 *                                once it holds a read and some are
 *                                behind, then "caught-up hosts=N
 *                                reads=R" or "timeout behind=B hosts=N
 *                                reads=R" (exit 1); R: range reads
 *   put-record --kek F [--prefix P] DB KEY VALUE
 *                                a record as the cluster stores it: at
 *                                P"data/DB/KEY", VALUE sealed with the
 *                                key-encryption file F (cluster codec):
 *                                ok rev=R
 * Exit 0, 1 on an error, 2 on bad usage.
 */
#include "cluster_elect.h"
#include "cluster_hosts.h"
#include "cluster.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

static int usage(void)
{
    fprintf(stderr, "usage: etcd_tool [--endpoints URLS] [--cacert F] "
                    "[--cert F] [--key F] [--user U] [--password-file F] "
                    "[--timeout-ms N] [--verbose] COMMAND ARGS...\n");
    return 2;
}

static int fail(int rv)
{
    printf("error %s: %s\n", mdshm__etcd_err_name(rv),
           mdshm__etcd_strerror(rv));
    fflush(stdout);
    return 1;
}

/* "--name VALUE" among @argv[from..]: the value, or NULL. */
static const char *opt(int argc, char **argv, int from, const char *name)
{
    for (int i = from; i + 1 < argc; i++)
        if (!strcmp(argv[i], name))
            return argv[i + 1];
    return NULL;
}

static bool flag(int argc, char **argv, int from, const char *name)
{
    for (int i = from; i < argc; i++)
        if (!strcmp(argv[i], name))
            return true;
    return false;
}

static int64_t num(const char *s, int64_t def)
{
    return s ? strtoll(s, NULL, 0) : def;
}

static void print_kv(const char *what, const mdshm__etcd_kv_t *kv)
{
    printf("%s %s %s mod=%lld create=%lld lease=%llu\n", what,
           (const char *)kv->key, (const char *)kv->value,
           (long long)kv->mod_revision, (long long)kv->create_revision,
           (unsigned long long)kv->lease);
}

typedef struct pages {
    size_t pages, keys;
} pages_t;

static int on_page(void *baton, const mdshm__etcd_kv_t *kvs, size_t n)
{
    pages_t *p = baton;

    p->pages++;
    p->keys += n;
    for (size_t i = 0; i < n; i++)
        print_kv("kv", &kvs[i]);
    return 0;
}

/* [key, end) for a key or, with --prefix, everything under it. */
static int key_range(const char *key, bool prefix, uint8_t **end,
                     size_t *end_len)
{
    *end = NULL;
    *end_len = 0;
    return prefix ? mdshm__etcd_prefix_end(key, strlen(key), end, end_len)
                  : 0;
}

static int cmd_range(mdshm__etcd_t *c, int argc, char **argv, int i)
{
    const char *key = argv[i + 1];
    int64_t rev = num(opt(argc, argv, i, "--rev"), 0);
    pages_t p = {0};
    uint8_t *end;
    size_t end_len;
    int rv;

    rv = key_range(key, flag(argc, argv, i, "--prefix"), &end, &end_len);
    if (rv == 0)
        rv = mdshm__etcd_range_pages(c, key, strlen(key), end, end_len,
                                     num(opt(argc, argv, i, "--page"), 0),
                                     &rev, on_page, &p);
    free(end);
    if (rv < 0)
        return fail(rv);
    printf("done pages=%zu keys=%zu rev=%lld\n", p.pages, p.keys,
           (long long)rev);
    return 0;
}

static int cmd_watch(mdshm__etcd_t *c, int argc, char **argv, int i)
{
    const char *key = argv[i + 1];
    int64_t want = num(opt(argc, argv, i, "--events"), -1), seen = 0;
    int wait_ms = (int)num(opt(argc, argv, i, "--wait-ms"), 30000);
    bool progress = flag(argc, argv, i, "--progress");
    mdshm__etcd_watch_t *w = NULL;
    int64_t compact = 0;
    uint8_t *end;
    size_t end_len;
    int rv;

    rv = key_range(key, flag(argc, argv, i, "--prefix"), &end, &end_len);
    if (rv == 0)
        rv = mdshm__etcd_watch_open(c, key, strlen(key), end, end_len,
                                    num(opt(argc, argv, i, "--rev"), 0),
                                    progress, &compact, &w);
    free(end);
    if (rv == MDSHM__ETCD_ECOMPACTED) {
        printf("canceled compact_revision=%lld\n", (long long)compact);
        return 1;
    }
    if (rv < 0)
        return fail(rv);
    printf("created endpoint=%s\n", mdshm__etcd_watch_endpoint(w));
    fflush(stdout);
    /* with --progress and --events 0: until the progress answer */
    while (!stop && (want < 0 || seen < want || (progress && want == 0))) {
        mdshm__etcd_watch_msg_t m;
        rv = mdshm__etcd_watch_next(w, wait_ms, &m);
        if (rv == 0) {
            rv = -ETIMEDOUT;
            break;
        }
        if (rv < 0)
            break;
        rv = 0;
        switch (m.kind) {
        case MDSHM__ETCD_WATCH_EVENTS:
            for (size_t k = 0; k < m.n_events; k++) {
                const mdshm__etcd_event_t *ev = &m.events[k];
                printf("event %s %s %s mod=%lld%s%s\n",
                       ev->type == MDSHM__ETCD_EV_PUT ? "PUT" : "DELETE",
                       (const char *)ev->kv.key, (const char *)ev->kv.value,
                       (long long)ev->kv.mod_revision,
                       ev->has_prev ? " prev=" : "",
                       ev->has_prev ? (const char *)ev->prev_kv.value : "");
                seen++;
            }
            break;
        case MDSHM__ETCD_WATCH_PROGRESS:
            printf("progress rev=%lld\n", (long long)m.revision);
            if (progress && want == 0)
                want = -2; /* that was the answer: stop */
            break;
        case MDSHM__ETCD_WATCH_CANCELED:
            printf("canceled compact_revision=%lld reason=%s\n",
                   (long long)m.compact_revision, m.reason);
            rv = 1;
            break;
        case MDSHM__ETCD_WATCH_ERROR:
            printf("error %s: %s\n", mdshm__etcd_err_name(m.err), m.reason);
            rv = 1;
            break;
        case MDSHM__ETCD_WATCH_CREATED:
            break;
        }
        fflush(stdout);
        mdshm__etcd_watch_msg_clear(&m);
        if (rv || want == -2)
            break;
    }
    mdshm__etcd_watch_close(w);
    if (rv < 0)
        return fail(rv);
    return rv ? 1 : 0;
}

static void print_role(mdshm__cluster_elect_t *e)
{
    mdshm__cluster_status_t st;

    mdshm__cluster_elect_status(e, &st);
    if (st.role == MDSHM__CLUSTER_LEADER)
        printf("leader term=%lld\n", (long long)st.term);
    else if (st.role == MDSHM__CLUSTER_FOLLOWER)
        printf("follower leader=%s term=%lld\n",
               st.leader[0] ? st.leader : "-", (long long)st.term);
    else
        printf("none\n");
    fflush(stdout);
}

static int fenced_put(mdshm__cluster_elect_t *e, mdshm__etcd_t *c,
                      const mdshm__cluster_fence_t *fence,
                      const char *prefix, const char *host, int64_t seq)
{
    char key[512], val[256];
    mdshm__etcd_op_t op = {.type = MDSHM__ETCD_OP_PUT};
    mdshm__etcd_txn_t t = {NULL, 0, &op, 1, NULL, 0};
    mdshm__etcd_txn_resp_t r;
    int rv;

    snprintf(key, sizeof(key), "%sdata/%s/%06lld", prefix, host,
             (long long)seq);
    snprintf(val, sizeof(val), "%s term=%lld seq=%lld", host,
             (long long)fence->term, (long long)seq);
    op.key = key;
    op.key_len = strlen(key);
    op.value = val;
    op.value_len = strlen(val);
    rv = mdshm__cluster_fenced_txn(e, c, fence, &t, &r);
    if (rv == 0) {
        printf("write seq=%lld ok rev=%lld\n", (long long)seq,
               (long long)r.revision);
        mdshm__cluster_publish_applied(e, c, r.revision);
    } else {
        printf("write seq=%lld error %s\n", (long long)seq,
               mdshm__etcd_err_name(rv));
    }
    fflush(stdout);
    mdshm__etcd_txn_resp_clear(&r);
    return rv;
}

static int cmd_campaign(mdshm__etcd_t *c, int argc, char **argv, int i)
{
    mdshm__cluster_elect_opts_t o = {
        .prefix = opt(argc, argv, i, "--prefix"),
        .host_id = opt(argc, argv, i, "--host"),
        .ttl_s = num(opt(argc, argv, i, "--ttl"), 2),
    };
    int interval = (int)num(opt(argc, argv, i, "--interval-ms"), 200);
    int64_t writes = num(opt(argc, argv, i, "--writes"), -1);
    int64_t resign_after = num(opt(argc, argv, i, "--resign-after"), -1);
    mdshm__cluster_elect_t *e = NULL;
    mdshm__cluster_role_t last = (mdshm__cluster_role_t)-1;
    mdshm__cluster_status_t st;
    mdshm__cluster_fence_t fence = {0};
    int64_t seq = 0, last_term = -1, done = 0;
    int rv;

    if (!o.prefix)
        o.prefix = "/mdshm/";
    rv = mdshm__cluster_elect_create(c, &o, &e);
    if (rv < 0)
        return fail(rv);
    if (opt(argc, argv, i, "--publish")) /* once it has a lease */
        mdshm__cluster_publish_applied(e, c,
                                       num(opt(argc, argv, i, "--publish"),
                                           0));
    while (!stop) {
        /* The writer keeps the term it began in, whatever the elector
         * learns meanwhile: a paused leader's next write after SIGCONT
         * uses its old term, and etcd's compare must refuse it. */
        mdshm__cluster_fence_t now;
        if (mdshm__cluster_elect_fence(e, &now) == 0 && now.term != fence.term)
            fence = now;
        if (fence.term && writes != 0) {
            rv = fenced_put(e, c, &fence, o.prefix, o.host_id, ++seq);
            if (rv == MDSHM_EFENCED) {
                printf("fenced\n");
                fflush(stdout);
                memset(&fence, 0, sizeof(fence));
            }
            if (rv == 0 && writes > 0)
                writes--;
            if (rv == 0 && ++done == resign_after) {
                mdshm__cluster_elect_resign(e);
                printf("resigned\n");
                fflush(stdout);
                break;
            }
        }
        mdshm__cluster_elect_status(e, &st);
        if (st.role != last ||
            (st.role == MDSHM__CLUSTER_FOLLOWER && st.term != last_term)) {
            last = st.role;
            last_term = st.term;
            print_role(e);
        }
        mdshm__cluster_elect_step(e, interval);
        mdshm__cluster_elect_status(e, &st);
        if (st.role != last ||
            (st.role == MDSHM__CLUSTER_FOLLOWER && st.term != last_term)) {
            last = st.role;
            last_term = st.term;
            print_role(e);
        }
    }
    if (stop) {
        mdshm__cluster_elect_resign(e);
        printf("resigned\n");
        fflush(stdout);
    }
    mdshm__cluster_elect_destroy(e);
    return 0;
}

static int cmd_hosts(mdshm__etcd_t *c, int argc, char **argv, int i)
{
    mdshm__cluster_host_t *h;
    size_t n;
    int rv = mdshm__cluster_hosts_read(c, opt(argc, argv, i, "--prefix"), &h,
                                       &n, NULL);

    if (rv < 0)
        return fail(rv);
    for (size_t k = 0; k < n; k++)
        printf("host %s applied=%lld\n", h[k].id, (long long)h[k].applied);
    printf("done hosts=%zu\n", n);
    free(h);
    return 0;
}

static int cmd_hosts_wait(mdshm__etcd_t *c, int argc, char **argv, int i)
{
    mdshm__cluster_hosts_t *v;
    int64_t rev = num(opt(argc, argv, i, "--rev"), 0);
    int64_t until = mdshm__mono_ms() +
                    num(opt(argc, argv, i, "--timeout-ms"), 30000);
    const char *self = opt(argc, argv, i, "--self");
    bool told = false;
    size_t behind, n;
    uint64_t reads;
    int rv = mdshm__cluster_hosts_start(c, opt(argc, argv, i, "--prefix"),
                                        &v);

    if (rv < 0)
        return fail(rv);
    for (;;) {
        /* first without waiting: say once that the view is behind */
        rv = mdshm__cluster_hosts_wait(v, rev, self,
                                       told ? until : mdshm__mono_ms(), NULL,
                                       NULL, &behind, &n);
        if (rv == -ETIMEDOUT && !told && mdshm__mono_ms() < until) {
            printf("waiting behind=%zu hosts=%zu\n", behind, n);
            fflush(stdout);
            told = true;
            continue;
        }
        if (rv != -EAGAIN || mdshm__mono_ms() >= until)
            break;
        usleep(10 * 1000); /* no read yet */
    }
    reads = mdshm__cluster_hosts_reads(v);
    mdshm__cluster_hosts_stop(v);
    if (rv == 0)
        printf("caught-up hosts=%zu reads=%llu\n", n,
               (unsigned long long)reads);
    else if (rv == -ETIMEDOUT)
        printf("timeout behind=%zu hosts=%zu reads=%llu\n", behind, n,
               (unsigned long long)reads);
    else
        return fail(rv);
    return rv == 0 ? 0 : 1;
}

/* The positional arguments after @i (options and their values skipped). */
static int positional(int argc, char **argv, int i, const char **pos,
                      int max)
{
    int n = 0;

    for (int k = i + 1; k < argc; k++) {
        if (!strncmp(argv[k], "--", 2)) {
            k++;
            continue;
        }
        if (n < max)
            pos[n] = argv[k];
        n++;
    }
    return n;
}

static int cmd_put_record(mdshm__etcd_t *c, int argc, char **argv, int i)
{
    const char *kek_file = opt(argc, argv, i, "--kek");
    const char *prefix = opt(argc, argv, i, "--prefix");
    const char *pos[3];
    mdshm__cluster_kek_t kek;
    mdshm__cluster_ops_t ops = {0};
    int64_t rev = 0;
    int db = -1, rv;

    if (!kek_file || positional(argc, argv, i, pos, 3) != 3)
        return usage();
    for (int d = 0; d < MDSHM_DB_COUNT; d++)
        if (!strcmp(mdshm_db_name((mdshm_db_t)d), pos[0]))
            db = d;
    if (db < 0)
        return usage();
    rv = mdshm__cluster_kek_load(kek_file, &kek);
    if (rv < 0)
        return fail(rv);
    rv = mdshm__cluster_op_add(&ops, &kek, prefix ? prefix : "/mdshm/",
                               (mdshm_db_t)db, pos[1], strlen(pos[1]), pos[2],
                               strlen(pos[2]));
    if (rv == 0)
        rv = mdshm__etcd_put(c, ops.op[0].key, ops.op[0].klen, ops.op[0].val,
                             ops.op[0].vlen, 0, &rev);
    mdshm__cluster_ops_free(&ops);
    mdshm__cluster_kek_clear(&kek);
    if (rv < 0)
        return fail(rv);
    printf("ok rev=%lld\n", (long long)rev);
    return 0;
}

static int run(mdshm__etcd_t *c, int argc, char **argv, int i)
{
    const char *cmd = argv[i];
    int need = !strcmp(cmd, "put") || !strcmp(cmd, "txn-create") ? 2
             : !strcmp(cmd, "campaign") || !strcmp(cmd, "hosts") ||
               !strcmp(cmd, "hosts-wait") ? 0
             : !strcmp(cmd, "put-record") ? 5 : 1;
    int64_t rev = 0, n = 0;
    int rv;

    if (i + need >= argc)
        return usage();
    if (!strcmp(cmd, "put")) {
        rv = mdshm__etcd_put(c, argv[i + 1], strlen(argv[i + 1]), argv[i + 2],
                             strlen(argv[i + 2]),
                             i + 3 < argc ? strtoull(argv[i + 3], NULL, 0)
                                          : 0, &rev);
        if (rv < 0)
            return fail(rv);
        printf("ok rev=%lld\n", (long long)rev);
    } else if (!strcmp(cmd, "get")) {
        mdshm__etcd_kv_t kv;
        rv = mdshm__etcd_get(c, argv[i + 1], strlen(argv[i + 1]), &kv, &rev);
        if (rv < 0)
            return fail(rv);
        printf("value=%s create=%lld mod=%lld lease=%llu rev=%lld\n",
               (const char *)kv.value, (long long)kv.create_revision,
               (long long)kv.mod_revision, (unsigned long long)kv.lease,
               (long long)rev);
        mdshm__etcd_kv_clear(&kv);
    } else if (!strcmp(cmd, "range")) {
        return cmd_range(c, argc, argv, i);
    } else if (!strcmp(cmd, "delete")) {
        uint8_t *end;
        size_t end_len;
        const char *key = argv[i + 1];
        rv = key_range(key, flag(argc, argv, i, "--prefix"), &end, &end_len);
        if (rv == 0)
            rv = mdshm__etcd_delete(c, key, strlen(key), end, end_len, &n,
                                    &rev);
        free(end);
        if (rv < 0)
            return fail(rv);
        printf("ok deleted=%lld rev=%lld\n", (long long)n, (long long)rev);
    } else if (!strcmp(cmd, "txn-create")) {
        const char *key = argv[i + 1], *val = argv[i + 2];
        mdshm__etcd_cmp_t cmp = {.target = MDSHM__ETCD_CMP_CREATE,
                                 .key = key, .key_len = strlen(key)};
        mdshm__etcd_op_t put = {.type = MDSHM__ETCD_OP_PUT, .key = key,
                                .key_len = strlen(key), .value = val,
                                .value_len = strlen(val)};
        mdshm__etcd_op_t get = {.type = MDSHM__ETCD_OP_RANGE, .key = key,
                                .key_len = strlen(key)};
        mdshm__etcd_txn_t t = {&cmp, 1, &put, 1, &get, 1};
        mdshm__etcd_txn_resp_t r;
        rv = mdshm__etcd_txn(c, &t, &r);
        if (rv < 0)
            return fail(rv);
        if (r.succeeded)
            printf("succeeded rev=%lld\n", (long long)r.revision);
        else if (r.n && r.ranges[0].n)
            printf("failed holder=%s create=%lld\n",
                   (const char *)r.ranges[0].kvs[0].value,
                   (long long)r.ranges[0].kvs[0].create_revision);
        else
            printf("failed\n");
        mdshm__etcd_txn_resp_clear(&r);
    } else if (!strcmp(cmd, "compact")) {
        rv = mdshm__etcd_compact(c, num(argv[i + 1], 0));
        if (rv < 0)
            return fail(rv);
        printf("ok\n");
    } else if (!strcmp(cmd, "lease-grant")) {
        uint64_t id;
        rv = mdshm__etcd_lease_grant(c, num(argv[i + 1], 2), &id, &n);
        if (rv < 0)
            return fail(rv);
        printf("lease=%llu ttl=%lld\n", (unsigned long long)id, (long long)n);
    } else if (!strcmp(cmd, "lease-keepalive")) {
        rv = mdshm__etcd_lease_keepalive(c, strtoull(argv[i + 1], NULL, 0),
                                         &n);
        if (rv < 0)
            return fail(rv);
        printf("ttl=%lld\n", (long long)n);
    } else if (!strcmp(cmd, "lease-revoke")) {
        rv = mdshm__etcd_lease_revoke(c, strtoull(argv[i + 1], NULL, 0));
        if (rv < 0)
            return fail(rv);
        printf("ok\n");
    } else if (!strcmp(cmd, "watch")) {
        return cmd_watch(c, argc, argv, i);
    } else if (!strcmp(cmd, "campaign")) {
        if (!opt(argc, argv, i, "--host"))
            return usage();
        return cmd_campaign(c, argc, argv, i);
    } else if (!strcmp(cmd, "hosts")) {
        return cmd_hosts(c, argc, argv, i);
    } else if (!strcmp(cmd, "hosts-wait")) {
        return cmd_hosts_wait(c, argc, argv, i);
    } else if (!strcmp(cmd, "put-record")) {
        return cmd_put_record(c, argc, argv, i);
    } else {
        return usage();
    }
    fflush(stdout);
    return 0;
}

int main(int argc, char **argv)
{
    mdshm__etcd_opts_t o = {.endpoints = "http://127.0.0.1:2379"};
    struct sigaction sa;
    mdshm__etcd_t *c = NULL;
    bool verbose = false;
    int i = 1, rv;

    while (i < argc && !strncmp(argv[i], "--", 2)) {
        const char *name = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(name, "--verbose")) {
            verbose = true;
            i++;
            continue;
        }
        if (!val)
            return usage();
        if (!strcmp(name, "--endpoints"))
            o.endpoints = val;
        else if (!strcmp(name, "--cacert"))
            o.ca_file = val;
        else if (!strcmp(name, "--cert"))
            o.cert_file = val;
        else if (!strcmp(name, "--key"))
            o.key_file = val;
        else if (!strcmp(name, "--user"))
            o.user = val;
        else if (!strcmp(name, "--password-file"))
            o.password_file = val;
        else if (!strcmp(name, "--timeout-ms"))
            o.timeout_ms = (unsigned)num(val, 0);
        else
            return usage();
        i += 2;
    }
    if (i >= argc)
        return usage();
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    setvbuf(stdout, NULL, _IOLBF, 0);
    mdshm_set_default_log_level(verbose ? MDSHM_LOG_DEBUG : MDSHM_LOG_INFO);
    rv = mdshm__etcd_create(&o, &c);
    if (rv < 0)
        return fail(rv);
    rv = run(c, argc, argv, i);
    mdshm__etcd_destroy(c);
    return rv;
}
