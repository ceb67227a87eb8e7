package org.conelab.api.analysis;

import java.util.List;
import org.conelab.api.chart.ChartSpec;

/**
 * What an analyzer reports.
 *
 * @param findings measured figures with verdicts
 * @param tables numeric tables
 * @param charts charts to render
 */
public record AnalysisResult(List<Finding> findings, List<Table> tables, List<ChartSpec> charts) {

    /** Copies the lists. */
    public AnalysisResult {
        findings = List.copyOf(findings);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }
}
