#!/usr/bin/env bash
# Speed of Interlock against CPython, both ways, on the kernels under
# benchmarks/src/main/resources/kernels: warmed (seconds per kernel iteration after warm-up,
# timed inside each interpreter with time.perf_counter) and cold (whole process, one kernel run,
# start-up included). Runs are interleaved (python3, interlock, python3, ...) over REPS
# repetitions so a noisy shared machine hurts both sides alike; each cell is the minimum over
# repetitions of the per-run best (warm) or of the wall time (cold): on a shared machine noise
# only ever adds time, so the minimum is the steadiest estimate. Ratio = interlock / python3
# (below 1 means Interlock is faster). Last line: geometric means.
#
#   scripts/kernels-vs-cpython.sh [--reps N] [--warmup N] [--iters N] [--policy P] [KERNEL...]
# Environment: PYTHON (default python3), INTERLOCK_JAR (default runtime/target/interlock.jar).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/find-jdk.sh
source "$ROOT/scripts/find-jdk.sh"
interlock_find_jdk || exit 2
interlock_jvm_flags
KDIR="$ROOT/benchmarks/src/main/resources/kernels"
PY="${PYTHON:-python3}"
JAR="${INTERLOCK_JAR:-$ROOT/runtime/target/interlock.jar}"
REPS=3 WARMUP=10 ITERS=10 POLICY=gil KERNELS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) REPS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --iters) ITERS="$2"; shift 2 ;;
    --policy) POLICY="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) KERNELS+=("$1"); shift ;;
  esac
done
[ -f "$JAR" ] || { echo "no $JAR: build first (./interlock build)" >&2; exit 2; }
if [ ${#KERNELS[@]} -eq 0 ]; then
  for f in "$KDIR"/*.py; do b=$(basename "$f" .py); [ "${b#_}" = "$b" ] && KERNELS+=("$b"); done
fi
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
# As ./interlock starts it: with the class-data-sharing archive beside the jar (made here if missing).
interlock_cds_flags "$JAR"
IL=("$JAVA_HOME/bin/java" $INTERLOCK_JVM_FLAGS $INTERLOCK_CDS_FLAGS -Xss16m -jar "$JAR" run --policy "$POLICY")

now() { date +%s.%N; }
# warm IMPL FILE -> best seconds per iteration
warm() {
  local out
  if [ "$1" = py ]; then out=$("$PY" "$2" warm "$WARMUP" "$ITERS"); else out=$("${IL[@]}" "$2" warm "$WARMUP" "$ITERS"); fi
  case "$out" in *WARM*) echo "$out" | awk '/^WARM/ {print $3}' ;; *) echo "FAIL: $out" >&2; echo nan ;; esac
}
# cold IMPL FILE -> wall seconds of one whole process
cold() {
  local t0 t1 out
  t0=$(now)
  if [ "$1" = py ]; then out=$("$PY" "$2" cold); else out=$("${IL[@]}" "$2" cold); fi
  t1=$(now)
  case "$out" in RESULT*) echo "$t0 $t1" | awk '{printf "%.4f\n", $2 - $1}' ;; *) echo "FAIL: $out" >&2; echo nan ;; esac
}

: > "$TMP/results"
for k in "${KERNELS[@]}"; do
  cat "$KDIR/$k.py" "$KDIR/_driver.py" > "$TMP/$k.py"
  for ((r = 0; r < REPS; r++)); do
    echo "$k warm py $(warm py "$TMP/$k.py")" >> "$TMP/results"
    echo "$k warm il $(warm il "$TMP/$k.py")" >> "$TMP/results"
    echo "$k cold py $(cold py "$TMP/$k.py")" >> "$TMP/results"
    echo "$k cold il $(cold il "$TMP/$k.py")" >> "$TMP/results"
  done
  echo "done $k" >&2
done

"$PY" - "$TMP/results" "$POLICY" <<'PYEOF'
import math, sys
rows = {}
for line in open(sys.argv[1]):
    k, kind, impl, v = line.split()
    rows.setdefault(k, {}).setdefault((kind, impl), []).append(float(v))
print(f"policy {sys.argv[2]}; seconds (minimum over repetitions); ratio = interlock / python3")
print(f"{'kernel':10} {'warm py':>9} {'warm il':>9} {'ratio':>6}   {'cold py':>8} {'cold il':>8} {'ratio':>6}")
wr, cr = [], []
for k, d in rows.items():
    med = {key: min(v) for key, v in d.items()}
    w = med[('warm', 'il')] / med[('warm', 'py')]
    c = med[('cold', 'il')] / med[('cold', 'py')]
    if not math.isnan(w): wr.append(w)
    if not math.isnan(c): cr.append(c)
    print(f"{k:10} {med[('warm','py')]:9.4f} {med[('warm','il')]:9.4f} {w:6.2f}   "
          f"{med[('cold','py')]:8.3f} {med[('cold','il')]:8.3f} {c:6.2f}")
g = lambda xs: math.exp(sum(map(math.log, xs)) / len(xs)) if xs else float('nan')
print(f"{'geomean':10} {'':9} {'':9} {g(wr):6.2f}   {'':8} {'':8} {g(cr):6.2f}")
PYEOF
