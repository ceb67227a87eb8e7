package org.conelab.sweep.folder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.conelab.api.chart.LineChart;
import org.conelab.api.chart.Series;
import org.conelab.sweep.spec.Axis;
import org.conelab.sweep.spec.Plot;
import org.conelab.sweep.spec.Point;
import org.conelab.sweep.spec.SweepSpec;

/**
 * The charts of {@code sweep.plot = FINDING vs KEY}: per combination of the other swept keys, a
 * line through the mean of the finding's measured values at each value of KEY, and vertical
 * error bars of ±1 sample standard deviation over the points that share it (the replicates).
 * The bars are a series of their own whose segments are separated by NaN gaps, which the
 * platform's line charts leave undrawn. A KEY whose values do not start with a number is
 * plotted against their position 1, 2, …. The horizontal axis is logarithmic for a
 * {@code log} range; the vertical one when the means are positive and span more than
 * {@value #LOG_Y_DECADES} decades.
 */
final class SweepCharts {

    static final double LOG_Y_DECADES = 3;

    /** A chart and the table of its values (KEY, series, mean, sd, count), or why it could not be drawn. */
    record Drawn(LineChart chart, String table, String problem) {
    }

    private SweepCharts() {
    }

    /** @return the file-name stem of a plot, {@code sweep-<finding>-vs-<key>} */
    static String stem(Plot plot) {
        return ("sweep-" + plot.finding() + "-vs-" + plot.key()).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * @param spec the sweep
     * @param points the finished points, in index order
     * @param findings their findings by index
     */
    static Drawn draw(SweepSpec spec, Plot plot, List<Point> points, Map<Integer, List<FindingsFile.Row>> findings) {
        Optional<String> column = column(plot.finding(), points, findings);
        if (column.isEmpty()) {
            return new Drawn(null, "", "sweep.plot: no finding '" + plot.finding() + "' (or more than one) in the points' findings; give analyzer.finding");
        }
        Axis axis = spec.axes().stream().filter(a -> a.key().equals(plot.key())).findFirst().orElseThrow();
        boolean numeric = axis.values().stream().allMatch(v -> leadingNumber(v).isPresent());
        // series label → value of KEY → measured values
        Map<String, Map<String, List<Double>>> groups = new LinkedHashMap<>();
        for (Point p : points) {
            String label = p.swept().entrySet().stream().filter(e -> !e.getKey().equals(plot.key()))
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
            double value = findings.get(p.index()).stream().filter(r -> r.column().equals(column.get())).findFirst()
                    .flatMap(r -> leadingNumber(r.measured())).orElse(Double.NaN);
            groups.computeIfAbsent(label.isEmpty() ? column.get() : label, l -> new LinkedHashMap<>())
                    .computeIfAbsent(p.swept().get(plot.key()), v -> new ArrayList<>()).add(value);
        }
        List<Series> series = new ArrayList<>();
        StringBuilder table = new StringBuilder(plot.key() + ",series,mean,sd,count\n");
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        boolean positive = true;
        for (Map.Entry<String, Map<String, List<Double>>> group : groups.entrySet()) {
            List<double[]> rows = new ArrayList<>();
            for (Map.Entry<String, List<Double>> at : group.getValue().entrySet()) {
                double x = numeric ? leadingNumber(at.getKey()).orElseThrow() : axis.values().indexOf(at.getKey()) + 1;
                double[] stats = stats(at.getValue());
                rows.add(new double[] {x, stats[0], stats[1], stats[2]});
                table.append(SweepIndex.quoted(at.getKey())).append(',').append(SweepIndex.quoted(group.getKey())).append(',').append(stats[0]).append(',')
                        .append(stats[1]).append(',').append((int) stats[2]).append('\n');
                if (Double.isFinite(stats[0])) {
                    positive &= stats[0] > 0;
                    smallest = Math.min(smallest, Math.abs(stats[0]));
                    largest = Math.max(largest, Math.abs(stats[0]));
                }
            }
            series.add(new Series(group.getKey(), rows.stream().mapToDouble(r -> r[0]).toArray(), rows.stream().mapToDouble(r -> r[1]).toArray()));
            if (rows.stream().anyMatch(r -> r[3] > 1)) {
                series.add(errorBars(group.getKey(), rows));
            }
        }
        boolean logY = positive && largest > 0 && Math.log10(largest / smallest) > LOG_Y_DECADES;
        String xLabel = numeric ? plot.key() : plot.key() + " (1 = " + axis.values().get(0) + ", …)";
        String over = spec.replicates() == 1 ? "" : ", mean ± 1 sd over " + spec.replicates() + " replicates";
        LineChart chart = new LineChart(stem(plot), column.get() + " against " + plot.key() + " (" + spec.name() + over + ")", xLabel,
                column.get(), series, logY, axis.logarithmic());
        return new Drawn(chart, table.toString(), null);
    }

    private static Series errorBars(String label, List<double[]> rows) {
        double[] x = new double[3 * rows.size()];
        double[] y = new double[3 * rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            double[] r = rows.get(k);
            x[3 * k] = r[0];
            x[3 * k + 1] = r[0];
            x[3 * k + 2] = r[0];
            y[3 * k] = r[1] - r[2];
            y[3 * k + 1] = r[1] + r[2];
            y[3 * k + 2] = Double.NaN;
        }
        return new Series(label + " ± 1 sd", x, y);
    }

    /** @return mean, sample standard deviation (0 for one value), count of the finite values; NaN, NaN, 0 for none */
    static double[] stats(List<Double> values) {
        double[] finite = values.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new double[] {Double.NaN, Double.NaN, 0};
        }
        double mean = 0;
        for (double v : finite) {
            mean += v / finite.length;
        }
        double squares = 0;
        for (double v : finite) {
            squares += (v - mean) * (v - mean);
        }
        double sd = finite.length == 1 ? 0 : Math.sqrt(squares / (finite.length - 1));
        return new double[] {mean, sd, finite.length};
    }

    private static Optional<String> column(String finding, List<Point> points, Map<Integer, List<FindingsFile.Row>> findings) {
        List<String> matches = points.stream().flatMap(p -> findings.get(p.index()).stream()).map(FindingsFile.Row::column)
                .filter(c -> c.equals(finding) || c.endsWith("." + finding)).distinct().toList();
        if (matches.contains(finding)) {
            return Optional.of(finding);
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** @return the number a value starts with ({@code 0.5} of {@code 0.5 stable}), if it does */
    static Optional<Double> leadingNumber(String value) {
        String first = value.strip().split("\\s+")[0];
        try {
            return Optional.of(Double.parseDouble(first));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
