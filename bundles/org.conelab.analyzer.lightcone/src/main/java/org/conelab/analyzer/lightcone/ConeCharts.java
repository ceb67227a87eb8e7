package org.conelab.analyzer.lightcone;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.chart.HeatMap;
import org.conelab.api.chart.LineChart;
import org.conelab.api.chart.Series;
import org.conelab.api.solver.ResponseColumns;

/**
 * The light-cone pictures: a heat map of log10|J_t(i, j)| over (position, t) with the cone
 * drawn on it, and the front position against t.
 */
final class ConeCharts {

    private ConeCharts() {
    }

    /**
     * @param name the chart's file-name stem
     * @param label the loss and source, for the title
     * @param columns the response columns
     * @param positions the horizontal coordinate of each node: i − j on a chain, d(i, j) elsewhere
     * @param halfWidth the heat map spans positions −halfWidth … halfWidth (0 … halfWidth when
     *     positions are distances)
     * @param signed whether positions can be negative
     * @param range R, for the cone lines
     * @return the heat map; exact zeros are left blank
     */
    static HeatMap heatMap(String name, String label, ResponseColumns columns, int[] positions, int halfWidth, boolean signed, int range) {
        int lo = signed ? -halfWidth : 0;
        int width = halfWidth - lo + 1;
        int steps = columns.steps();
        double[] x = new double[width];
        for (int c = 0; c < width; c++) {
            x[c] = lo + c;
        }
        double[] y = new double[steps + 1];
        double[][] values = new double[steps + 1][width];
        for (int t = 0; t <= steps; t++) {
            y[t] = t;
            java.util.Arrays.fill(values[t], Double.NaN);
            double[] row = columns.values()[t];
            int first = columns.first()[t];
            for (int k = 0; k < row.length; k++) {
                int c = positions[first + k] - lo;
                if (row[k] != 0.0 && c >= 0 && c < width) {
                    // several nodes can share a distance: keep the largest magnitude
                    double log = Math.log10(Math.abs(row[k]));
                    values[t][c] = Double.isNaN(values[t][c]) ? log : Math.max(values[t][c], log);
                }
            }
        }
        return new HeatMap(name, "Light cone of J_t = (I − ηKW)^t, " + label + " (blank: exactly 0)",
                signed ? "i − j" : "d(i, j)", "step t", "log10 |J_t(i, j)|", x, y, values,
                coneLines(steps, range, signed));
    }

    /**
     * @param fronts the front positions by loss label
     * @param range R
     * @return the front position against t, with the cone tR
     */
    static LineChart fronts(List<Series> fronts, int steps, int range) {
        List<Series> series = new ArrayList<>(fronts);
        double[] t = new double[steps + 1];
        double[] cone = new double[steps + 1];
        for (int s = 0; s <= steps; s++) {
            t[s] = s;
            cone[s] = (double) s * range;
        }
        series.add(new Series("cone t·R (R = " + range + ")", t, cone));
        return new LineChart("front", "Front of influence: max d(i, j) with J_t(i, j) ≠ 0", "step t",
                "front (nodes)", series, false);
    }

    /** @return the series of one loss's front positions */
    static Series frontSeries(String label, int[] front) {
        double[] t = new double[front.length];
        double[] f = new double[front.length];
        for (int s = 0; s < front.length; s++) {
            t[s] = s;
            f[s] = front[s];
        }
        return new Series("front, " + label, t, f);
    }

    private static List<Series> coneLines(int steps, int range, boolean signed) {
        double[] t = {0, steps};
        List<Series> lines = new ArrayList<>();
        lines.add(new Series("cone d = tR", new double[] {0, (double) steps * range}, t));
        if (signed) {
            lines.add(new Series("cone d = −tR", new double[] {0, -(double) steps * range}, t));
        }
        return lines;
    }
}
