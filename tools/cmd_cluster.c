/* cmd_cluster.c -- mdshm cluster status: every host of a cluster on etcd
 * at a glance (docs/cluster.md, "mdshm cluster status"; docs/cli.md).
 *
 * Unlike the other commands this one uses the library's internal cluster
 * API (core/etcd.h, core/cluster_elect.h, core/cluster.h, the MDCluster*
 * values of core/config.h): cluster mode is not part of the public API,
 * and the tool links libmdshm.a statically, where those symbols are
 * visible.  It only reads: nothing is written to etcd or to the store.
 */
#include "cli.h"
#include "emit.h"

#include "cluster_elect.h"
#include "config.h"
#include "etcd.h"
#include "cluster.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Exit codes of cluster status (docs/cli.md), most serious first. */
enum {
    CLUSTER_EXIT_UNREACHABLE = 4, /* no etcd member answers */
    CLUSTER_EXIT_NO_QUORUM = 5,   /* members answer, none has a leader */
    CLUSTER_EXIT_NO_LEADER = 6,   /* etcd fine, no cluster leader */
    CLUSTER_EXIT_LAGGING = 7,     /* a host behind, or an expected one gone */
    CLUSTER_EXIT_KEY = 8,         /* this host's key file is not the cluster's */
};

#define PAGE_KEYS 1000

typedef struct member {
    const char *url;
    int serial_err;   /* serializable read: the member answers */
    int linear_err;   /* linearizable read: it has a leader (quorum) */
    int64_t revision; /* its header revision (linearizable, else serial) */
} member_t;

typedef struct summary {
    const mdshm__cluster_config_t *cc;
    unsigned timeout_ms;
    size_t n_members;
    member_t members[MDSHM__ETCD_MAX_ENDPOINTS];
    size_t reachable, quorate;
    int64_t revision; /* etcd's current revision (0: unknown) */
    /* the cluster leader */
    int leader_err;   /* 0, MDSHM_ENOTFOUND (none), an etcd error */
    char leader[MDSHM__CLUSTER_HOST_ID_MAX + 1];
    int64_t term;
    uint64_t lease;
    int64_t ttl_left, ttl_granted; /* -1: unknown */
    /* hosts */
    int hosts_err;
    mdshm__cluster_host_t *hosts;
    size_t n_hosts;
    /* data keys */
    int data_err;
    uint64_t keys[MDSHM_DB_COUNT];
    uint64_t keys_other;      /* under P"data/" but no replicated db */
    int64_t data_rev;         /* the newest data key's mod_revision */
    int64_t *data_mods;       /* every data key's mod_revision */
    size_t n_data, cap_data;
    /* the key check: P"keycheck" against this configuration's key file */
    int keycheck_err;         /* 0, MDSHM_ENOTFOUND (none), an etcd error */
    char key_id[2 * MDSHM__KEK_ID_LEN + 1]; /* the cluster's ("": unknown) */
    const char *key_state;    /* ok, differs, unreadable, NULL: not compared */
    /* this host's store */
    const char *store_dir;
    int store_err;            /* 0, 1 (no store found), an error */
    uint64_t store_rev;
} summary_t;

/* ---- etcd ------------------------------------------------------------- */

static int client_for(const summary_t *s, const char *endpoints,
                      mdshm__etcd_t **out)
{
    const mdshm__cluster_config_t *cc = s->cc;
    mdshm__etcd_opts_t o = {
        .endpoints = endpoints,
        .ca_file = cc->ca_file,
        .cert_file = cc->cert_file,
        .key_file = cc->key_file,
        .user = cc->user,
        .password_file = cc->password_file,
        .connect_timeout_ms = s->timeout_ms < 1000 ? s->timeout_ms : 1000,
        .timeout_ms = s->timeout_ms,
    };

    return mdshm__etcd_create(&o, out);
}

/* Each member alone: a serializable read (does it answer?) and a
 * linearizable one (has it a leader, i.e. is there a quorum?). */
