package org.conelab.analyzer.lightcone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conelab.api.chart.HeatMap;
import org.conelab.api.chart.LineChart;
import org.conelab.api.chart.Series;
import org.conelab.api.solver.ResponseColumns;

/**
 * The light-cone pictures: a heat map of log10|J_t(i, j)| over (position, t) with cone lines
 * drawn on it, and fronts against t.
 */
final class ConeCharts {

    private ConeCharts() {
    }

    /**
     * @param name the chart's file-name stem
     * @param title the chart's title
     * @param columns the response columns
     * @param positions the horizontal coordinate of each node: i − j on a chain, d(i, j) elsewhere
     * @param halfWidth the heat map spans positions −halfWidth … halfWidth (0 … halfWidth when
     *     positions are distances)
     * @param signed whether positions can be negative
     * @param overlays lines drawn over the map, in (position, t) coordinates
     * @return the heat map; exact zeros are left blank
     */
    static HeatMap heatMap(String name, String title, ResponseColumns columns, int[] positions, int halfWidth, boolean signed,
            List<Series> overlays) {
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
            Arrays.fill(values[t], Double.NaN);
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
        return new HeatMap(name, title, signed ? "i − j" : "d(i, j)", "step t", "log10 |J_t(i, j)|", x, y, values, overlays);
    }

    /**
     * @return the line d = offset + slope·t for t = 0 … steps, as (d, t) points for a heat map;
     *     mirrored to negative d too when positions are signed
     */
    static List<Series> coneLines(String label, int steps, double offset, double slope, boolean signed) {
        double[] t = {0, steps};
        List<Series> lines = new ArrayList<>();
        lines.add(new Series(label, new double[] {offset, offset + slope * steps}, t));
        if (signed) {
            lines.add(new Series(label, new double[] {-offset, -offset - slope * steps}, t));
        }
        return lines;
    }

    /** @return the line d = offset + slope·t as (t, d) points for a front chart */
    static Series line(String label, int steps, double offset, double slope) {
        return new Series(label, new double[] {0, steps}, new double[] {offset, offset + slope * steps});
    }

    /** @return one front's positions as (t, front[t]) */
    static Series frontSeries(String label, int[] front) {
        double[] t = new double[front.length];
        double[] f = new double[front.length];
        for (int s = 0; s < front.length; s++) {
            t[s] = s;
            f[s] = front[s];
        }
        return new Series(label, t, f);
    }

    /** @return the heat map's last row, |J_T| by position, as a series (exact zeros are gaps) */
    static Series finalProfile(String label, HeatMap map) {
        double[] last = map.values()[map.values().length - 1];
        double[] magnitude = new double[last.length];
        for (int c = 0; c < last.length; c++) {
            magnitude[c] = Math.pow(10, last[c]);
        }
        return new Series(label, map.x(), magnitude);
    }

    /** @return the profiles of |J_T| by position, one series per loss, on a log scale */
    static LineChart profiles(String xLabel, int steps, List<Series> profiles) {
        return new LineChart("profile", "Influence after T = " + steps + " steps: |J_T(i, j)| by position (gaps: exactly 0)",
                xLabel, "|J_T(i, j)|", profiles, true);
    }

    /** @return the fronts against t */
    static LineChart fronts(String title, List<Series> series) {
        return new LineChart("front", title, "step t", "front d (nodes)", series, false);
    }
}
