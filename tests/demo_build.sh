# shellcheck shell=bash
# demo_build.sh -- the build step shared by tests/demo.sh,
# tests/demo_apache.sh and tests/demo_nginx.sh (sourced by bash from the
# top of the tree, not run).
#
# `build CMD...` prints CMD and runs it with its output appended to one
# temporary log (removed on exit); when CMD fails it prints the log's last
# 40 lines, naming $demo_name (default demo), and exits 1.  demo_build_mdshm
# runs ./configure when there is no Makefile, then make -j2.

buildlog=$(mktemp "${TMPDIR:-/tmp}/mdshm-demo-build.XXXXXX")
trap 'rm -f "$buildlog"' EXIT
build() {
    echo "    \$ $*"
    if ! "$@" >>"$buildlog" 2>&1; then
        echo "${demo_name:-demo}: FAILED: building mdshm: '$*' failed; last lines of its output:" >&2
        tail -n 40 "$buildlog" >&2
        exit 1
    fi
}

demo_build_mdshm() {
    if [ ! -f Makefile ]; then
        build ./configure
    fi
    build make -j2
}
