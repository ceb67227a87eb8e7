package org.conelab.analyzer.spectrum;

import java.util.List;
import java.util.Locale;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.Solver;

/**
 * The sweeps' tables, charts and findings. With IS and MSE both in the run:
 * <ul>
 *   <li>spread: κ_IS/κ_MSE = 1 for constant targets (σ = 0; W = I/y₀² only rescales S);
 *       κ_IS/κ_MSE at the widest spread against the paper's &lt; 1; and, for the target-scaled
 *       kernel D·K₀·D, κ_IS = κ(K₀) at every σ (the condition under which IS does help);</li>
 *   <li>scale: κ_IS the same at every scale (IS is scale-invariant), λmax_IS ∝ a⁻² (fitted
 *       exponent against −2), and where λmax_IS/λmax_MSE crosses 1 — whether IS "widens the
 *       stable range" depends on the targets' units.</li>
 * </ul>
 */
final class SweepFindings {

    /** Relative tolerance of the scale-invariance and target-scaled-kernel claims, beyond the solvers' bounds. */
    static final double ALGEBRA_TOLERANCE = 1e-9;

    private SweepFindings() {
    }

    static void run(String which, Solver solver, SymmetricMatrix kernel, List<Training> trainings, double[] targets, int points,
            long seed, List<Finding> findings, List<Table> tables, List<ChartSpec> charts) {
        int is = SpectrumFindings.indexOf(trainings, "is");
        int mse = SpectrumFindings.indexOf(trainings, "mse");
        if (which.equals("spread") || which.equals("both")) {
            ConditioningSweep spread = ConditioningSweep.spread(solver, kernel, trainings, points, seed);
            tables.add(spread.table("sweep-spread"));
            if (is >= 0 && mse >= 0) {
                charts.add(spread.ratioChart("sweep-spread", "σ of the log-normal targets", is, mse));
                findings.addAll(spreadFindings(spread, is, mse));
            }
        }
        if (which.equals("scale") || which.equals("both")) {
            ConditioningSweep scale = ConditioningSweep.scale(solver, kernel, trainings, targets, points);
            tables.add(scale.table("sweep-scale"));
            if (is >= 0 && mse >= 0) {
                charts.add(scale.ratioChart("sweep-scale", "log10 a (targets a·y)", is, mse));
                findings.addAll(scaleFindings(scale, is, mse));
            }
        }
    }

    private static List<Finding> spreadFindings(ConditioningSweep s, int is, int mse) {
        int last = s.parameter().length - 1;
        Conditioning isFlat = s.plain()[is][0];
        Conditioning mseFlat = s.plain()[mse][0];
        Finding constant = RatioClaim.equal("sweep_kappa_ratio_constant_targets", isFlat.kappa() / mseFlat.kappa(),
                isFlat.kappaRelativeError() + mseFlat.kappaRelativeError() + ALGEBRA_TOLERANCE,
                "κ_IS / κ_MSE at σ = 0 (constant targets)");
        Conditioning isWide = s.plain()[is][last];
        Conditioning mseWide = s.plain()[mse][last];
        Finding wide = RatioClaim.below("sweep_kappa_ratio_widest_spread", isWide.kappa() / mseWide.kappa(),
                isWide.kappaRelativeError() + mseWide.kappaRelativeError(),
                String.format(Locale.ROOT, "κ_IS / κ_MSE at σ = %.3g (log-normal targets, §11's 'widely varying targets')",
                        s.parameter()[last]));
        double worst = 0;
        double tolerance = 0;
        for (int p = 0; p <= last; p++) {
            Conditioning scaled = s.scaled()[is][p];
            Conditioning k0 = s.plain()[mse][p];
            worst = Math.max(worst, Math.abs(scaled.kappa() / k0.kappa() - 1));
            tolerance = Math.max(tolerance, scaled.kappaRelativeError() + k0.kappaRelativeError());
        }
        tolerance += ALGEBRA_TOLERANCE;
        Finding scaledKernel = new Finding("sweep_target_scaled_kernel_kappa_deviation", worst, 0, tolerance, "relative",
                Verdict.of(worst <= tolerance), Coverage.DERIVED,
                "max over σ of |κ_IS(D·K₀·D) / κ(K₀) − 1|, D = diag(y): with a kernel that follows the targets' scale, "
                        + "IS recovers K₀'s conditioning");
        return List.of(constant, wide, scaledKernel);
    }

    private static List<Finding> scaleFindings(ConditioningSweep s, int is, int mse) {
        int points = s.parameter().length;
        double kappaMin = Double.POSITIVE_INFINITY;
        double kappaMax = 0;
        double tolerance = 0;
        double crossing = Double.NaN;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int p = 0; p < points; p++) {
            Conditioning c = s.plain()[is][p];
            kappaMin = Math.min(kappaMin, c.kappa());
            kappaMax = Math.max(kappaMax, c.kappa());
            tolerance = Math.max(tolerance, 2 * c.kappaRelativeError());
            double x = s.parameter()[p];
            double y = Math.log10(c.lambdaMax());
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            double ratio = c.lambdaMax() / s.plain()[mse][p].lambdaMax();
            if (p > 0 && Double.isNaN(crossing)) {
                double before = s.plain()[is][p - 1].lambdaMax() / s.plain()[mse][p - 1].lambdaMax();
                if ((before - 1) * (ratio - 1) <= 0 && before != ratio) {
                    // log-linear interpolation of the crossing of 1
                    double t = Math.log(before) / (Math.log(before) - Math.log(ratio));
                    crossing = s.parameter()[p - 1] + t * (x - s.parameter()[p - 1]);
                }
            }
        }
        double slope = (points * sxy - sx * sy) / (points * sxx - sx * sx);
        double variation = kappaMax / kappaMin - 1;
        tolerance += ALGEBRA_TOLERANCE;
        Finding invariant = new Finding("sweep_kappa_is_scale_variation", variation, 0, tolerance, "relative",
                Verdict.of(variation <= tolerance), Coverage.DERIVED,
                "max/min − 1 of κ_IS over the scales a·y: IS is scale-invariant, W(a·y) = W(y)/a²");
        Finding exponent = new Finding("sweep_lambda_max_is_scale_exponent", slope, -2, 1e-6, "", Verdict.of(Math.abs(slope + 2) <= 1e-6),
                Coverage.DERIVED, "least-squares slope of log10 λmax_IS against log10 a: λmax,IS(a·y) = λmax,IS(y)/a²");
        Finding cross = Finding.info("sweep_lambda_max_ratio_crossing", crossing, "log10 a").measuredBy(Coverage.DERIVED,
                Double.isNaN(crossing) ? "λmax_IS / λmax_MSE does not cross 1 in the swept scales"
                        : "log10 a where λmax_IS / λmax_MSE crosses 1: above it IS has the wider stable range, below it MSE");
        return List.of(invariant, exponent, cross);
    }
}