static int probe_members(summary_t *s)
{
    const char *prefix = s->cc->prefix;
    int rv = 0;

    for (size_t i = 0; i < s->n_members; i++) {
        member_t *m = &s->members[i];
        mdshm__etcd_range_req_t req = {.key = prefix,
                                       .key_len = strlen(prefix),
                                       .count_only = true};
        mdshm__etcd_range_resp_t r = {0};
        mdshm__etcd_t *c = NULL;

        rv = client_for(s, m->url, &c);
        if (rv < 0)
            return rv; /* a password file refused: nothing will work */
        req.serializable = true;
        m->serial_err = mdshm__etcd_range(c, &req, &r);
        if (m->serial_err == 0)
            m->revision = r.revision;
        mdshm__etcd_range_resp_clear(&r);
        req.serializable = false;
        m->linear_err = m->serial_err ? m->serial_err
                                      : mdshm__etcd_range(c, &req, &r);
        if (m->linear_err == 0) {
            m->revision = r.revision;
            if (r.revision > s->revision)
                s->revision = r.revision;
        }
        mdshm__etcd_range_resp_clear(&r);
        mdshm__etcd_destroy(c);
        s->reachable += m->serial_err == 0;
        s->quorate += m->linear_err == 0;
    }
    return 0;
}

static int read_leader(summary_t *s, mdshm__etcd_t *c)
{
    char *key = NULL;
    mdshm__etcd_kv_t kv = {0};
    int rv;

    s->ttl_left = s->ttl_granted = -1;
    rv = mdshm__cluster_key_leader(s->cc->prefix, &key);
    if (rv < 0)
        return rv;
    rv = mdshm__etcd_get(c, key, strlen(key), &kv, NULL);
    free(key);
    if (rv < 0)
        return rv;
    snprintf(s->leader, sizeof(s->leader), "%s", (const char *)kv.value);
    s->term = kv.create_revision;
    s->lease = kv.lease;
    if (kv.lease &&
        mdshm__etcd_lease_ttl(c, kv.lease, &s->ttl_left, &s->ttl_granted) < 0)
        s->ttl_left = s->ttl_granted = -1; /* gone since: shown unknown */
    mdshm__etcd_kv_clear(&kv);
    return 0;
}

static int note_data_key(summary_t *s, const mdshm__etcd_kv_t *kv)
{
    mdshm_db_t db;
    const uint8_t *k;
    size_t klen;

    if (mdshm__cluster_key_parse(s->cc->prefix, kv->key, kv->key_len, &db,
                                 &k, &klen) == 0)
        s->keys[db]++;
    else
        s->keys_other++;
    if (kv->mod_revision > s->data_rev)
        s->data_rev = kv->mod_revision;
    if (s->n_data == s->cap_data) {
        size_t cap = s->cap_data ? 2 * s->cap_data : 1024;
        int64_t *v = realloc(s->data_mods, cap * sizeof(*v));
        if (!v)
            return -ENOMEM;
        s->data_mods = v;
        s->cap_data = cap;
    }
    s->data_mods[s->n_data++] = kv->mod_revision;
    return 0;
}

