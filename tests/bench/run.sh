#!/bin/sh
# run.sh -- run mdshm's benchmarks ("make bench" builds them, then calls this).
#
# Usage: sh tests/bench/run.sh [BENCH...]     (default: bench_lookup
#        bench_takeover bench_staple bench_handshake bench_crl (10,000
#        certificates against one 100,000-entry CRL: about 30 s)
#        bench_scale (1,000 to
#        100,000 MDs: about 2 minutes; MDSHM_BENCH_ARGS_bench_scale='-n
#        1000,10000' for a quick run); extra arguments for
#        one program go in
#        MDSHM_BENCH_ARGS_<name>, e.g. MDSHM_BENCH_ARGS_bench_lookup='-r 50',
#        or '-f /dev/shm' to build the file-per-name trees on a tmpfs, which
#        is much faster to set up than ext4 when many inodes were recently
#        deleted; see docs/benchmarks.md)
#        bench_cluster (cluster mode: its own 3-member etcd, a host joining
#        10,000 MDs, a renewed set to another host's worker; about 15 s;
#        says "skipped" and succeeds without etcd-server;
#        MDSHM_BENCH_ARGS_bench_cluster='-n 1000 -r 20' for a quick run)
#
# cluster_bench (cluster mode under the drive: three example servers on a
# 3-member etcd and pebble; failover after SIGKILL of the cluster leader's
# host with 2 s and 5 s leases, and 100 MDs issued by one host alone vs
# three in cluster mode; tests/bench/cluster_bench.py, run with
# /usr/bin/python3, about 2 minutes) is in the default list; it says
# "skipped" and succeeds without etcd-server or pebble.
# MDSHM_BENCH_CLUSTER=0 leaves it out; MDSHM_BENCH_ARGS_cluster_bench=
# '--parts failover --rounds 3 --ttls 2' runs less.
#
# issue_bench (certificate issuance vs mod_md, certbot and lego on a local
# pebble; tests/bench/issue_bench.py, run with /usr/bin/python3) is optional:
# it apt-get installs the peers and takes about 10 minutes.  It runs only
# when named (sh tests/bench/run.sh issue_bench) or, with the default list,
# when MDSHM_BENCH_ISSUE=1 is set.  It uses $MDSHM (default ./mdshm), e.g.
# MDSHM_BENCH_ARGS_issue_bench='--tools mdshm,mod_md --n 100'.
#
# httpd_bench (mod_mdshm in Debian's apache2 against a static
# SSLCertificateFile and Debian's mod_md: handshakes/s, renewal to every
# child, first answer after a start, issuance of 100 MDs;
# tests/bench/httpd_bench.py, run with /usr/bin/python3, about 8 minutes) is
# in the default list; it says "skipped" and succeeds when not root or when
# apache2, apxs, mod_md or pebble are missing.  MDSHM_BENCH_HTTPD=0 leaves it
# out; MDSHM_BENCH_ARGS_httpd_bench='--parts handshake,renew' runs some parts.
#
# nginx_bench (ngx_http_mdshm_module in Debian's nginx against a static
# ssl_certificate and `ssl_certificate data:$var`: handshakes/s, renewal to
# every worker, memory per worker with 1,000 MDs; tests/bench/nginx_bench.py,
# run with /usr/bin/python3, about 5 minutes) is in the default list; it says
# "skipped" and succeeds when not root, in a sanitizer build, or when nginx,
# nginx-dev or pebble are missing.  MDSHM_BENCH_NGINX=0 leaves it out;
# MDSHM_BENCH_ARGS_nginx_bench='--parts handshake,renew' runs some parts.
#
# The programs are taken from $MDSHM_BENCH_DIR (default build/tests/bench).
# Each runs in its own directory inside one mktemp -d directory (mode 0700),
# which is removed at the end.  Before each program the exact command is
# printed as a "$ ..." line, so every table can be reproduced by hand.
#
# Exit status: 0; 1 if a program failed (setup error, or a lookup/takeover
# that failed validation); 2 if only targets were missed and
# MDSHM_BENCH_STRICT=1 is set.  Timings are never asserted otherwise.

cd "$(dirname "$0")/../.." || exit 1
top=$(pwd)
bindir=${MDSHM_BENCH_DIR:-build/tests/bench}
case $bindir in
"$top"/*) bindir=${bindir#"$top"/} ;;
esac

if [ $# -eq 0 ]; then
    set -- bench_lookup bench_takeover bench_staple bench_handshake bench_crl \
        bench_scale bench_cluster
    [ "${MDSHM_BENCH_CLUSTER:-1}" = 1 ] && set -- "$@" cluster_bench
    [ "${MDSHM_BENCH_HTTPD:-1}" = 1 ] && set -- "$@" httpd_bench
    [ "${MDSHM_BENCH_NGINX:-1}" = 1 ] && set -- "$@" nginx_bench
    [ "${MDSHM_BENCH_ISSUE:-0}" = 1 ] && set -- "$@" issue_bench
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-bench.XXXXXX") || exit 1
chmod 700 "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

echo "mdshm benchmarks, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
cpus=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')
model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
echo "host: $(uname -srm), $cpus CPUs (${model:-?}), load average" \
     "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo "work directory: $tmp (filesystem: $(stat -f -c %T "$tmp" 2>/dev/null || echo '?'))"

status=0
start=$(date +%s)
for b in "$@"; do
    case $b in
    *[!A-Za-z0-9_]* | '')
        echo "run.sh: bad benchmark name '$b'" >&2
        status=1
        continue
        ;;
    esac
    extra=
    eval "extra=\${MDSHM_BENCH_ARGS_$b:-}"
    if [ "$b" = issue_bench ] || [ "$b" = httpd_bench ] ||
       [ "$b" = nginx_bench ] || [ "$b" = cluster_bench ]; then
        if [ ! -x /usr/bin/python3 ]; then
            echo "run.sh: $b needs /usr/bin/python3" >&2
            status=1
            continue
        fi
        MDSHM=${MDSHM:-$top/mdshm}
        MDSHM_BUILD=${MDSHM_BUILD:-$top/build}
        export MDSHM MDSHM_BUILD
        echo
        # shellcheck disable=SC2086 # extra is a word list on purpose
        set -- /usr/bin/python3 "tests/bench/$b.py" --workdir "$tmp/$b" $extra
    else
        prog=$bindir/$b
        if [ ! -x "$prog" ]; then
            echo "run.sh: $prog not built (make bench builds it)" >&2
            status=1
            continue
        fi
        echo
        # shellcheck disable=SC2086 # extra is a word list on purpose
        set -- "$prog" -d "$tmp/$b" $extra
    fi
    echo "\$ $*"
    "$@"
    rc=$?
    if [ $rc -ne 0 ]; then
        echo "run.sh: $b exited with status $rc" >&2
        if [ $rc -ne 2 ]; then
            status=1
        elif [ $status -eq 0 ]; then
            status=2
        fi
    fi
done
echo
echo "benchmarks done in $(( $(date +%s) - start )) s, status $status"
exit $status
