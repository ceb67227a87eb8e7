package org.conelab.analyzer.lightcone;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.chart.HeatMap;
import org.conelab.api.chart.LineChart;
import org.conelab.api.chart.Series;

/**
 * The light-cone pictures: a heat map of log10|J_t(i, j)| over (position, t) with cone lines
 * drawn on it, and fronts against t.
 */
final class ConeCharts {

    private ConeCharts() {
    }

    /** The "below" class of the heat map: non-zero magnitudes a double cannot hold. */
    static final String BELOW_LABEL = "non-zero, below 1e-308 (0 in double)";
    /** The "above" class: magnitudes beyond the double range, or non-finite in the solver. */
    static final String ABOVE_LABEL = "beyond 1e308, or non-finite in the solver";

    /**
     * @param name the chart's file-name stem
     * @param title the chart's title
     * @param grid log10|J_t| by position, wide-range
     * @param signed whether positions can be negative
     * @param overlays lines drawn over the map, in (position, t) coordinates
     * @return the heat map; exact zeros are left blank, the two classes beyond the double range
     *     drawn distinctly
     */
    static HeatMap heatMap(String name, String title, HeatGrid grid, boolean signed, List<Series> overlays) {
        double[] y = new double[grid.values.length];
        for (int t = 0; t < y.length; t++) {
            y[t] = t;
        }
        return new HeatMap(name, title, signed ? "i − j" : "d(i, j)", "step t", "log10 |J_t(i, j)|", grid.x(), y, grid.values,
                overlays, ConeMeasurement.LOG10_MIN_NORMAL, Math.log10(Double.MAX_VALUE), BELOW_LABEL, ABOVE_LABEL);
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

    /**
     * @return the heat map's last row, log10|J_T| by position, as a series; exact zeros and
     *     non-finite solver values are gaps
     */
    static Series finalProfile(String label, HeatMap map) {
        double[] last = map.values()[map.values().length - 1];
        double[] log10 = new double[last.length];
        for (int c = 0; c < last.length; c++) {
            log10[c] = Double.isFinite(last[c]) ? last[c] : Double.NaN;
        }
        return new Series(label, map.x(), log10);
    }

    /**
     * @return the profiles of log10|J_T| by position, one series per loss, wide-range (so that
     *     magnitudes below 1e-308 show instead of vanishing)
     */
    static LineChart profiles(String xLabel, int steps, List<Series> profiles) {
        return new LineChart("profile", "Influence after T = " + steps + " steps: log10 |J_T(i, j)| by position (gaps: exactly 0)",
                xLabel, "log10 |J_T(i, j)|", profiles, false);
    }

    /** @return the fronts against t */
    static LineChart fronts(String title, List<Series> series) {
        return new LineChart("front", title, "step t", "front d (nodes)", series, false);
    }
}
