package org.conelab.api.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conelab.api.analysis.Finding;

/**
 * What a finished pipeline run produced.
 *
 * @param outputDirectory the run's folder, complete (written atomically)
 * @param resolved the resolved specification: every key, defaults, ids chosen by {@code auto}
 *     and seeds, enough to repeat the run
 * @param findings every finding, by analyzer id in run order
 */
public record RunReport(Path outputDirectory, Map<String, String> resolved, Map<String, List<Finding>> findings) {
}