/* Every key under P"data/", keys only, page by page at one revision. */
static int read_data_keys(summary_t *s, mdshm__etcd_t *c)
{
    char *key = NULL;
    uint8_t *end = NULL, *from = NULL;
    size_t end_len, from_len;
    mdshm__etcd_range_resp_t r = {0};
    int64_t rev = 0;
    int rv;

    rv = mdshm__cluster_key_data(s->cc->prefix, &key);
    if (rv < 0)
        goto out;
    rv = mdshm__etcd_prefix_end(key, strlen(key), &end, &end_len);
    if (rv < 0)
        goto out;
    from_len = strlen(key);
    from = (uint8_t *)strdup(key);
    if (!from) {
        rv = -ENOMEM;
        goto out;
    }
    for (;;) {
        mdshm__etcd_range_req_t req = {
            .key = from, .key_len = from_len, .range_end = end,
            .range_end_len = end_len, .limit = PAGE_KEYS, .revision = rev,
            .keys_only = true};
        rv = mdshm__etcd_range(c, &req, &r);
        if (rv < 0)
            goto out;
        if (!rev)
            rev = r.revision;
        for (size_t i = 0; i < r.n && rv == 0; i++)
            rv = note_data_key(s, &r.kvs[i]);
        if (rv < 0 || !r.more || !r.n)
            goto out;
        /* the next page starts just after the last key: key + "\0" */
        {
            const mdshm__etcd_kv_t *last = &r.kvs[r.n - 1];
            uint8_t *next = malloc(last->key_len + 1);
            if (!next) {
                rv = -ENOMEM;
                goto out;
            }
            memcpy(next, last->key, last->key_len);
            next[last->key_len] = 0;
            free(from);
            from = next;
            from_len = last->key_len + 1;
        }
        mdshm__etcd_range_resp_clear(&r);
    }
out:
    mdshm__etcd_range_resp_clear(&r);
    free(key);
    free(end);
    free(from);
    return rv;
}

/* P"keycheck", and whether this configuration's key file gives it (a
 * file this user cannot read, an admin box's, is "unreadable"). */
static void read_keycheck(summary_t *s, mdshm__etcd_t *c)
{
    char *key = NULL, mine[MDSHM__KEYCHECK_LEN + 1];
    mdshm__etcd_kv_t kv = {0};
    mdshm__cluster_kek_t kek;

    s->keycheck_err = mdshm__cluster_key_keycheck(s->cc->prefix, &key);
    if (s->keycheck_err == 0)
        s->keycheck_err = mdshm__etcd_get(c, key, strlen(key), &kv, NULL);
    free(key);
    if (s->keycheck_err < 0)
        return;
    if (kv.value_len == MDSHM__KEYCHECK_LEN && !memcmp(kv.value, "1:", 2))
        snprintf(s->key_id, sizeof(s->key_id), "%.*s", 2 * MDSHM__KEK_ID_LEN,
                 (const char *)kv.value + 2);
    s->key_state = "unreadable";
    if (s->cc->kek_file && access(s->cc->kek_file, R_OK) == 0 &&
        mdshm__cluster_kek_load(s->cc->kek_file, &kek) == 0) {
        if (mdshm__cluster_keycheck_value(&kek, mine) == 0)
            s->key_state = kv.value_len == MDSHM__KEYCHECK_LEN &&
                                   !memcmp(kv.value, mine,
                                           MDSHM__KEYCHECK_LEN)
                               ? "ok"
                               : "differs";
        mdshm__cluster_kek_clear(&kek);
    }
    mdshm__etcd_kv_clear(&kv);
}

/* Data keys whose last change a host that applied @applied lacks. */
static size_t data_behind(const summary_t *s, int64_t applied)
{
    size_t n = 0;

    for (size_t i = 0; i < s->n_data; i++)
        n += s->data_mods[i] > applied;
    return n;
}

/* ---- this host's store ------------------------------------------------ */

static void read_store(summary_t *s, cli_t *cli)
{
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    int rv;

    s->store_err = 1;
    if (!cli->store_dir)
        return;
    s->store_dir = cli->store_dir;
    if (access(cli->store_dir, F_OK) != 0)
        return; /* no store on this host (an admin box): not an error */
    rv = mdshm_store_open(cli->store_dir, NULL, &st);
    if (rv == MDSHM_ENOTFOUND || rv == -ENOENT)
        return;
    if (rv == 0)
        rv = mdshm_reader_create(st, &rd);
    if (rv == 0)
        rv = mdshm_read_begin(rd);
    if (rv == 0) {
        rv = mdshm__cluster_read_rev(rd, &s->store_rev);
        mdshm_read_end(rd);
    }
    s->store_err = rv;
    mdshm_reader_destroy(rd);
    mdshm_store_close(st);
}

/* ---- output ----------------------------------------------------------- */

static const char *err_name(int err)
{
    return err ? mdshm__etcd_err_name(err) : "ok";
}

