package org.conelab.api.graph;

import java.util.List;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Builds the sample graph a pipeline names in {@code graph} (for example {@code chain},
 * {@code ring}, {@code grid}, {@code edges}). Register as a service with {@code conelab.id}.
 */
@ConsumerType
public interface GraphBuilder {

    /** @return the parameters read from the {@code graph.*} keys */
    List<ParameterSpec> parameters();

    /**
     * @param n the number of nodes the pipeline asks for
     * @param parameters the {@code graph.*} section
     * @return a graph with exactly n nodes
     * @throws org.conelab.api.InvalidInputException naming the key, file or line at fault
     */
    Graph build(int n, Parameters parameters);
}
