package org.conelab.analyzer.spectrum;

import org.conelab.api.solver.SpectrumBounds;

/**
 * κ = λ_max/λ_min of S and λ_max, with the relative error bound that the solver's tolerances
 * give them: δκ/κ ≤ minTolerance/λ_min + maxTolerance/λ_max.
 *
 * @param kappa the condition number (∞ when λ_min ≤ 0)
 * @param lambdaMax λ_max
 * @param kappaRelativeError the relative bound on κ
 * @param lambdaMaxRelativeError the relative bound on λ_max
 */
record Conditioning(double kappa, double lambdaMax, double kappaRelativeError, double lambdaMaxRelativeError) {

    static Conditioning of(SpectrumBounds s) {
        double maxRelative = s.maxTolerance() / s.max();
        double minRelative = s.min() > 0 ? s.minTolerance() / s.min() : Double.POSITIVE_INFINITY;
        return new Conditioning(s.conditionNumber(), s.max(), minRelative + maxRelative, maxRelative);
    }
}
