package org.conelab.api.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conelab.api.analysis.Finding;

/**
 * What a finished pipeline run produced: enough to show the run without reading its folder back.
 *
 * @param outputDirectory the run's folder, complete (written atomically)
 * @param resolved the resolved specification: every key, defaults, ids chosen by {@code auto}
 *     and seeds, enough to repeat the run
 * @param findings every finding, by analyzer id in run order
 * @param summary the human-readable summary of the run, the text of its {@code summary.txt}
 *     (set-up, then every finding in a table); empty when the runner gives none
 * @param warnings what the run could not do but did not fail for, one line each, such as
 *     {@code charts unavailable: …}; also at the end of {@code summary}
 * @since 1.1 (summary, warnings)
 */
public record RunReport(Path outputDirectory, Map<String, String> resolved, Map<String, List<Finding>> findings,
        String summary, List<String> warnings) {

    /** Checks the non-null parts and keeps an unmodifiable copy of the warnings. */
    public RunReport {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(summary, "summary");
        warnings = List.copyOf(warnings);
    }

    /**
     * The 1.0 form: no summary text, no warnings.
     *
     * @param outputDirectory the run's folder
     * @param resolved the resolved specification
     * @param findings every finding, by analyzer id
     */
    public RunReport(Path outputDirectory, Map<String, String> resolved, Map<String, List<Finding>> findings) {
        this(outputDirectory, resolved, findings, "", List.of());
    }
}
