package org.conelab.api.pipeline;

import java.util.List;
import java.util.Map;
import org.conelab.api.progress.Progress;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs a pipeline specification: builds the graph, kernel and targets, resolves the named (or
 * {@code auto}) providers, runs the analyzers and writes {@code <output>/<name>-<timestamp>/}.
 *
 * <p>The choice that {@code auto} makes can be steered through Config Admin: the configuration
 * {@link #PREFERENCES_PID} holds, per pipeline key that accepts {@code auto} (such as
 * {@code solver}), the id of a provider to prefer while it is registered and supports the
 * problem; without it, {@code auto} takes the highest-ranked provider that does.
 */
@ProviderType
public interface PipelineRunner {

    /**
     * The Config Admin PID of the providers that {@code auto} prefers: property {@code solver =
     * dense}, for example.
     *
     * @since 1.1
     */
    String PREFERENCES_PID = "org.conelab.pipeline.preferences";

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

    /**
     * @return every key a pipeline may set with the providers registered now: the top-level
     *     keys, then each section's keys ({@code kernel.beta}, {@code lightcone.source}, …)
     * @since 1.1
     */
    List<PipelineKey> keys();
}
