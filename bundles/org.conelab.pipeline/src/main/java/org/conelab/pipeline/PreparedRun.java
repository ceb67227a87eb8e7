package org.conelab.pipeline;

import java.util.List;
import java.util.Map;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.analysis.Experiment;
import org.conelab.pipeline.RunWatch.UsedProvider;

/**
 * A pipeline resolved against the registered providers, ready to run.
 *
 * @param spec the parsed specification
 * @param experiment the experiment the analyzers measure
 * @param analyzers the analyzers in run order, with their sections
 * @param resolved the resolved specification written as {@code pipeline.properties}
 * @param providers every provider the run uses, in role order (graph, kernel, targets, loss, compare, solver,
 *     analyzers): watched while it runs, and recorded in {@code provenance.properties}
 * @param solverChoice how the solver was chosen: empty when the pipeline named it, else
 *     {@code auto} or {@code auto, preferred}
 * @param warnings what planning passed over without failing, one line each
 * @param stages how the run calls its providers: each call a stage with the run's {@code stage.timeout}
 */
record PreparedRun(PipelineSpec spec, Experiment experiment, List<PlannedAnalysis> analyzers,
        Map<String, String> resolved, List<UsedProvider> providers, String solverChoice, List<String> warnings, Stages stages) {

    /**
     * One analyzer to run.
     *
     * @param id its {@code conelab.id}
     * @param analyzer the service
     * @param parameters its {@code <id>.*} section
     */
    record PlannedAnalysis(String id, Analyzer analyzer, Parameters parameters) {
    }
}
