package org.conelab.audit;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.loss.Loss;

/**
 * The audit's own check of §9: the registered loss's gradient and curvature against central
 * finite differences of its value, and the IS curvature at f = y against 1/y², over targets
 * spread over twelve decades. Rows in the findings.csv format, analyzer {@code audit}.
 */
final class CurvatureCheck {

    /** Targets checked: 10⁻⁶ … 10⁶. */
    static final double[] TARGETS = {1e-6, 1e-4, 1e-2, 0.5, 1, 3, 1e2, 1e4, 1e6};
    /** Relative step of the finite differences (h = STEP·y). */
    static final double STEP = 1e-4;
    /** Relative tolerance of the finite-difference comparisons (second differences lose about half the digits). */
    static final double FD_TOLERANCE = 1e-5;
    /** Relative tolerance of curvature(y, y) against 1/y². */
    static final double EXACT_TOLERANCE = 1e-12;

    static final String RUN = "audit";
    static final String CSV = "audit-findings.csv";

    private CurvatureCheck() {
    }

    static List<FindingRow> rows(Loss loss) {
        double gradientError = 0;
        double curvatureError = 0;
        double exactError = 0;
        for (double y : TARGETS) {
            double h = STEP * y;
            for (double f : new double[] {y, 1.5 * y, 0.7 * y}) {
                double fd1 = (loss.value(y, f + h) - loss.value(y, f - h)) / (2 * h);
                double fd2 = (loss.value(y, f + h) - 2 * loss.value(y, f) + loss.value(y, f - h)) / (h * h);
                double g = loss.gradient(y, f);
                double w = loss.curvature(y, f);
                double scale1 = Math.max(Math.abs(g), 1 / y);
                gradientError = Math.max(gradientError, Math.abs(fd1 - g) / scale1);
                curvatureError = Math.max(curvatureError, Math.abs(fd2 - w) / Math.abs(w));
            }
            exactError = Math.max(exactError, Math.abs(loss.curvature(y, y) * y * y - 1));
        }
        List<FindingRow> rows = new ArrayList<>();
        rows.add(row(2, "is_gradient_vs_finite_difference", gradientError, FD_TOLERANCE,
                "max relative |(l(f+h)−l(f−h))/2h − g(y,f)| over y ∈ 1e-6…1e6, f ∈ {y, 1.5y, 0.7y}, h = 1e-4·y"));
        rows.add(row(3, "is_curvature_vs_finite_difference", curvatureError, FD_TOLERANCE,
                "max relative |(l(f+h)−2l(f)+l(f−h))/h² − w(y,f)| over the same points"));
        rows.add(row(4, "is_curvature_at_target_vs_1_over_y2", exactError, EXACT_TOLERANCE,
                "max |w(y,y)·y² − 1| over y ∈ 1e-6…1e6"));
        return rows;
    }

    private static FindingRow row(int line, String name, double error, double tolerance, String method) {
        return new FindingRow(RUN, CSV, line, RUN, name, format(error), "0", format(tolerance), "relative",
                error <= tolerance ? "holds" : "fails", "derived", method);
    }

    private static String format(double x) {
        return String.format(java.util.Locale.ROOT, "%.6g", x);
    }
}
