package org.conelab.analyzer.lightcone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.chart.Series;

/**
 * The Lieb–Robinson side of the light cone, for kernels with exponential decay instead of a
 * finite range: measured constants, not a verdict (the paper gives no values for C, ξ, v).
 *
 * <p>Findings, per operator X = A (A^t = (KW)^t) and X = J (J_t = (I − ηKW)^t), from the joint
 * fit of {@link LiebRobinsonFit} over all steps: {@code lr_velocity_X} (v, nodes/step),
 * {@code lr_xi_X} (ξ, nodes), {@code lr_logC_X} (ln C), each with a {@code …_stderr} finding
 * (the least-squares standard error), and {@code lr_fit_rms_X}, the residual spread in units of
 * ln|X|. A fit that is impossible reports NaN and says why in the unit. The speed of each
 * ε-front of J_t is the least-squares slope of the front against t.
 *
 * <p>A negative fitted slope is not a speed: it is reported as a <em>recession</em>, a positive
 * rate under the name {@code lr_recession_X} or {@code front_recession_ε} instead of
 * {@code lr_velocity_X} or {@code front_speed_ε}.
 */
final class DecayingCone {

    /** Unit of the fitted ln C. */
    private static final String LOG_UNIT = "ln";

    private DecayingCone() {
    }

    static List<Finding> findings(String suffix, TailScan scan) {
        List<Finding> findings = new ArrayList<>();
        for (TailFit tail : List.of(scan.power(), scan.response())) {
            findings.addAll(fitFindings(suffix, tail.operator(), tail.fit()));
        }
        for (int e = 0; e < scan.thresholds().length; e++) {
            double slope = slope(scan.fronts()[e]);
            findings.add(Finding.info(movement("front", slope) + "_" + epsilon(scan.thresholds()[e]) + suffix,
                    Math.abs(slope), "nodes/step"));
        }
        return findings;
    }

    /** @return the findings of one fit: v (or the recession rate), ξ, ln C with their errors, and the spread */
    static List<Finding> fitFindings(String suffix, String operator, LiebRobinsonFit fit) {
        String why = fit.fitted() ? "" : " (" + fit.failure() + ")";
        String speed = movement("lr", fit.velocity()) + "_" + operator;
        return List.of(
                Finding.info(speed + suffix, Math.abs(fit.velocity()), "nodes/step" + why),
                Finding.info(speed + "_stderr" + suffix, fit.velocityStderr(), "nodes/step"),
                Finding.info("lr_xi_" + operator + suffix, fit.xi(), "nodes" + why),
                Finding.info("lr_xi_" + operator + "_stderr" + suffix, fit.xiStderr(), "nodes"),
                Finding.info("lr_logC_" + operator + suffix, fit.logC(), LOG_UNIT + why),
                Finding.info("lr_logC_" + operator + "_stderr" + suffix, fit.logCStderr(), LOG_UNIT),
                Finding.info("lr_fit_rms_" + operator + suffix, fit.rms(), LOG_UNIT));
    }

    /** @return {@code prefix_velocity}/{@code front_speed}, or {@code prefix_recession} when the slope is negative */
    private static String movement(String prefix, double slope) {
        if (slope < 0) {
            return prefix + "_recession";
        }
        return prefix.equals("front") ? "front_speed" : prefix + "_velocity";
    }