static bool host_in(const summary_t *s, const char *id)
{
    for (size_t i = 0; i < s->n_hosts; i++)
        if (!strcmp(s->hosts[i].id, id))
            return true;
    return false;
}

/* The expected hosts (--expect A,B and this host): how many are gone. */
static size_t emit_gone(emit_t *e, const summary_t *s, const char *expect)
{
    char *list = expect ? strdup(expect) : NULL, *save = NULL;
    size_t gone = 0;

    emit_arr(e, "gone");
    for (char *id = list ? strtok_r(list, ", ", &save) : NULL; id;
         id = strtok_r(NULL, ", ", &save)) {
        if (host_in(s, id))
            continue;
        emit_str(e, NULL, id);
        gone++;
    }
    emit_end(e);
    free(list);
    return gone;
}

static int emit_summary(emit_t *e, const summary_t *s, const char *expect,
                        uint64_t max_lag, int *code)
{
    size_t lagging = 0, gone;
    const char *self = s->cc->host_id;

    emit_obj(e, "cluster");
    emit_str(e, "prefix", s->cc->prefix);
    emit_str(e, "this_host", self);
    emit_bool(e, "this_host_published", self && host_in(s, self));
    emit_int(e, "revision", s->revision);

    emit_obj(e, "etcd");
    emit_uint(e, "members", s->n_members);
    emit_uint(e, "reachable", s->reachable);
    emit_bool(e, "quorum", s->quorate > 0);
    emit_arr(e, "endpoints");
    for (size_t i = 0; i < s->n_members; i++) {
        const member_t *m = &s->members[i];
        emit_obj(e, NULL);
        emit_str(e, "endpoint", m->url);
        emit_bool(e, "reachable", m->serial_err == 0);
        emit_bool(e, "has_leader", m->linear_err == 0);
        emit_str(e, "error", m->linear_err ? err_name(m->linear_err) : NULL);
        if (m->serial_err == 0)
            emit_int(e, "revision", m->revision);
        else
            emit_null(e, "revision");
        emit_end(e);
    }
    emit_end(e);
    emit_end(e);

    emit_obj(e, "leader");
    if (s->leader_err == 0) {
        emit_str(e, "host", s->leader);
        emit_int(e, "term", s->term);
        char lease[24];
        snprintf(lease, sizeof(lease), "%llx", (unsigned long long)s->lease);
        emit_str(e, "lease", lease); /* hex, as etcdctl shows leases */
        if (s->ttl_left >= 0) {
            emit_int(e, "ttl_left_s", s->ttl_left);
            emit_int(e, "ttl_s", s->ttl_granted);
        } else {
            emit_null(e, "ttl_left_s");
            emit_null(e, "ttl_s");
        }
    } else {
        emit_null(e, "host");
        emit_str(e, "error", s->leader_err == MDSHM_ENOTFOUND
                                 ? "none"
                                 : err_name(s->leader_err));
    }
    emit_end(e);

    emit_arr(e, "hosts");
    for (size_t i = 0; i < s->n_hosts; i++) {
        const mdshm__cluster_host_t *h = &s->hosts[i];
        size_t behind = data_behind(s, h->applied);
        emit_obj(e, NULL);
        emit_str(e, "host", h->id);
        emit_int(e, "applied", h->applied);
        emit_int(e, "lag", s->revision > h->applied
                                ? s->revision - h->applied : 0);
        emit_uint(e, "data_behind", behind);
        emit_time(e, "published", h->at_ms, true);
        emit_bool(e, "leader", s->leader_err == 0 &&
                                   !strcmp(h->id, s->leader));
        emit_bool(e, "lagging", behind > max_lag);
        emit_end(e);
        lagging += behind > max_lag;
    }
    emit_end(e);
    if (s->hosts_err)
        emit_str(e, "hosts_error", err_name(s->hosts_err));
    gone = emit_gone(e, s, expect);

    emit_obj(e, "data");
    if (s->data_err == 0) {
        emit_uint(e, "keys", s->n_data);
        emit_int(e, "newest_revision", s->data_rev);
        emit_obj(e, "databases");
        for (int db = 0; db < MDSHM_DB_COUNT; db++)
            if (mdshm__cluster_replicated((mdshm_db_t)db))
                emit_uint(e, mdshm_db_name((mdshm_db_t)db), s->keys[db]);
        emit_end(e);
        if (s->keys_other)
            emit_uint(e, "unknown", s->keys_other);
    } else {
        emit_str(e, "error", err_name(s->data_err));
    }
    emit_end(e);

    emit_obj(e, "key_check");
    if (s->keycheck_err == 0) {
        emit_str(e, "cluster_key_id", s->key_id[0] ? s->key_id : "unknown");
        emit_str(e, "this_host", s->key_state);
    } else {
        emit_null(e, "cluster_key_id");
        emit_str(e, "error", s->keycheck_err == MDSHM_ENOTFOUND
                                 ? "none"
                                 : err_name(s->keycheck_err));
    }
    emit_end(e);

    emit_obj(e, "store");
    emit_str(e, "dir", s->store_dir);
    if (s->store_err == 0) {
        emit_uint(e, "cluster_rev", s->store_rev);
        emit_uint(e, "data_behind", data_behind(s, (int64_t)s->store_rev));
    } else {
        emit_str(e, "error", s->store_err == 1
                                 ? "no store"
                                 : mdshm_strerror(s->store_err));
    }
    emit_end(e);

    *code = !s->reachable                    ? CLUSTER_EXIT_UNREACHABLE
          : !s->quorate                      ? CLUSTER_EXIT_NO_QUORUM
          : s->leader_err == MDSHM_ENOTFOUND ? CLUSTER_EXIT_NO_LEADER
          : s->leader_err                    ? CLUSTER_EXIT_UNREACHABLE
          : lagging || gone                  ? CLUSTER_EXIT_LAGGING
          : s->key_state && !strcmp(s->key_state, "differs")
                                             ? CLUSTER_EXIT_KEY
                                             : CLI_EXIT_OK;
    emit_str(e, "health", *code == CLI_EXIT_OK                  ? "healthy"
                          : *code == CLUSTER_EXIT_UNREACHABLE ? "unreachable"
                          : *code == CLUSTER_EXIT_NO_QUORUM   ? "quorum-lost"
                          : *code == CLUSTER_EXIT_NO_LEADER   ? "no-leader"
                          : *code == CLUSTER_EXIT_KEY         ? "key-differs"
                                                              : "lagging");
    emit_end(e);
    return 0;
}

