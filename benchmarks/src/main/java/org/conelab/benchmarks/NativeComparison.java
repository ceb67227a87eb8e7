package org.conelab.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The banded solver beside its native reference: runs the Java and C benchmarks of
 * {@link EvolveTridiagonalBenchmark}, {@link BandedR4Benchmark}, {@link SolveBenchmark} and
 * {@link ExtremesBenchmark} (and the plain loop, EJML and banded-scalar of the README's speed-ups)
 * side by side in several rounds (each round one JMH run of all of
 * them, Java and C back to back on the same data), and prints, per comparison, the times and the
 * ratio A/B of every round with its median (A, B: the two times, medians over the rounds),
 * against the targets. The set-ups fail the
 * run when Java and C disagree.
 *
 * <p>Usage (what {@code benchmarks/native/run.sh} does):
 * {@code java --add-modules jdk.incubator.vector -Dconelab.native.library=LIB -cp benchmarks.jar
 * org.conelab.benchmarks.NativeComparison [--rounds N] [--warmups N] [--iterations N] [--out DIR] [--only REGEX]}
 */
public final class NativeComparison {

    /** A ratio to report: numerator over denominator, at most (or, for a speed-up, at least) the target. */
    record Comparison(String label, String numerator, String denominator, double target, boolean atLeast) {

        /** @return whether this comparison has a target (a reported ratio without one has target 0) */
        boolean hasTarget() {
            return target != 0;
        }

        /** @return whether {@code ratio} meets the target */
        boolean met(double ratio) {
            return atLeast ? ratio >= target : ratio <= target;
        }

        /** @return the target as a column of the tables, "≤ 1.1" or "≥ 1.8", or "" */
        String targetText() {
            return hasTarget() ? (atLeast ? "≥ " : "≤ ") + target : "";
        }

        /** @return "yes" or "NO" for {@code ratio} against the target, or "" */
        String metText(double ratio) {
            return hasTarget() ? met(ratio) ? "yes" : "NO" : "";
        }
    }

    private static final String EVOLVE = EvolveTridiagonalBenchmark.class.getName() + ".";
    private static final String R4 = BandedR4Benchmark.class.getName() + ".";
    private static final String SOLVE = SolveBenchmark.class.getName() + ".";
    private static final String EXTREMES = ExtremesBenchmark.class.getName() + ".";

    static final List<Comparison> COMPARISONS = List.of(
            new Comparison("evolve tri-diagonal n=1e7, 256 steps, 1 thread: Java/C", EVOLVE
                    + "bandedTemporalBlockingOneThread", EVOLVE + "nativeOneThread", 1.1, false),
            new Comparison("evolve tri-diagonal n=1e7, 256 steps, 2 threads: Java/C", EVOLVE
                    + "bandedTemporalBlockingTwoThreads", EVOLVE + "nativeTwoThreads", 1.1, false),
            new Comparison("evolve tri-diagonal: Java 1 thread / 2 threads", EVOLVE + "bandedTemporalBlockingOneThread",
                    EVOLVE + "bandedTemporalBlockingTwoThreads", 1.8, true),
            new Comparison("evolve tri-diagonal: C 1 thread / 2 threads", EVOLVE + "nativeOneThread",
                    EVOLVE + "nativeTwoThreads", 0, true),
            new Comparison("evolve banded R=4 n=1e6, 32 steps, 1 thread: Java/C", R4 + "simdEvolve",
                    R4 + "nativeEvolve", 1.1, false),
            new Comparison("evolve banded R=4 n=1e6, 32 steps, 2 threads: Java/C", R4 + "simdEvolveTwoThreads",
                    R4 + "nativeEvolveTwoThreads", 1.1, false),
            new Comparison("evolve banded R=4: Java 1 thread / 2 threads", R4 + "simdEvolve",
                    R4 + "simdEvolveTwoThreads", 1.8, true),
            new Comparison("evolve banded R=4: C 1 thread / 2 threads", R4 + "nativeEvolve",
                    R4 + "nativeEvolveTwoThreads", 0, true),
            new Comparison("Thomas solve n=1e7: Java/C", SOLVE + "bandedThomas", SOLVE + "nativeThomas", 1.2, false),
            new Comparison("Sturm extremes n=1e6, W = I: Java/C", EXTREMES + "sturmExtremes[uniform]",
                    EXTREMES + "nativeSturmExtremes[uniform]", 1.2, false),
            new Comparison("Sturm extremes n=1e6, IS weights: Java/C", EXTREMES + "sturmExtremes[heteroscedastic]",
                    EXTREMES + "nativeSturmExtremes[heteroscedastic]", 1.2, false),
            // the speed-ups of the README's table, measured in the same runs
            new Comparison("evolve tri-diagonal: plain scalar loop / Java 1 thread", EVOLVE + "plainScalarLoop",
                    EVOLVE + "bandedTemporalBlockingOneThread", 0, true),
            new Comparison("evolve tri-diagonal: plain scalar loop / Java 2 threads", EVOLVE + "plainScalarLoop",
                    EVOLVE + "bandedTemporalBlockingTwoThreads", 5, true),
            new Comparison("evolve tri-diagonal: EJML CSC product / Java 2 threads", EVOLVE + "ejmlSparseProduct",
                    EVOLVE + "bandedTemporalBlockingTwoThreads", 10, true),
            new Comparison("evolve banded R=4: banded-scalar / SIMD, 1 thread", R4 + "scalarEvolve", R4 + "simdEvolve",
                    1.5, true),
            new Comparison("Thomas solve n=1e7: EJML sparse Cholesky / Java", SOLVE + "ejmlSparseCholesky",
                    SOLVE + "bandedThomas", 3, true));

    static final String INCLUDE = "(" + quote(EVOLVE) + "(bandedTemporalBlockingOneThread|bandedTemporalBlockingTwoThreads"
            + "|nativeOneThread|nativeTwoThreads|plainScalarLoop|ejmlSparseProduct)|" + quote(R4)
            + "(simdEvolve|simdEvolveTwoThreads|nativeEvolve|nativeEvolveTwoThreads|scalarEvolve)|" + quote(SOLVE)
            + "(bandedThomas|nativeThomas|ejmlSparseCholesky)|" + quote(EXTREMES) + "(sturmExtremes|nativeSturmExtremes))$";

    private NativeComparison() {
    }

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        int rounds = 3;
        int warmups = 3;
        int iterations = 5;
        Path out = Path.of("benchmarks/results/native");
        String only = null;
        for (int k = 0; k < args.length; k += 2) {
            String value = k + 1 < args.length ? args[k + 1] : "";
            switch (args[k]) {
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--warmups" -> warmups = Integer.parseInt(value);
                case "--iterations" -> iterations = Integer.parseInt(value);
                case "--out" -> out = Path.of(value);
                case "--only" -> only = value;
                default -> throw new IllegalArgumentException("unknown option " + args[k]
                        + ": --rounds N, --warmups N, --iterations N, --out DIR, --only REGEX");
            }
        }
        NativeReference.require();
        Files.createDirectories(out);
        System.out.println("# machine: " + Machine.describe());
        NativeReference.printDescription();
        Machine.printTilings();
        System.out.println("# start: " + Machine.loadAverages());
        List<Map<String, Double>> scores = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            ChainedOptionsBuilder options = new OptionsBuilder().include(only != null ? only : INCLUDE).forks(1)
                    .warmupIterations(warmups).measurementIterations(iterations)
                    .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1))
                    .shouldFailOnError(true)
                    .result(out.resolve("round-" + round + ".json").toString()).resultFormat(ResultFormatType.JSON);
            Collection<RunResult> results = new Runner(options.build()).run();
            Map<String, Double> round1 = new HashMap<>();
            for (RunResult result : results) {
                String name = result.getParams().getBenchmark();
                String kind = result.getParams().getParam("weightsKind");
                round1.put(kind == null ? name : name + "[" + kind + "]", result.getPrimaryResult().getScore());
            }
            scores.add(round1);
            System.out.println("# round " + round + " of " + rounds + " done, " + Machine.loadAverages());
        }
        System.out.println();
        System.out.println(table(scores));
    }

    /** @return the comparisons as a table: times (median), ratio per round, median ratio, target */
    static String table(List<Map<String, Double>> scores) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-58s %11s %11s  %-24s %7s %8s %s%n",
                "comparison A/B", "A ms", "B ms", "ratio per round", "median", "target", "met"));
        for (Comparison c : COMPARISONS) {
            double[] ratios = scores.stream().filter(s -> s.containsKey(c.numerator()) && s.containsKey(c.denominator()))
                    .mapToDouble(s -> s.get(c.numerator()) / s.get(c.denominator())).toArray();
            if (ratios.length == 0) {
                continue;
            }
            double numerator = median(scores.stream().filter(s -> s.containsKey(c.numerator()))
                    .mapToDouble(s -> s.get(c.numerator())).toArray());
            double denominator = median(scores.stream().filter(s -> s.containsKey(c.denominator()))
                    .mapToDouble(s -> s.get(c.denominator())).toArray());
            double median = median(ratios);
            StringBuilder each = new StringBuilder();
            for (double r : ratios) {
                each.append(each.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.3f", r));
            }
            text.append(String.format(Locale.ROOT, "%-58s %11.2f %11.2f  %-24s %7.3f %8s %s%n", c.label(), numerator,
                    denominator, each, median, c.targetText(), c.metText(median)));
        }
        return text.toString();
    }

    private static double median(double[] values) {
        return InterleavedComparison.quantile(values, 0.5);
    }

    private static String quote(String literal) {
        return literal.replace(".", "\\.");
    }
}
