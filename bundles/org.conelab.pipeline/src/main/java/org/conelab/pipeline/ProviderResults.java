package org.conelab.pipeline;

import org.conelab.api.analysis.AnalysisResult;

/**
 * Checks of what providers return, so that a faulty one is named instead of producing numbers:
 * vectors of the right length with finite entries, and an analyzer result that exists.
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
     * @param analyzer the analyzer as messages name it
     * @param result what it returned
     * @return {@code result}
     * @throws ProviderFault when the analyzer returned no result. (Its findings are its own: a
     *     verdict on a NaN or infinite measurement can be right — a diverged run fails with infinite
     *     growth — so they are reported as given.)
     */
    static AnalysisResult checked(String analyzer, AnalysisResult result) {
        if (result == null) {
            throw new ProviderFault(analyzer + " returned no result (null) from analyze", null);
        }
        return result;
    }
}
