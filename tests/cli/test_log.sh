#!/bin/sh
# test_log.sh -- where mdshm's log lines go, end to end (TAP).
#
#  - mdshm drive and the example server (the library's default sink) write
#    the same stderr line: "2026-12-06T13:35:36.123Z mdshm[PID]: LEVEL: ...".
#  - --log syslog (mdshm, and the example server): the lines reach
#    /dev/log with the priority of their level and facility daemon, ident
#    and pid, the text; a newline in a name does not split a line.  /dev/log
#    is a socket of tests/helpers/devlog in a private mount namespace (root
#    only: those cases are skipped otherwise).
#  - --log foo, and --log without a value: a usage error that says what
#    --log takes.
#
# Run by tests/run.sh with MDSHM, MDSHM_BUILD and MDSHM_HELPERS set.

: "${MDSHM:?MDSHM must name the mdshm binary}"
: "${MDSHM_HELPERS:?MDSHM_HELPERS must name the test helpers directory}"

server=${MDSHM_BUILD:?}/adapters/custom/mdshm-example-server
devlog=$MDSHM_HELPERS/devlog
tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-log.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
umask 077
cd "$tmp" || exit 1
. "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}/tests/cli/tap.sh"

cat >bad.conf <<'EOF'
MDomain a.example
MDRenewWindow 100%
</MDomain>
EOF
stamp='^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z'
# A store path with a newline: the library logs it ("does not exist").
nl_store="$tmp/no
such"

# err_line REGEX: a line of stderr matches the extended REGEX.
err_line() { grep -Eq -- "$1" err; }
err_line_lacks() { ! grep -Eq -- "$1" err; }

run "$MDSHM" drive --conf bad.conf
ok "drive: a configuration error exits 1" rc_is 1
ok "drive: the log line carries the time, mdshm[PID] and the level" \
    err_line "$stamp mdshm\\[[0-9]+\\]: error: bad\\.conf:2: MDRenewWindow"

run "$server" --store "$nl_store/x" --workers 1 --drive none
ok "example server: a store it cannot create exits 1" rc_is 1
ok "example server: the library's default sink writes the drive's line" \
    err_line "$stamp mdshm\\[[0-9]+\\]: error: .*no\\\\x0asuch/x"
ok "example server: the newline in the name did not split the line" \
    both err_line "no.x0asuch/x" err_line_lacks "^such/x"

run "$MDSHM" --log foo status
ok "--log foo: usage error" rc_is 2
ok "--log foo: says what --log takes" \
    err_has "option '--log' takes stderr or syslog, not 'foo'"
run "$MDSHM" status --log
ok "--log without a value: usage error" rc_is 2
ok "--log without a value: says what it needs" \
    err_has "option '--log' needs an argument: stderr or syslog"
run "$MDSHM" --log=stderr --store "$nl_store" status
ok "--log=stderr: the library's line on stderr, escaped" \
    err_has "mdshm: error: store $tmp/no\\x0asuch does not exist"

# syslog: the datagrams devlog received, each on one line (they are
# NUL-terminated; a newline inside one would make an extra line).
got() { tr '\0' '\n' <syslog.out >got; grep -Eq -- "$1" got; }
one_line_each() {
    [ "$(tr -cd '\n' <syslog.out | wc -c)" -eq 0 ] &&
        [ "$(tr -cd '\000' <syslog.out | wc -c)" -gt 0 ]
}
syslog_run() {
    rm -f syslog.out
    run "$devlog" syslog.out "$@"
    if [ "$rc" -eq 77 ]; then
        sed 's/^devlog: SKIP: //' err | head -n 1 >skip.why
        return 1
    fi
    return 0
}
skip_case() {
    n=$((n + 1))
    echo "ok $n - $1 # SKIP $(cat skip.why)"
}

if syslog_run "$MDSHM" --log syslog drive --conf bad.conf; then
    ok "drive --log syslog: exits 1 as on stderr" rc_is 1
    # <27> = facility daemon (3 << 3) + LOG_ERR (3)
    ok "drive --log syslog: priority daemon.err, ident mdshm[PID], text" \
        got '^<27>[A-Z][a-z]{2} [ 0-9]{2} [0-9:]{8} mdshm\[[0-9]+\]: error: bad\.conf:2: MDRenewWindow: invalid argument'
    ok "drive --log syslog: nothing of the log on stderr" \
        err_lacks "MDRenewWindow"
else
    for c in "drive --log syslog: exits 1" "drive --log syslog: line" \
        "drive --log syslog: stderr"; do skip_case "$c"; done
fi

if syslog_run "$MDSHM" --log syslog --store "$nl_store" status; then
    ok "status --log syslog: the hostile name is escaped" \
        got "^<27>.* mdshm\\[[0-9]+\\]: error: store $tmp/no\\\\x0asuch does not exist"
    ok "status --log syslog: a newline in a name does not split a line" \
        one_line_each
else
    skip_case "status --log syslog: escaped"
    skip_case "status --log syslog: one line"
fi

if syslog_run "$server" --log syslog --store "$nl_store/x" --workers 1 --drive none; then
    ok "example server --log syslog: ident mdshm-example-server[PID]" \
        got "^<27>.* mdshm-example-server\\[[0-9]+\\]: error: .*no\\\\x0asuch/x"
    ok "example server --log syslog: one line per message" one_line_each
else
    skip_case "example server --log syslog: ident"
    skip_case "example server --log syslog: one line"
fi

echo "1..$n"
[ "$failed" -eq 0 ]
