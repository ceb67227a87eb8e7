package org.conelab.api.analysis;

import java.util.List;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.progress.Progress;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Measures one claim of the theory on an experiment. Register as a service with
 * {@code conelab.id}; a pipeline lists analyzers by id and passes each the keys of its own
 * section ({@code <id>.*}).
 */
@ConsumerType
public interface Analyzer {

    /** @return the parameters read from the analyzer's section */
    List<ParameterSpec> parameters();

    /**
     * @param experiment what to measure
     * @param parameters the {@code <id>.*} section of the pipeline
     * @param progress where to report progress; checked for cancellation
     * @return findings, tables and charts
     * @throws java.util.concurrent.CancellationException when cancelled
     * @throws org.conelab.api.InvalidInputException naming the key when a parameter is bad
     */
    AnalysisResult analyze(Experiment experiment, Parameters parameters, Progress progress);
}
