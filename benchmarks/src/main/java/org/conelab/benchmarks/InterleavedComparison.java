package org.conelab.benchmarks;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * The comparisons of {@link NativeComparison} measured call by call, for a machine that others
 * load while it measures: in one JVM, A and B of each comparison alternate, one call each
 * (A B, then B A, …), and the figure is the median over the pairs of the ratio A/B. Load that
 * changes over seconds slows both calls of a pair alike and cancels in its ratio, where
 * separate JMH runs minutes apart see different loads.
 *
 * <p>The calls are the JMH benchmark methods themselves, on the state their trial set-up builds
 * (so with the same problems, tilings and agreement checks, {@code @Param} values from the
 * bracket of the name); the invocation and iteration set-ups run before every call, outside the
 * timing, so that every call starts from the same state. Each method is warmed up first; pairs
 * that take long (EJML, the plain loop) are repeated fewer times, so that a comparison takes
 * about a minute and a half.
 *
 * <p>Usage (what {@code benchmarks/native/run.sh --interleaved} does):
 * {@code java … org.conelab.benchmarks.InterleavedComparison [--pairs N] [--warmups N] [--only REGEX]
 * [--settle MS] [--jvms N]}; with {@code --jvms N} (N ≥ 2) the comparisons run in N fresh JVMs in
 * turn and a table of each one's median ratio per JVM ends the output ({@link FreshJvms}).
 */
public final class InterleavedComparison {

    /** A benchmark method on its state, with the set-ups to run before each call. */
    private record Call(Object state, Method method, List<Method> beforeEach, long settleMillis) {

        /** @return the call's wall time, ns, after its set-ups and a pause of {@code settleMillis} */
        long time() throws ReflectiveOperationException {
            for (Method setUp : beforeEach) {
                setUp.invoke(state);
            }
            settle(settleMillis);
            long start = System.nanoTime();
            method.invoke(state);
            return System.nanoTime() - start;
        }
    }

    /**
     * The default pause before each timed call, ms: longer than the idle workers of the call
     * before keep a core busy. libgomp's threads spin on their barrier after a parallel region
     * (GOMP_SPINCOUNT = 300 000 pause instructions by default, several ms on current x86
     * cores) before they sleep; on a 2-core machine a Java call started within that time ran
     * with one core less (R = 4 on two threads: 28.4 ms after a C call against 25.8 ms after a
     * Java one). With the pause, every call, Java or C, starts with the machine's cores idle.
     */
    static final long SETTLE_MILLIS = 20;
    /** The time one comparison's pairs may take, beyond which slow pairs are repeated fewer times. */
    private static final long BUDGET_NANOS = 90_000_000_000L;
    /** A pair that takes longer is warmed up once. */
    private static final long SLOW_PAIR_NANOS = 5_000_000_000L;
    /** The fewest pairs of a comparison. */
    private static final int MIN_PAIRS = 5;

    private final Map<String, Object> states = new LinkedHashMap<>();
    private final long settleMillis;

    private InterleavedComparison(long settleMillis) {
        this.settleMillis = settleMillis;
    }

