package org.conelab.pipeline;

import org.conelab.api.analysis.AnalysisResult;

/**
 * An analyzer's result, with the id it ran under.
 *
 * @param id the analyzer's {@code conelab.id}
 * @param result what it reported
 */
record AnalyzerOutcome(String id, AnalysisResult result) {
}
