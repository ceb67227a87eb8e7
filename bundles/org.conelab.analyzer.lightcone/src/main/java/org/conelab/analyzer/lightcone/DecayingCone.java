package org.conelab.analyzer.lightcone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.chart.Series;

/**
 * The Lieb–Robinson side of the light cone, for kernels with exponential decay instead of a
 * finite range: measured constants, not a verdict. Finite data always fit such a bound with
 * large enough constants; what the platform reports is how tight v is for ξ = factor·ξ₀
 * (v = 0 means the static tail exp(−d/ξ) already bounds every J_t), whether v over the late
 * steps is smaller than over all steps (a front that slows down) or not (a linear cone), and the
 * speed of each ε-front, fitted by least squares.
 */
final class DecayingCone {

    private DecayingCone() {
    }

    static List<Finding> findings(String suffix, TailScan scan) {
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.info("lr_velocity" + suffix, scan.velocity(), "nodes/step"));
        findings.add(Finding.info("lr_velocity_late" + suffix, scan.lateVelocity(), "nodes/step"));
        findings.add(Finding.info("lr_xi" + suffix, scan.xi(), "nodes"));
        for (int e = 0; e < scan.thresholds().length; e++) {
            String eps = String.format(Locale.ROOT, "%.0e", scan.thresholds()[e]).replace("e-0", "e-");
            findings.add(Finding.info("front_speed_" + eps + suffix, slope(scan.fronts()[e]), "nodes/step"));
        }
        return findings;
    }

    /** @return the least-squares slope of front[t] against t (with intercept), NaN for T = 0 */
    static double slope(int[] front) {
        int m = front.length;
        if (m < 2) {
            return Double.NaN;
        }
        double meanT = (m - 1) / 2.0;
        double meanF = 0;
        for (int f : front) {
            meanF += (double) f / m;
        }
        double num = 0;
        double den = 0;
        for (int t = 0; t < m; t++) {
            num += (t - meanT) * (front[t] - meanF);
            den += (t - meanT) * (t - meanT);
        }
        return num / den;
    }

    /** @return the bound's ε-contour d = v·t + ξ·ln(1/ε) for the smallest threshold */
    static double contourOffset(TailScan scan) {
        double[] eps = scan.thresholds();
        return scan.xi() * Math.log(1 / eps[eps.length - 1]);
    }

    /** @return the ε-fronts of one loss as chart series */
    static List<Series> frontSeries(String lossId, TailScan scan) {
        List<Series> series = new ArrayList<>();
        for (int e = 0; e < scan.thresholds().length; e++) {
            series.add(ConeCharts.frontSeries(String.format(Locale.ROOT, "%s, |J| ≥ %.0e", lossId, scan.thresholds()[e]),
                    scan.fronts()[e]));
        }
        return series;
    }

    /** The {@code front} table: per step, each loss's ε-fronts. */
    static Table table(List<String> lossIds, List<TailScan> scans) {
        List<String> columns = new ArrayList<>(List.of("t"));
        for (int s = 0; s < scans.size(); s++) {
            for (double eps : scans.get(s).thresholds()) {
                columns.add(String.format(Locale.ROOT, "front_%s_%.0e", lossIds.get(s), eps));
            }
        }
        int steps = scans.get(0).fronts()[0].length - 1;
        List<double[]> rows = new ArrayList<>();
        for (int t = 0; t <= steps; t++) {
            double[] row = new double[columns.size()];
            row[0] = t;
            int c = 1;
            for (TailScan scan : scans) {
                for (int[] front : scan.fronts()) {
                    row[c++] = front[t];
                }
            }
            rows.add(row);
        }
        return new Table("front", columns, rows);
    }
}
