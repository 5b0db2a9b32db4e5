# tap.sh -- the TAP helpers the CLI test scripts share (sourced, not run).
#
# A test is `run COMMAND...` (stdout to ./out, stderr to ./err, exit code in
# $rc), then `ok DESC CHECK ARGS...`, one TAP line for whether CHECK holds;
# a failed check shows the command, its exit code and the head of its
# output.  The script ends with `echo "1..$n"` and exits non-zero when
# $failed is.

n=0
failed=0

ok() {
    desc=$1
    shift
    n=$((n + 1))
    if "$@"; then
        echo "ok $n - $desc"
    else
        echo "not ok $n - $desc"
        failed=$((failed + 1))
        echo "#   last command: $last (exit $rc)"
        sed 's/^/#   stdout: /' out | head -n 15
        sed 's/^/#   stderr: /' err | head -n 15
    fi
}

run() {
    last="$*"
    "$@" >out 2>err
    rc=$?
}

rc_is() { [ "$rc" -eq "$1" ]; }
out_has() { grep -qF -- "$1" out; }
out_lacks() { ! grep -qF -- "$1" out; }
err_has() { grep -qF -- "$1" err; }
err_lacks() { ! grep -qF -- "$1" err; }
both() { "$1" "$2" && "$3" "$4"; }
