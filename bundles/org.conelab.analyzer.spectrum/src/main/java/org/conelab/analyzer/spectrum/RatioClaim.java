package org.conelab.analyzer.spectrum;

import java.util.Locale;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Verdict;

/**
 * A claim that a ratio r = a/b is below 1 ("IS reduces κ relative to MSE"), or equal to 1, judged
 * with the relative error δ that a and b carry: below when r·(1 + δ) &lt; 1, not below when
 * r·(1 − δ) ≥ 1, and not measurable in between (the bounds cannot separate r from 1).
 */
final class RatioClaim {

    private RatioClaim() {
    }

    static Finding below(String name, double ratio, double relativeError, String method) {
        String how = String.format(Locale.ROOT, "%s; claim: < 1, judged with the relative error %.2g of the two solvers' bounds",
                method, relativeError);
        if (ratio * (1 + relativeError) < 1) {
            return new Finding(name, ratio, 1, ratio * relativeError, "ratio", Verdict.HOLDS, Coverage.DERIVED, how);
        }
        if (ratio * (1 - relativeError) >= 1) {
            return new Finding(name, ratio, 1, ratio * relativeError, "ratio", Verdict.FAILS, Coverage.DERIVED, how);
        }
        return Finding.notMeasurable(name, 1, "ratio", String.format(Locale.ROOT,
                "ratio %.10g is within the relative error %.2g of 1: the bounds cannot tell whether it is below", ratio, relativeError));
    }

    static Finding equal(String name, double ratio, double relativeError, String method) {
        boolean equal = Math.abs(ratio - 1) <= relativeError;
        return new Finding(name, ratio, 1, relativeError, "ratio", Verdict.of(equal), Coverage.DERIVED,
                String.format(Locale.ROOT, "%s; claim: = 1 within the relative error %.2g", method, relativeError));
    }
}
