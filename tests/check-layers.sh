#!/bin/sh
# check-layers.sh -- the library's layers, checked on the built objects.
#
# Usage: sh tests/check-layers.sh [-v] [--src DIR] [--build DIR]
#
# The layers, bottom up (docs/design.md, "Layers"):
#   base (base/)  <- shm (shm/)  <- core (core/*.c)  <- drive (core/drive/)
#   <- tls (core/tls/)
# A file may call its own layer and the layers below it.  The check reads
# the symbol tables of the objects (nm build/<path>.o), maps each undefined
# mdshm* symbol to the object that defines it, and fails, naming the pair
# "caller -> callee: symbol", on
#   - a call up the order (core calling the drive, shm calling core...);
#   - a cycle across files (a strongly connected component of more than
#     one file), except the groups tests/check_layers.py allows, with why
#     (a parser with its table; the store's read/write/open trio).
# A cycle means the files can be neither read nor tested bottom-up: move
# the function to the file where it belongs instead of widening ALLOWED.
# The last line sums up: files per layer, edges, calls up, cycles.
#
# The graph work is in tests/check_layers.py, run with Debian's python3.

python=${MDSHM_PYTHON:-/usr/bin/python3}
here=$(dirname "$0")

if ! [ -x "$python" ]; then
    echo "# skip: $python not found (the layer check needs python3)"
    exit 77
fi
exec "$python" "$here/check_layers.py" --src "${MDSHM_SRCDIR:-$here/..}" "$@"
