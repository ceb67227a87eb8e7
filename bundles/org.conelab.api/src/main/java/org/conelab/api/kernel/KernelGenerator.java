package org.conelab.api.kernel;

import java.util.List;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.graph.Graph;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Generates a symmetric (Neural Tangent) kernel K on the nodes of a graph. Register as a
 * service with {@code conelab.id}.
 */
@ConsumerType
public interface KernelGenerator {

    /** @return the parameters read from the {@code kernel.*} keys */
    List<ParameterSpec> parameters();

    /**
     * @param graph the sample graph
     * @param parameters the {@code kernel.*} section of the pipeline
     * @return K with its locality
     * @throws org.conelab.api.InvalidInputException naming the key when a parameter is bad or
     *     the graph is not one this generator supports
     */
    Kernel generate(Graph graph, Parameters parameters);
}
