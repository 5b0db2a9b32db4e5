/* corrupt_record.c -- test helper: overwrite one record of an mdshm store
 * with garbage, bypassing the library (LMDB directly).
 *
 *   corrupt_record STORE DB KEY
 *
 * Opens STORE's LMDB environment, the named database DB ("mds", "certs",
 * ...) and replaces the value of KEY, which must exist, with bytes that are
 * no valid msgpack record (0xc1 is never used by msgpack).  Exit 0 on
 * success, 1 on failure, 2 on bad usage.  Pass the same maxreaders as the
 * store's other openers: MDSHM_MAXREADERS, default 510 like the library.
 */
#include <lmdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(const char *what, int rc)
{
    fprintf(stderr, "corrupt_record: %s: %s\n", what, mdb_strerror(rc));
    return 1;
}

int main(int argc, char **argv)
{
    static unsigned char garbage[] = {0xc1, 0xff, 0x00, 0x13, 0x37, 0xc1,
                                      0xde, 0xad, 0xbe, 0xef, 0x92, 0xc1};
    const char *env_mr = getenv("MDSHM_MAXREADERS");
    MDB_env *env = NULL;
    MDB_txn *txn = NULL;
    MDB_dbi dbi;
    MDB_val k, v;
    int rc, ret = 1;

    if (argc != 4) {
        fprintf(stderr, "usage: corrupt_record STORE DB KEY\n");
        return 2;
    }
    rc = mdb_env_create(&env);
    if (rc)
        return fail("mdb_env_create", rc);
    mdb_env_set_maxdbs(env, 16);
    mdb_env_set_maxreaders(env, env_mr ? (unsigned)atoi(env_mr) : 510);
    rc = mdb_env_open(env, argv[1], 0, 0600);
    if (rc) {
        fail(argv[1], rc);
        goto out;
    }
    rc = mdb_txn_begin(env, NULL, 0, &txn);
    if (rc) {
        fail("mdb_txn_begin", rc);
        goto out;
    }
    /* The layout of docs/store.md: "names" is LMDB's main database, the
     * others are named "#<db>". */
    {
        char lname[64];
        snprintf(lname, sizeof(lname), "#%s", argv[2]);
        rc = mdb_dbi_open(txn, strcmp(argv[2], "names") ? lname : NULL, 0,
                          &dbi);
    }
    if (rc) {
        fail(argv[2], rc);
        goto out;
    }
    k.mv_data = argv[3];
    k.mv_size = strlen(argv[3]);
    rc = mdb_get(txn, dbi, &k, &v);
    if (rc) {
        fprintf(stderr, "corrupt_record: %s/%s: %s\n", argv[2], argv[3],
                mdb_strerror(rc));
        goto out;
    }
    v.mv_data = garbage;
    v.mv_size = sizeof(garbage);
    rc = mdb_put(txn, dbi, &k, &v, 0);
    if (rc) {
        fail("mdb_put", rc);
        goto out;
    }
    rc = mdb_txn_commit(txn);
    txn = NULL;
    if (rc) {
        fail("mdb_txn_commit", rc);
        goto out;
    }
    ret = 0;
out:
    if (txn)
        mdb_txn_abort(txn);
    mdb_env_close(env);
    return ret;
}
