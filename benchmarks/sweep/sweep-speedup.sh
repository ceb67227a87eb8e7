#!/usr/bin/env bash
# The speed-up of a sweep's points run at once (sweep.parallel = P) over the same points one
# after another (sweep.parallel = 1), measured side by side in one platform (one JVM): a
# warm-up sweep first (discarded), then ROUNDS pairs, sequential and parallel alternating, each
# into a fresh folder. Prints every sweep's own time (the 'took' line: points only, not the
# platform's start), the medians and their ratio, and the machine (lscpu, load average).
#
#   benchmarks/sweep/sweep-speedup.sh [ROUNDS (default 3)] [P (default 2)] [FILE (default benchmarks/sweep/sweep-16.properties)]
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
rounds="${1:-3}"
parallel="${2:-2}"
file="$(readlink -f "${3:-$root/benchmarks/sweep/sweep-16.properties}")"
work="$(mktemp -d -t conelab-sweep-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

{
  echo "conelab:sweep $file output=$work/warmup sweep.parallel=$parallel"
  for ((r = 1; r <= rounds; r++)); do
    echo "conelab:sweep $file output=$work/seq-$r sweep.parallel=1"
    echo "conelab:sweep $file output=$work/par-$r sweep.parallel=$parallel"
  done
  echo "exit"
} > "$work/script.txt"

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$root/conelab" shell < "$work/script.txt" > "$work/out.txt" 2>&1 || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

mapfile -t took < <(sed -n 's/^ *took *\([0-9.]*\) s$/\1/p' "$work/out.txt")
if (( ${#took[@]} != 2 * rounds + 1 )); then
  echo "expected $((2 * rounds + 1)) sweeps, found ${#took[@]}; the shell's output:" >&2
  cat "$work/out.txt" >&2
  exit 1
fi
seq=() par=()
for ((r = 0; r < rounds; r++)); do
  seq+=("${took[$((1 + 2 * r))]}")
  par+=("${took[$((2 + 2 * r))]}")
  echo "round $((r + 1)): sequential ${seq[$r]} s, parallel ($parallel at once) ${par[$r]} s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
ms="$(median "${seq[@]}")"
mp="$(median "${par[@]}")"
awk -v s="$ms" -v p="$mp" -v n="$parallel" 'BEGIN {printf "median: sequential %.2f s, parallel %.2f s, speed-up %.2fx with %d points at once\n", s, p, s / p, n}'