/* ---- the command ------------------------------------------------------ */

static int split_members(summary_t *s, char *eps)
{
    char *save = NULL;

    for (char *u = strtok_r(eps, ", ", &save); u;
         u = strtok_r(NULL, ", ", &save)) {
        if (s->n_members == MDSHM__ETCD_MAX_ENDPOINTS)
            return -EINVAL;
        s->members[s->n_members++].url = u;
    }
    return s->n_members ? 0 : -EINVAL;
}

static char *join_endpoints(const mdshm__strv_t *v)
{
    size_t len = 1;
    char *s;

    for (size_t i = 0; i < v->n; i++)
        len += strlen(v->v[i]) + 1;
    s = malloc(len);
    if (!s)
        return NULL;
    s[0] = 0;
    for (size_t i = 0; i < v->n; i++) {
        if (i)
            strcat(s, ",");
        strcat(s, v->v[i]);
    }
    return s;
}

static int gather(summary_t *s, char *eps)
{
    mdshm__etcd_t *c = NULL;
    int rv;

    /* what is not read stays "unreachable" */
    s->leader_err = s->hosts_err = s->data_err = MDSHM__ETCD_ECONN;
    s->keycheck_err = MDSHM__ETCD_ECONN;
    rv = split_members(s, eps);
    if (rv < 0)
        return rv;
    rv = probe_members(s);
    if (rv < 0)
        return rv;
    /* a member that refuses our credentials is no etcd problem: say so */
    for (size_t i = 0; i < s->n_members; i++)
        if (s->members[i].serial_err == MDSHM__ETCD_EAUTH)
            return MDSHM__ETCD_EAUTH;
    if (!s->reachable)
        return 0;
    /* one client over every member for the cluster-wide reads */
    {
        char *all = join_endpoints(&s->cc->endpoints);
        if (!all)
            return -ENOMEM;
        rv = client_for(s, all, &c);
        free(all);
        if (rv < 0)
            return rv;
    }
    s->leader_err = read_leader(s, c);
    s->hosts_err = mdshm__cluster_hosts_read(c, s->cc->prefix, &s->hosts,
                                             &s->n_hosts, NULL);
    s->data_err = read_data_keys(s, c);
    read_keycheck(s, c);
    mdshm__etcd_destroy(c);
    return 0;
}

