/* cluster_hosts.h -- the hosts' applied revisions (P"hosts/"), kept
 * current by a watch, for the cluster leader's challenge waits
 * (docs/cluster.md, "Challenges").  Internal.
 *
 * A thread reads P"hosts/" once (a range) and then follows it with a
 * watch from the next revision: each host's publish or the deletion of
 * its entry (its lease expired) reaches the waiters as it happens,
 * instead of each run reading the range every few milliseconds.  On a
 * broken or cancelled watch it reads the range again.  While it holds no
 * read (etcd out of reach, just started), a wait returns -EAGAIN and the
 * caller reads the range itself.
 */
#ifndef MDSHM_CLUSTER_HOSTS_H
#define MDSHM_CLUSTER_HOSTS_H

#include "cluster_elect.h"

typedef struct mdshm__cluster_hosts mdshm__cluster_hosts_t;

/* Start the view of @prefix's P"hosts/" with a client of its own (a copy
 * of @c's options; @c is not kept).  @return 0, -ENOMEM, -errno. */
MDSHM_HIDDEN int mdshm__cluster_hosts_start(const mdshm__etcd_t *c,
                                            const char *prefix,
                                            mdshm__cluster_hosts_t **out);
/* How many times the view has read the range (1 while its first watch
 * lasts). */
MDSHM_HIDDEN uint64_t mdshm__cluster_hosts_reads(mdshm__cluster_hosts_t *h);

/* Stop the thread and free (NULL: nothing). */
MDSHM_HIDDEN void mdshm__cluster_hosts_stop(mdshm__cluster_hosts_t *h);

/* Wait until every host in P"hosts/" but @self (NULL: none) has applied
 * revision @rev, at most until @until_ms (monotonic ms), or until
 * @cancel(@baton) (may be NULL) says to stop; checked at least every
 * 100 ms.  *@behind and *@n: the hosts behind and the hosts seen.
 * @return 0 (caught up), -ETIMEDOUT, -ECANCELED, -EAGAIN (the view holds
 * no read of P"hosts/" now: etcd out of reach, or just started). */
MDSHM_HIDDEN int mdshm__cluster_hosts_wait(mdshm__cluster_hosts_t *h,
                                           int64_t rev, const char *self,
                                           int64_t until_ms,
                                           bool (*cancel)(void *baton),
                                           void *baton, size_t *behind,
                                           size_t *n);

#endif
