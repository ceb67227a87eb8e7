package org.conelab.launcher;

/**
 * A third-party analyzer bundle with a bug, built here from source ({@link SourceBundle}): the
 * analyzer {@code conelab.id = stuck} never returns from {@code analyze} — it sleeps until its
 * thread is interrupted, as a provider stuck on a lock or a network call would — so that only
 * {@code stage.timeout} ends its stage.
 */
final class StuckAnalyzerBundle {

    static final String ID = "stuck";

    private static final String SOURCE = """
            package test.stuck;

            import java.util.List;
            import org.conelab.api.ParameterSpec;
            import org.conelab.api.Parameters;
            import org.conelab.api.analysis.AnalysisResult;
            import org.conelab.api.analysis.Analyzer;
            import org.conelab.api.analysis.Experiment;
            import org.conelab.api.progress.Progress;

            public final class StuckAnalyzer implements Analyzer {
                public List<ParameterSpec> parameters() {
                    return List.of();
                }

                public AnalysisResult analyze(Experiment experiment, Parameters parameters, Progress progress) {
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("interrupted");
                }
            }
            """;

    private static final String COMPONENT = SourceBundle.component("test.stuck", "StuckAnalyzer",
            "org.conelab.api.analysis.Analyzer", ID, "an analyzer that never returns (test)");

    static final SourceBundle BUNDLE = new SourceBundle("test.stuck", "StuckAnalyzer", SOURCE, COMPONENT,
            "org.conelab.api,org.conelab.api.analysis,org.conelab.api.progress");

    private StuckAnalyzerBundle() {
    }
}
