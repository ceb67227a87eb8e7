package org.conelab.analyzer.spectrum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.solver.SpectrumBounds;

/** The spectrum analyzer's findings for one loss, and the IS-against-MSE claims. */
final class SpectrumFindings {

    private SpectrumFindings() {
    }

    static List<Finding> perLoss(String suffix, Training training, SpectralMoments moments, EigenvalueDensity density,
            String solverId) {
        SpectrumBounds s = training.spectrum();
        String extremes = "the solver's (" + solverId + ") extremes of S = W^½KW^½ with its stated error bound";
        List<Finding> findings = new ArrayList<>();
        findings.add(info("lambda_min" + suffix, s.min(), s.minTolerance(), "", Coverage.ALL_ENTRIES, extremes));
        findings.add(info("lambda_max" + suffix, s.max(), s.maxTolerance(), "", Coverage.ALL_ENTRIES, extremes));
        Conditioning c = Conditioning.of(s);
        findings.add(info("condition_number" + suffix, c.kappa(), c.kappa() * c.kappaRelativeError(), "", Coverage.DERIVED,
                "κ = λmax/λmin; tolerance from both extremes' bounds"));
        findings.add(info("stable_step_limit" + suffix, training.etaLimit(), Double.NaN, "", Coverage.DERIVED,
                "2/(λmax + its tolerance): the largest stable η (Lemma 2), from the safe end"));
        findings.add(info("variance" + suffix, moments.variance(), moments.varianceTolerance(), "", Coverage.ALL_ENTRIES,
                "Var λ = tr S²/n − (tr S/n)², exact traces from every stored entry of K"));
        if (Double.isNaN(density.varLog())) {
            findings.add(Finding.notMeasurable("log_variance" + suffix, Double.NaN, "", String.format(Locale.ROOT,
                    "%.0f eigenvalues are ≤ 0 (or below λmax·1e-16): ln λ is undefined there", density.nonPositive())));
        } else {
            findings.add(info("log_variance" + suffix, density.varLog(), density.varLogTolerance(), "", density.coverage(),
                    "Var ln λ; " + density.method()));
        }
        return findings;
    }

    /**
     * With IS and MSE both in the run: κ, λ_max and Var ln λ of IS over MSE, each claimed below 1
     * by the paper (§11: IS "flattens the effective spectrum … reducing the condition number";
     * §14: it "typically reduces λ_max").
     */
    static List<Finding> isAgainstMse(List<Training> trainings, List<EigenvalueDensity> densities) {
        int is = indexOf(trainings, "is");
        int mse = indexOf(trainings, "mse");
        if (is < 0 || mse < 0) {
            return List.of();
        }
        Conditioning a = Conditioning.of(trainings.get(is).spectrum());
        Conditioning b = Conditioning.of(trainings.get(mse).spectrum());
        List<Finding> findings = new ArrayList<>();
        findings.add(RatioClaim.below("kappa_ratio", a.kappa() / b.kappa(), a.kappaRelativeError() + b.kappaRelativeError(),
                "κ_IS / κ_MSE on the run's kernel and targets (§11)"));
        findings.add(RatioClaim.below("lambda_max_ratio", a.lambdaMax() / b.lambdaMax(),
                a.lambdaMaxRelativeError() + b.lambdaMaxRelativeError(), "λmax_IS / λmax_MSE: the stable step range (§14)"));
        EigenvalueDensity dIs = densities.get(is);
        EigenvalueDensity dMse = densities.get(mse);
        double ratio = dIs.varLog() / dMse.varLog();
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            findings.add(Finding.notMeasurable("log_variance_ratio", 1, "ratio",
                    "Var ln λ is undefined or zero for one of the losses"));
        } else {
            double relative = dIs.varLogTolerance() / dIs.varLog() + dMse.varLogTolerance() / dMse.varLog();
            findings.add(RatioClaim.below("log_variance_ratio", ratio, relative,
                    "Var ln λ_IS / Var ln λ_MSE: the spread of the spectrum on a scale-free axis (§11 'flattens', eq. 11)"));
        }
        return findings;
    }

    static int indexOf(List<Training> trainings, String lossId) {
        for (int k = 0; k < trainings.size(); k++) {
            if (trainings.get(k).lossId().equals(lossId)) {
                return k;
            }
        }
        return -1;
    }

    private static Finding info(String name, double measured, double tolerance, String unit, Coverage coverage, String method) {
        return new Finding(name, measured, Double.NaN, tolerance, unit, Verdict.INFO, coverage, method);
    }
}
