#!/bin/sh
# Runs every MeshNAT benchmark once and prints one table: figure, value,
# target, whether it is met, and the baseline measured in the same run
# (wc -l, TextFSM, the previous build) where a benchmark has one.
#
#   tests/bench/run_all.sh [BUILD_DIR]        default BUILD_DIR: build
#   MESHNAT_BENCH_ONLY='bench_graph bench_startup' tests/bench/run_all.sh
#
# Benchmarks print their own human-readable lines (kept in BUILD_DIR/bench-logs)
# and one `BENCH<TAB>figure<TAB>value<TAB>unit<TAB>target<TAB>baseline<TAB>value`
# line per figure (tests/bench/BenchReport.h). Timings on a shared machine are
# noisy: compare ratios from one run, not figures from different days.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
bench="$build/tests/bench"
[ -d "$bench" ] || { echo "run_all.sh: no $bench (configure and build first)" >&2; exit 2; }
if [ -f "$build/build.ninja" ]; then
    targets=$(cd "$bench" && ls -d bench_*_autogen 2>/dev/null | sed 's/_autogen$//' | tr '\n' ' ')
    [ -n "$targets" ] && ninja -C "$build" $targets >/dev/null
fi
logs="$build/bench-logs"
mkdir -p "$logs"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
all=$(mktemp)
trap 'rm -f "$all"' EXIT INT TERM
only=${MESHNAT_BENCH_ONLY:-}
for exe in "$bench"/bench_* "$here"/bench_*.sh; do
    [ -x "$exe" ] && [ -f "$exe" ] || continue
    name=$(basename "$exe" .sh)
    if [ -n "$only" ]; then
        case " $only " in *" $name "*) ;; *) continue ;; esac
    fi
    echo "running $name ..." >&2
    start=$(date +%s)
    if ! MESHNAT_BUILD_DIR="$build" "$exe" >"$logs/$name.log" 2>&1; then
        echo "  $name failed (see $logs/$name.log)" >&2
        printf 'BENCH\t%s: FAILED\t0\t-\t\t\t\n' "$name" >>"$all"
    fi
    echo "  $(( $(date +%s) - start )) s" >&2
    grep '^BENCH	' "$logs/$name.log" | sed "s/^BENCH	/BENCH	$name	/" >>"$all" || true
done
awk -F '\t' '
# "<=N" / ">=N" test the value; "<=Nx" means within N times the baseline
# (value/baseline <= N), ">=Nx" at least N times faster (baseline/value >= N).
function met(v, t, b,   op, n, x) {
    if (t == "") return "";
    op = substr(t, 1, 2); n = substr(t, 3); x = (n ~ /x$/); sub(/[^0-9.]+$/, "", n);
    if (x) {
        if (b + 0 == 0 || v + 0 == 0) return "?";
        v = (op == "<=") ? v / b : b / v;
    }
    if (op == "<=") return (v + 0 <= n + 0) ? "yes" : "NO";
    if (op == ">=") return (v + 0 >= n + 0) ? "yes" : "NO";
    return "?";
}
BEGIN {
    printf "%-16s %-46s %12s %-6s %-9s %-4s %s\n", "benchmark", "figure", "value", "unit", "target", "met", "baseline (same run)";
}
{
    base = "";
    if ($7 != "" && $8 + 0 != 0) {
        r = $4 / $8;
        base = (r < 1 && r > 0) ? sprintf("%s %s: value is 1/%.0f of it", $7, $8, 1 / r) : sprintf("%s %s: value is %.1fx it", $7, $8, r);
    }
    printf "%-16s %-46s %12s %-6s %-9s %-4s %s\n", $2, $3, $4, $5, $6, met($4, $6, $8), base;
    if (met($4, $6, $8) == "NO") missed++;
}
END { printf "\n%d figures, %d targets missed\n", NR, missed + 0 }' "$all"
