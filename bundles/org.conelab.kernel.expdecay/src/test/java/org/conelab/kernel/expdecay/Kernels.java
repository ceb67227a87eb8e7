package org.conelab.kernel.expdecay;

import java.nio.file.Path;
import java.util.Map;
import org.conelab.api.Parameters;
import org.conelab.api.graph.Graph;
import org.conelab.graph.EdgeListBuilder;
import org.conelab.graph.EdgeListGraph;
import org.conelab.testsupport.EdgePairs;
import org.conelab.testsupport.TestParameters;

/** Shared test inputs: kernel parameters and graphs. */
final class Kernels {

    private Kernels() {
    }

    /** @return the "kernel" section with the given keys and values */
    static Parameters kernel(String... keyValues) {
        return TestParameters.of("kernel", keyValues);
    }

    /** @return the graph of n nodes with the edges (pairs[0], pairs[1]), (pairs[2], pairs[3]), … */
    static EdgeListGraph edges(int n, int... pairs) {
        return new EdgeListGraph(n, EdgePairs.from(pairs), EdgePairs.to(pairs), null, null);
    }

    /** @return the example graph of two communities of 60 nodes each */
    static Graph twoCommunities() {
        Path file = Path.of("../../examples/graphs/two-communities.csv");
        return new EdgeListBuilder().build(120, new Parameters("graph", Map.of("file", file.toString())));
    }
}
