package org.conelab.launcher;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A third-party kernel bundle with a bug, built here from source: a DS component registering a
 * {@code KernelGenerator} with {@code conelab.id = rbf} whose {@code generate} throws
 * {@code RuntimeException("boom from rbf")} — the failure the issue saw in batch mode. It takes
 * the tri-diagonal kernel's keys, so the paper example runs into it with {@code kernel=rbf}. Compiled
 * with the JDK's compiler against the API jar of the distribution.
 */
final class FaultyKernelBundle {

    static final String ID = "rbf";
    static final String MESSAGE = "boom from rbf";
    static final String CLASS = "test.rbf.RbfKernel";

    private static final String SOURCE = """
            package test.rbf;

            import java.util.List;
            import org.conelab.api.ParameterSpec;
            import org.conelab.api.Parameters;
            import org.conelab.api.graph.Graph;
            import org.conelab.api.kernel.Kernel;
            import org.conelab.api.kernel.KernelGenerator;

            public final class RbfKernel implements KernelGenerator {
                public List<ParameterSpec> parameters() {
                    return List.of(new ParameterSpec("alpha", "1.0", "diagonal"), new ParameterSpec("beta", "0.4", "off-diagonal"));
                }

                public Kernel generate(Graph graph, Parameters parameters) {
                    throw new RuntimeException("boom from rbf");
                }
            }
            """;

    private static final String COMPONENT = SourceBundle.component("test.rbf", "RbfKernel", "org.conelab.api.kernel.KernelGenerator",
            ID, "a kernel that fails (test)");

    static final SourceBundle BUNDLE = new SourceBundle("test.rbf", "RbfKernel", SOURCE, COMPONENT,
            "org.conelab.api,org.conelab.api.graph,org.conelab.api.kernel");

    private FaultyKernelBundle() {
    }

    /** Compiles the kernel in {@code work} and writes the bundle to {@code jar}. */
    static Path write(Path work, Path jar) throws IOException {
        return BUNDLE.write(work, jar);
    }
}
