/* journal.c -- the changes of one leader write, kept for a pre-commit
 * hook (cluster mode: they go to etcd before LMDB commits).  One entry
 * per key, the last change winning: etcd takes a key once per txn, and
 * the write's result is all that the other hosts must see. */
#include "store_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

void mdshm__journal_reset(mdshm__journal_t *j)
{
    for (size_t i = 0; i < j->n; i++)
        free((void *)j->e[i].key); /* key and value share one block */
    free(j->e);
    j->e = NULL;
    j->n = j->cap = 0;
}

/* Drop entry @i, keeping the order of the others. */
static void journal_drop(mdshm__journal_t *j, size_t i)
{
    free((void *)j->e[i].key);
    memmove(&j->e[i], &j->e[i + 1], (j->n - i - 1) * sizeof(j->e[0]));
    j->n--;
}

/* Drop the entry of @db/@key, if any. */
static void journal_forget(mdshm__journal_t *j, mdshm_db_t db,
                           const void *key, size_t klen)
{
    /* A linear search: a drive's write changes a handful of records. */
    for (size_t i = 0; i < j->n; i++)
        if (j->e[i].db == db && j->e[i].klen == klen &&
            memcmp(j->e[i].key, key, klen) == 0) {
            journal_drop(j, i);
            return;
        }
}

int mdshm__journal_reserve(mdshm__journal_t *j, size_t n)
{
    size_t cap = j->cap ? j->cap : 8;
    mdshm__jentry_t *ne;

    if (n <= j->cap)
        return 0;
    while (cap < n)
        cap *= 2;
    if (!(ne = realloc(j->e, cap * sizeof(*ne))))
        return -ENOMEM;
    j->e = ne;
    j->cap = cap;
    return 0;
}

void mdshm__journal_merge(mdshm__journal_t *into, mdshm__journal_t *from)
{
    for (size_t i = 0; i < from->n; i++) {
        journal_forget(into, from->e[i].db, from->e[i].key, from->e[i].klen);
        into->e[into->n++] = from->e[i]; /* the block changes owner */
    }
    from->n = 0;
    mdshm__journal_reset(from);
}

int mdshm__journal_add(mdshm__wtxn_t *w, mdshm_db_t db, const void *key,
                       size_t klen, const void *val, size_t vlen)
{
    mdshm__journal_t *j = w->journal;
    mdshm__jentry_t *e;
    uint8_t *block;

    if (!(j->db_mask & (1u << db)))
        return 0;
    journal_forget(j, db, key, klen);
    if (mdshm__journal_reserve(j, j->n + 1) < 0)
        return -ENOMEM;
    block = malloc(klen + (val ? vlen : 0) + 1);
    if (!block)
        return -ENOMEM;
    memcpy(block, key, klen);
    if (val && vlen)
        memcpy(block + klen, val, vlen);
    e = &j->e[j->n++];
    e->db = db;
    e->del = val == NULL;
    e->key = block;
    e->klen = klen;
    e->val = val ? block + klen : NULL;
    e->vlen = val ? vlen : 0;
    return 0;
}
