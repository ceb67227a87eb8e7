#!/bin/sh
# The banded solver beside its native reference, on this machine, in one run:
#   1. builds the C library (build.sh: gcc -O3 -march=native -fopenmp),
#   2. builds the benchmarks jar if it is missing (mvn package, no tests),
#   3. runs org.conelab.benchmarks.NativeComparison: the Java and C benchmarks side by side in
#      JMH, several rounds, failing when Java and C disagree, and prints the ratios.
# Arguments are passed on: --rounds N (3), --warmups N (3), --iterations N (5), --out DIR, --only REGEX.
# Run from anywhere; results go to benchmarks/results/native/ unless --out says otherwise.
# With --interleaved first, runs org.conelab.benchmarks.InterleavedComparison instead: the same
# comparisons call by call, A and B alternating in one JVM (for a machine others load meanwhile);
# its arguments: --pairs N (15), --warmups N (3), --only REGEX, --settle MS (20: the pause before each call),
# --jvms N (1: with N ≥ 2 the same in N fresh JVMs in turn, and a table of each JVM's ratios at the end).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
library=$("$here/build.sh" | tail -n 1)
jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
    (cd "$root" && mvn -B -q package -DskipTests -pl benchmarks -am)
fi
cd "$root"
main=org.conelab.benchmarks.NativeComparison
if [ "${1:-}" = "--interleaved" ]; then
    shift
    main=org.conelab.benchmarks.InterleavedComparison
fi
exec java --add-modules jdk.incubator.vector -Xmx8g -Dconelab.native.library="$library" -cp "$jar" "$main" "$@"