    public static void main(String[] args) throws ReflectiveOperationException, IOException, InterruptedException {
        int pairs = 15;
        int warmups = 3;
        String only = ".*";
        long settle = SETTLE_MILLIS;
        int jvms = 1;
        List<String> childArguments = new ArrayList<>();
        for (int k = 0; k < args.length; k += 2) {
            String value = k + 1 < args.length ? args[k + 1] : "";
            switch (args[k]) {
                case "--pairs" -> pairs = Integer.parseInt(value);
                case "--warmups" -> warmups = Integer.parseInt(value);
                case "--only" -> only = value;
                case "--settle" -> settle = Long.parseLong(value);
                case "--jvms" -> jvms = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[k]
                        + ": --pairs N, --warmups N, --only REGEX, --settle MS, --jvms N");
            }
            if (!args[k].equals("--jvms")) {
                childArguments.addAll(List.of(args[k], value));
            }
        }
        if (jvms < 1) {
            throw new IllegalArgumentException("--jvms must be at least 1, got " + jvms);
        }
        if (jvms > 1) {
            FreshJvms.run(jvms, childArguments);
            return;
        }
        NativeReference.require();
        System.out.println("# machine: " + Machine.describe());
        NativeReference.printDescription();
        Machine.printTilings();
        System.out.println("# each call after its set-ups and a pause of " + settle + " ms (--settle)");
        InterleavedComparison runner = new InterleavedComparison(settle);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-58s %11s %11s %9s %9s %8s %s%n",
                "comparison A/B (interleaved pairs)", "A ms", "B ms", "ratio", "q1-q3", "target", "met"));
        for (NativeComparison.Comparison c : NativeComparison.COMPARISONS) {
            if (!c.label().matches(only) && !c.numerator().matches(only) && !c.denominator().matches(only)) {
                continue;
            }
            String row = runner.compare(c, pairs, warmups);
            table.append(row);
            // each row as soon as it is measured, so that a run cut short still tells what it found
            System.out.print("# " + row);
            System.out.println("# (" + Machine.loadAverages() + ")");
        }
        System.out.println();
        System.out.print(table);
    }

    /** @return one line of the table: median times, median ratio and its quartiles, target */
    private String compare(NativeComparison.Comparison c, int pairs, int warmups) throws ReflectiveOperationException {
        // keep only the states of this benchmark class alive: those of n = 10⁷ take gigabytes
        String type = c.numerator().substring(0, c.numerator().lastIndexOf('.') + 1);
        states.keySet().removeIf(key -> !key.startsWith(type));
        Call a = call(c.numerator());
        Call b = call(c.denominator());
        long pairTime = 0;
        for (int k = 0; k < warmups && pairTime < SLOW_PAIR_NANOS; k++) {
            // a call of seconds is compiled during its first run: one warm-up is enough
            pairTime = a.time() + b.time();
        }
        // slow pairs (EJML, the plain loop: many seconds each) fewer times, at least MIN_PAIRS
        int count = (int) Math.max(MIN_PAIRS, Math.min(pairs, BUDGET_NANOS / Math.max(pairTime, 1)));
        double[] timesA = new double[count];
        double[] timesB = new double[count];
        double[] ratios = new double[count];
        for (int k = 0; k < count; k++) {
            // alternate which goes first, so that neither is always the one after the other
            boolean aFirst = k % 2 == 0;
            long first = aFirst ? a.time() : b.time();
            long second = aFirst ? b.time() : a.time();
            timesA[k] = (aFirst ? first : second) / 1e6;
            timesB[k] = (aFirst ? second : first) / 1e6;
            ratios[k] = timesA[k] / timesB[k];
        }
        double ratio = quantile(ratios, 0.5);
        return String.format(Locale.ROOT, "%-58s %11.2f %11.2f %9.3f %4.2f-%4.2f %8s %s%n", c.label(),
                quantile(timesA, 0.5), quantile(timesB, 0.5), ratio, quantile(ratios, 0.25), quantile(ratios, 0.75),
                c.targetText(), c.metText(ratio));
    }

    /** @param name {@code class.method} or {@code class.method[param]}, as in {@link NativeComparison} */
    private Call call(String name) throws ReflectiveOperationException {
        int bracket = name.indexOf('[');
        String qualified = bracket < 0 ? name : name.substring(0, bracket);
        String param = bracket < 0 ? null : name.substring(bracket + 1, name.length() - 1);
        int dot = qualified.lastIndexOf('.');
        Class<?> type = Class.forName(qualified.substring(0, dot));
        Object state = states.computeIfAbsent(qualified.substring(0, dot + 1) + "[" + param + "]",
                key -> newState(type, param));
        List<Method> beforeEach = new ArrayList<>();
        for (Method m : type.getMethods()) {
            Setup setup = m.getAnnotation(Setup.class);
            if (setup != null && setup.value() != Level.Trial) {
                beforeEach.add(m);
            }
        }
        return new Call(state, type.getMethod(qualified.substring(dot + 1)), beforeEach, settleMillis);
    }

    /** @return a benchmark state with its {@code @Param} field set and its trial set-ups run */
    private static Object newState(Class<?> type, String param) {
        try {
            Object state = type.getConstructor().newInstance();
            if (param != null) {
                // the benchmarks compared here have at most one @Param field
                Arrays.stream(type.getFields()).filter(f -> f.isAnnotationPresent(org.openjdk.jmh.annotations.Param.class))
                        .findFirst().orElseThrow().set(state, param);
            }
            for (Method m : type.getMethods()) {
                Setup setup = m.getAnnotation(Setup.class);
                if (setup != null && setup.value() == Level.Trial) {
                    m.invoke(state);
                }
            }
            return state;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("set-up of " + type.getSimpleName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void settle(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while settling", e);
        }
    }

    /** @return the p-quantile of the values, interpolated linearly between order statistics */
    static double quantile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = p * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }
}
