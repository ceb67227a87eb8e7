package org.conelab.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Verdict;

/**
 * Checks of what providers return, so that a faulty one is named instead of producing numbers:
 * vectors of the right length with finite entries, and analyzer results without a verdict on a
 * measurement that is not a number.
 */
final class ProviderResults {

    private ProviderResults() {
    }

    /**
     * @param provider the provider as messages name it ({@code target generator 'csv'})
     * @param what the vector's name ({@code targets})
     * @param values what it returned
     * @param n the length required
     * @throws ProviderFault naming the provider and the first entry at fault
     */
    static void requireFinite(String provider, String what, double[] values, int n) {
        if (values == null || values.length != n) {
            throw new ProviderFault(provider + " returned " + (values == null ? "no " + what + " (null)" : values.length + " " + what)
                    + " for n = " + n, null);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                throw new ProviderFault(provider + " returned " + what + "[" + i + "] = " + values[i] + ", not a finite number", null);
            }
        }
    }

    /**
     * An analyzer's result as the run reports it: a verdict of {@code holds} or {@code fails} on a
     * measured value that is NaN or infinite becomes {@code not measurable}, with a warning naming
     * the analyzer and the finding.
     *
     * @param analyzer the analyzer as messages name it
     * @param result what it returned
     * @param warnings where the warnings go
     * @return the result to report
     * @throws ProviderFault when the analyzer returned no result
     */
    static AnalysisResult checked(String analyzer, AnalysisResult result, List<String> warnings) {
        if (result == null) {
            throw new ProviderFault(analyzer + " returned no result (null) from analyze", null);
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : result.findings()) {
            boolean judged = finding.verdict() == Verdict.HOLDS || finding.verdict() == Verdict.FAILS;
            if (judged && !Double.isFinite(finding.measured())) {
                warnings.add(analyzer + " judged '" + finding.name() + "' " + finding.verdict().label() + " on a measured value of "
                        + finding.measured() + "; reported as not measurable");
                findings.add(finding.unmeasurable("the analyzer's measured value was " + finding.measured()));
            } else {
                findings.add(finding);
            }
        }
        return new AnalysisResult(findings, result.tables(), result.charts());
    }
}