int cmd_cluster(cli_t *cli)
{
    const char *action = cli->pos[0], *conf = NULL, *conf_from = NULL;
    const char *expect = cli_optarg(cli, "--expect");
    mdshm_config_t *cfg = NULL;
    summary_t s;
    emit_t *e = NULL;
    char *eps = NULL;
    uint64_t timeout = 3000, max_lag = 0;
    int rv, code = CLI_EXIT_ERROR;

    memset(&s, 0, sizeof(s));
    s.store_err = 1; /* no store until one is read */
    if (strcmp(action, "status"))
        return cli_usage_error(cli, "cluster: unknown action '%s' (status)",
                               action);
    rv = cli_opt_u64(cli, "--timeout-ms", false, 100, 60000, &timeout);
    if (rv == 0)
        rv = cli_opt_u64(cli, "--max-lag", false, 0, UINT32_MAX, &max_lag);
    if (rv)
        return rv;
    cli_conf_find(cli, &conf, &conf_from);
    if (!conf)
        return cli_usage_error(cli, "cluster status: no configuration: give "
                               "--conf FILE (one with MDClusterEndpoints)");
    rv = mdshm_config_load(conf, &cfg);
    if (rv < 0) {
        cli_fail(rv, "cluster status: cannot use configuration %s", conf);
        goto out;
    }
    s.cc = &mdshm__config_global(cfg)->cluster;
    if (!s.cc->endpoints.n) {
        fprintf(stderr, "mdshm: cluster status: %s (%s) has no "
                        "MDClusterEndpoints: cluster mode is off on this "
                        "host (docs/cluster.md, \"Configuration\")\n",
                conf, conf_from);
        goto out;
    }
    s.timeout_ms = (unsigned)timeout;
    /* the store is optional here (an admin box has none): only its
     * cluster-rev is shown, and only a store named somewhere is looked
     * for */
    if (cli->store_dir ||
        ((mdshm__config_global(cfg)->store_dir || getenv("MDSHM_STORE")) &&
         cli_store_find(cli, cfg, conf_from) == 0))
        read_store(&s, cli);
    eps = join_endpoints(&s.cc->endpoints);
    if (!eps) {
        cli_fail(-ENOMEM, "cluster status");
        goto out;
    }
    rv = gather(&s, eps);
    if (rv == MDSHM__ETCD_EAUTH) {
        fprintf(stderr, "mdshm: cluster status: etcd refused the "
                        "credentials of %s (MDClusterUser, "
                        "MDClusterPasswordFile, client certificate)\n", conf);
        goto out;
    }
    if (rv < 0) {
        cli_fail(rv, "cluster status: cannot talk to etcd");
        goto out;
    }
    e = cli_flag(cli, "--json") ? emit_json_new(stdout) : emit_text_new(stdout);
    if (!e) {
        cli_fail(-ENOMEM, "cluster status");
        goto out;
    }
    emit_summary(e, &s, expect, max_lag, &code);
    rv = emit_finish(e);
    if (rv < 0) {
        cli_fail(rv, "cluster status: writing the output");
        code = CLI_EXIT_ERROR;
    }
out:
    emit_free(e);
    free(eps);
    free(s.hosts);
    free(s.data_mods);
    mdshm_config_free(cfg);
    return code;
}
