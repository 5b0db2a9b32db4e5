"""check_layers.py -- the library's layers, read from the built objects.

Usage: /usr/bin/python3 tests/check_layers.py [--src DIR] [--build DIR] [-v]
(tests/check-layers.sh runs it; see there for what it checks and why.)

Each library source (base/*.c, shm/*.c, core/*.c, core/drive/*.c,
core/tls/*.c under --src) is one node, its object build/<path>.o; an edge
A -> B means A's object has an undefined mdshm* symbol that B's defines.
Fails (status 1) on an edge that goes up the order, and on a strongly
connected component of more than one file unless all of it lies in one of
ALLOWED.  -v also prints every edge.
"""

import glob
import os
import subprocess
import sys

# The order: a file may use its own layer and those below, never above.
LAYERS = [
    ("base", "base/"),        # errors, logging, time and string helpers
    ("shm", "shm/"),          # the store
    ("core", "core/"),        # certificates, keys, ACME, OCSP, config...
    ("drive", "core/drive/"),  # the leader's threads
    ("tls", "core/tls/"),     # the embedding layer
]

# Cycles we keep on purpose, each with why.  A cycle must lie wholly inside
# one group; a file of a group that joins a cycle with any other file fails.
ALLOWED = [
    ({"core/config_parse", "core/config_directives"},
     "a parser with its table: the parser dispatches to the directive "
     "handlers, which report through the parser's error helper"),
    ({"shm/read", "shm/store", "shm/write"},
     "the store's open reads and writes the schema record, and reads and "
     "writes run under the open's map-resize protocol"),
]


def layer_of(name):
    """Index in LAYERS of a file name like core/drive/drive_md."""
    best = None
    for i, (_, prefix) in enumerate(LAYERS):
        if name.startswith(prefix) and "/" not in name[len(prefix):]:
            best = i
    return best


def sources(src):
    files = []
    for _, prefix in LAYERS:
        for path in glob.glob(os.path.join(src, prefix, "*.c")):
            rel = os.path.relpath(path, src)
            files.append(rel[:-2])
    return sorted(files)


def symbols(obj, nm):
    """(defined, undefined) global mdshm* symbols of one object."""
    out = subprocess.run([nm, "-P", obj], capture_output=True, text=True,
                         check=True).stdout
    defined, undefined = set(), set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 2 or not parts[0].startswith("mdshm"):
            continue
        kind = parts[1]
        if kind == "U":
            undefined.add(parts[0])
        elif kind.isupper():  # T D B R V W...: global; lower case: static
            defined.add(parts[0])
    return defined, undefined


def sccs(nodes, edges):
    """Tarjan's strongly connected components, without recursion."""
    index, low, on_stack, stack, out = {}, {}, set(), [], []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(edges[w]))))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    out.append(sorted(comp))
    return out


def main(argv):
    src, build, verbose = ".", None, False
    nm = os.environ.get("NM", "nm")
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--src" and args:
            src = args.pop(0)
        elif a == "--build" and args:
            build = args.pop(0)
        elif a == "-v":
            verbose = True
        else:
            print("usage: check_layers.py [--src DIR] [--build DIR] [-v]",
                  file=sys.stderr)
            return 2
    build = build or os.path.join(src, "build")

    files = sources(src)
    if not files:
        print("check-layers: no sources under %s" % src, file=sys.stderr)
        return 2
    defs, uses, status = {}, {}, 0
    for f in files:
        obj = os.path.join(build, f + ".o")
        if not os.path.isfile(obj):
            print("check-layers: %s not found (run make first)" % obj,
                  file=sys.stderr)
            return 2
        defined, uses[f] = symbols(obj, nm)
        for s in defined:
            if s in defs:
                print("check-layers: %s defined in %s and %s"
                      % (s, defs[s], f))
                status = 1
            defs[s] = f

    # edges[a][b]: the symbols a takes from b
    edges = {f: {} for f in files}
    for f in files:
        for s in uses[f]:
            d = defs.get(s)
            if d and d != f:
                edges[f].setdefault(d, []).append(s)

    def pair(a, b):
        return "%s -> %s: %s" % (a, b, " ".join(sorted(edges[a][b])))

    n_edges = sum(len(e) for e in edges.values())
    up = [(a, b) for a in files for b in sorted(edges[a])
          if layer_of(b) > layer_of(a)]
    for a, b in up:
        print("check-layers: up the order (%s -> %s): %s"
              % (LAYERS[layer_of(a)][0], LAYERS[layer_of(b)][0], pair(a, b)))
        status = 1

    cycles = [c for c in sccs(files, edges) if len(c) > 1]
    bad = 0
    for c in cycles:
        why = [w for g, w in ALLOWED if set(c) <= g]
        if why:
            if verbose:
                print("check-layers: allowed cycle %s (%s)"
                      % (" ".join(c), why[0]))
            continue
        bad += 1
        status = 1
        print("check-layers: cycle across %d files: %s"
              % (len(c), " ".join(c)))
        for a in c:
            for b in sorted(edges[a]):
                if b in c:
                    print("    " + pair(a, b))

    if verbose:
        for a in files:
            for b in sorted(edges[a]):
                print("edge %s(%s) %s" % (LAYERS[layer_of(a)][0],
                                         LAYERS[layer_of(b)][0], pair(a, b)))

    per = ", ".join("%s %d" % (name, sum(1 for f in files
                                         if layer_of(f) == i))
                    for i, (name, _) in enumerate(LAYERS))
    print("check-layers: %d files (%s), %d edges, %d up the order, "
          "%d cycles (%d files; %d allowed)"
          % (len(files), per, n_edges, len(up), len(cycles),
             sum(len(c) for c in cycles), len(cycles) - bad))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
