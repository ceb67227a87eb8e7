package org.conelab.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link InterleavedComparison} in several fresh JVMs, one after the other, and the spread of
 * each comparison's median ratio across them. A JVM's figure depends on more than the code:
 * the order in which C2 compiles (and so inlines) the methods, and where the arrays happen to lie,
 * differ from one JVM to the next and have moved R = 4's ratio by up to 1.19 times; one JVM's
 * quartiles do not show that. Each child runs with this JVM's options and environment
 * ({@code JAVA_TOOL_OPTIONS} included) and the same arguments but {@code --jvms}; its output is
 * passed on, each line prefixed with its number, and a table of the ratios per JVM follows.
 */
final class FreshJvms {

    /** One comparison's median ratio in each JVM, in order. */
    private final Map<NativeComparison.Comparison, List<Double>> ratios = new LinkedHashMap<>();

    private FreshJvms() {
    }

    /**
     * @param jvms the number of child JVMs, ≥ 2
     * @param childArguments the arguments of each child's {@link InterleavedComparison#main}
     */
    static void run(int jvms, List<String> childArguments) throws IOException, InterruptedException {
        FreshJvms spread = new FreshJvms();
        for (int k = 1; k <= jvms; k++) {
            spread.runChild(k, childArguments);
        }
        System.out.println();
        System.out.print(spread.table(jvms));
    }

    private void runChild(int number, List<String> childArguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(InterleavedComparison.class.getName());
        command.addAll(childArguments);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("[jvm " + number + "] " + line);
                lines.add(line);
            }
        }
        int status = child.waitFor();
        if (status != 0) {
            throw new IllegalStateException("JVM " + number + " ended with status " + status + " (its output is above)");
        }
        record(lines);
    }

    /** Takes the median ratio of every comparison in a child's final table (its lines without "# "). */
    private void record(List<String> lines) {
        for (String line : lines) {
            for (NativeComparison.Comparison c : NativeComparison.COMPARISONS) {
                if (line.startsWith(c.label() + " ")) {
                    // after the label: A ms, B ms, ratio, quartiles, target, met
                    String[] fields = line.substring(c.label().length()).trim().split("\\s+");
                    ratios.computeIfAbsent(c, key -> new ArrayList<>()).add(Double.parseDouble(fields[2]));
                }
            }
        }
    }

    private String table(int jvms) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-58s", "comparison A/B, median ratio per fresh JVM"));
        for (int k = 1; k <= jvms; k++) {
            table.append(String.format(Locale.ROOT, " %6s", "jvm " + k));
        }
        table.append(String.format(Locale.ROOT, " %11s %8s %s%n", "range", "target", "met in"));
        for (Map.Entry<NativeComparison.Comparison, List<Double>> row : ratios.entrySet()) {
            NativeComparison.Comparison c = row.getKey();
            List<Double> values = row.getValue();
            StringBuilder each = new StringBuilder();
            for (double ratio : values) {
                each.append(String.format(Locale.ROOT, " %6.3f", ratio));
            }
            long met = values.stream().filter(c::met).count();
            double low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            String metIn = c.hasTarget() ? met + " of " + values.size() : "";
            table.append(String.format(Locale.ROOT, "%-58s%s %5.3f-%5.3f %8s %s%n", c.label(), each, low, high,
                    c.targetText(), metIn));
        }
        return table.toString();
    }
}