    private static String epsilon(double threshold) {
        return String.format(Locale.ROOT, "%.0e", threshold).replace("e-0", "e-");
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

    /** @return the smallest front threshold, the level of the drawn contour */
    static double contourLevel(TailScan scan) {
        return scan.thresholds()[scan.thresholds().length - 1];
    }

    /**
     * @return the fitted J_t bound's ε-contour d = ξ·(ln C − ln ε) + v·t at ε = {@link #contourLevel}
     *     for a heat map (both sides when positions are signed), none when there is no fit
     */
    static List<Series> contourLines(int steps, TailScan scan, boolean signed) {
        LiebRobinsonFit fit = scan.response().fit();
        if (!fit.fitted()) {
            return List.of();
        }
        return ConeCharts.coneLines(String.format(Locale.ROOT, "fitted Lieb–Robinson bound of J_t at %.0e", contourLevel(scan)),
                steps, fit.contourOffset(contourLevel(scan)), fit.velocity(), signed);
    }

    /** @return the largest distance the contour reaches by step T, or {@code fallback} without a fit */
    static long contourReach(int steps, TailScan scan, int fallback) {
        LiebRobinsonFit fit = scan.response().fit();
        double offset = fit.contourOffset(contourLevel(scan));
        double reach = Math.max(offset, offset + steps * fit.velocity());
        return fit.fitted() && reach > 0 ? (long) Math.ceil(reach) : fallback;
    }

    /** @return the ε-fronts of one loss and the fitted contour at the smallest ε, as chart series */
    static List<Series> frontSeries(String lossId, TailScan scan) {
        List<Series> series = new ArrayList<>();
        for (int e = 0; e < scan.thresholds().length; e++) {
            series.add(ConeCharts.frontSeries(String.format(Locale.ROOT, "%s, |J| ≥ %.0e", lossId, scan.thresholds()[e]),
                    scan.fronts()[e]));
        }
        LiebRobinsonFit fit = scan.response().fit();
        if (fit.fitted()) {
            int steps = scan.fronts()[0].length - 1;
            series.add(ConeCharts.line(String.format(Locale.ROOT, "%s, fitted bound = %.0e", lossId, contourLevel(scan)),
                    steps, fit.contourOffset(contourLevel(scan)), fit.velocity()));
        }
        return series;
    }

    /**
     * The {@code front} table: per step, each loss's ε-fronts of J_t, then the relative fronts
     * r_t of A^t and J_t beyond which the fits take their samples ({@link ConeTail}).
     */
    static Table table(List<String> lossIds, List<TailScan> scans) {
        List<String> columns = new ArrayList<>(List.of("t"));
        for (int s = 0; s < scans.size(); s++) {
            for (double eps : scans.get(s).thresholds()) {
                columns.add(String.format(Locale.ROOT, "front_%s_%.0e", lossIds.get(s), eps));
            }
            columns.add("tail_from_A_" + lossIds.get(s));
            columns.add("tail_from_J_" + lossIds.get(s));
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
                row[c++] = scan.power().tail().front()[t];
                row[c++] = scan.response().tail().front()[t];
            }
            rows.add(row);
        }
        return new Table("front", columns, rows);
    }

    /** The fitted constants of each fit, in the order of {@link #fitTable}'s columns after the loss. */
    private static final List<String> FIT_COLUMNS = List.of("logC", "logC_stderr", "xi", "xi_stderr", "v", "v_stderr",
            "logC_bound", "rms", "r2", "samples");

    /**
     * The {@code lieb-robinson} table: one row for the fits over all steps (from_step = 1) and
     * one for the late steps; per loss and operator X ∈ {A, J} the columns
     * {@code X_<loss>_logC, …_logC_stderr, …_xi, …_xi_stderr, …_v, …_v_stderr} (v &lt; 0: recession),
     * {@code …_logC_bound} (ln of the C that bounds every sample with the fitted ξ, v),
     * {@code …_rms}, {@code …_r2} and {@code …_samples}; NaN where there is no fit.
     */
    static Table fitTable(List<String> lossIds, List<TailScan> scans) {
        List<String> columns = new ArrayList<>(List.of("from_step"));
        for (int s = 0; s < scans.size(); s++) {
            for (TailFit tail : List.of(scans.get(s).power(), scans.get(s).response())) {
                for (String quantity : FIT_COLUMNS) {
                    columns.add(tail.operator() + "_" + lossIds.get(s) + "_" + quantity);
                }
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (boolean late : new boolean[] {false, true}) {
            double[] row = new double[columns.size()];
            row[0] = late ? scans.get(0).response().lateFrom() : 1;
            int c = 1;
            for (TailScan scan : scans) {
                for (TailFit tail : List.of(scan.power(), scan.response())) {
                    LiebRobinsonFit fit = late ? tail.lateFit() : tail.fit();
                    double[] values = {fit.logC(), fit.logCStderr(), fit.xi(), fit.xiStderr(), fit.velocity(),
                        fit.velocityStderr(), fit.logCBound(), fit.rms(), fit.r2(), fit.samples()};
                    System.arraycopy(values, 0, row, c, values.length);
                    c += values.length;
                }
            }
            rows.add(row);
        }
        return new Table("lieb-robinson", columns, rows);
    }
}
