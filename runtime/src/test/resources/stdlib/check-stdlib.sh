#!/usr/bin/env bash
# Conformance check of Interlock's pure-Python library modules, run on CPython 3.11.
#
# Each <module>_test.py here prints deterministic results. Its .out file is what the test
# prints with CPython's own modules; this script runs the test again with CPython's modules
# replaced by ours (runtime/src/main/resources/interlock/lib/<module>.py, loaded through a
# meta-path finder placed before the builtin importer) and diffs the two. It also checks
# that our modules import nothing outside what the Interlock interpreter provides.
#
#   check-stdlib.sh            check every test (or: check-stdlib.sh itertools collections)
#   check-stdlib.sh --regen    rewrite the .out files from CPython's real modules first
set -u
here="$(cd "$(dirname "$0")" && pwd)"
lib="$(cd "$here/../../../main/resources/interlock/lib" && pwd)"
py="${PYTHON:-python3}"
regen=0
if [ "${1:-}" = "--regen" ]; then regen=1; shift; fi

# The modules we write; a test that imports one of them must get ours, never CPython's.
shim='
import sys, os, importlib.util
lib, test = sys.argv[1], sys.argv[2]
ours = {"itertools", "collections", "functools", "operator", "copy", "string", "heapq"}
ours = {name for name in ours if os.path.exists(lib + "/" + name + ".py")}
class OurLibrary:
    def find_spec(self, name, path=None, target=None):
        if name in ours:
            return importlib.util.spec_from_file_location(name, lib + "/" + name + ".py")
        return None
for name in ours:
    sys.modules.pop(name, None)
sys.meta_path.insert(0, OurLibrary())
sys.argv = [test]
sys.path[0] = os.path.dirname(os.path.abspath(test))
code = compile(open(test).read(), test, "exec")
exec(code, {"__name__": "__main__", "__file__": test, "__builtins__": __builtins__})
'

# Imports our modules may use: the interpreter's Java modules and each other.
importcheck='
import ast, sys
allowed = {"sys", "math", "time", "os", "random",
           "itertools", "collections", "functools", "operator", "copy", "string", "heapq"}
bad = 0
for path in sys.argv[1:]:
    for node in ast.walk(ast.parse(open(path).read(), path)):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        for n in names:
            if n.split(".")[0] not in allowed:
                print(f"{path}:{node.lineno}: imports {n}, which Interlock does not provide")
                bad = 1
sys.exit(bad)
'
"$py" -c "$importcheck" "$lib"/*.py || exit 1

if [ $# -gt 0 ]; then tests=("$@"); else
  tests=(); for f in "$here"/*_test.py; do b="$(basename "$f")"; tests+=("${b%_test.py}"); done
fi
fail=0
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for m in "${tests[@]}"; do
  t="$here/${m}_test.py"
  if [ $regen = 1 ]; then (cd "$here" && "$py" "$t" > "$here/${m}_test.out" 2>&1); fi
  (cd "$here" && "$py" -c "$shim" "$lib" "$t" > "$tmp/$m.out" 2>&1)
  if diff -u "$here/${m}_test.out" "$tmp/$m.out" > "$tmp/$m.diff"; then
    echo "PASS $m ($(wc -l < "$here/${m}_test.out") lines)"
  else
    echo "FAIL $m"; head -60 "$tmp/$m.diff"; fail=1
  fi
done
exit $fail
