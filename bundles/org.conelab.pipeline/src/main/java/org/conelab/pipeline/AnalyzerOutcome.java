package org.conelab.pipeline;

import java.util.List;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Finding;

/**
 * An analyzer's result, with the id it ran under.
 *
 * @param id the analyzer's {@code conelab.id}
 * @param result what it reported
 */
record AnalyzerOutcome(String id, AnalysisResult result) {

    /** The name of the finding that records a failed analyzer. */
    static final String FAILED = "stage_failed";

    /**
     * @param id the analyzer's {@code conelab.id}
     * @param why the fault, one line naming the analyzer
     * @return the outcome of an analyzer whose stage failed: one finding {@value #FAILED}, not
     *     measurable, whose method is {@code why}; no tables, no charts
     */
    static AnalyzerOutcome failed(String id, String why) {
        return new AnalyzerOutcome(id, new AnalysisResult(List.of(Finding.notMeasurable(FAILED, Double.NaN, "", why)), List.of(),
                List.of()));
    }
}
