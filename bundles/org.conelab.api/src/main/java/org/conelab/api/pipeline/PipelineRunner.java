package org.conelab.api.pipeline;

import java.util.Map;
import org.conelab.api.progress.Progress;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs a pipeline specification: builds the graph, kernel and targets, resolves the named (or
 * {@code auto}) providers, runs the analyzers and writes {@code <output>/<name>-<timestamp>/}.
 */
@ProviderType
public interface PipelineRunner {

    /**
     * @param specification the pipeline's keys and values (a {@code .properties} file's
     *     content, or shell arguments)
     * @param progress where to report progress; checked for cancellation
     * @return the run's report; its folder exists and is complete
     * @throws org.conelab.api.InvalidInputException for bad input, naming the key or index;
     *     nothing is written then
     * @throws java.util.concurrent.CancellationException when cancelled; nothing is written then
     */
    RunReport run(Map<String, String> specification, Progress progress);
}
