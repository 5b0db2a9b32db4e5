/* unit_store.h -- a fresh store with this process as leader, for unit
 * tests: ut_setup()/ut_teardown() as cmocka setup/teardown, the store in
 * ((struct ut_env *)*state)->st and the leader candidate in ->c. */
#ifndef MDSHM_UNIT_STORE_H
#define MDSHM_UNIT_STORE_H

#include "internal.h"
#include "torture.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ut_env {
    mdshm_store_t *st;
    mdshm__candidate_t *c;
    char dir[64];
};

static int ut_rm_one(const char *p, const struct stat *sb, int f,
                     struct FTW *w)
{
    (void)sb;
    (void)f;
    (void)w;
    return remove(p);
}

/* ut_setup() with a map of @mapsize bytes (0: the default). */
static int ut_setup_map(void **state, size_t mapsize)
{
    struct ut_env *e = calloc(1, sizeof(*e));
    mdshm_store_opts_t o = {0};
    char path[128];

    assert_non_null(e);
    strcpy(e->dir, "/tmp/mdshm-unit-XXXXXX");
    assert_non_null(mkdtemp(e->dir));
    snprintf(path, sizeof(path), "%s/md", e->dir);
    o.create = true;
    o.mapsize = mapsize;
    assert_int_equal(mdshm_store_open(path, &o, &e->st), 0);
    assert_int_equal(mdshm__candidate_create(e->st, NULL, &e->c), 0);
    assert_int_equal(mdshm__candidate_try(e->c), 1);
    *state = e;
    return 0;
}

static int ut_setup(void **state)
{
    return ut_setup_map(state, 0);
}

static int ut_teardown(void **state)
{
    struct ut_env *e = *state;

    torture_check_store(e->st);
    mdshm__candidate_destroy(e->c);
    mdshm_store_close(e->st);
    nftw(e->dir, ut_rm_one, 8, FTW_DEPTH | FTW_PHYS);
    free(e);
    return 0;
}

#endif
