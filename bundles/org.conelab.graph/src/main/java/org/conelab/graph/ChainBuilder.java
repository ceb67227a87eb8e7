package org.conelab.graph;

import java.util.List;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.ServiceProperties;
import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.conelab.api.graph.GraphBuilder;
import org.osgi.service.component.annotations.Component;

/** The path graph 0 − 1 − … − (n−1): the API's {@link Chain}, d(i, j) = |i − j|. No keys. */
@Component(service = GraphBuilder.class, property = {
    ServiceProperties.ID + "=chain",
    "service.ranking:Integer=100",
    ServiceProperties.DESCRIPTION + "=Chain 0 - 1 - ... - (n-1), d(i,j) = |i - j|"
})
public final class ChainBuilder implements GraphBuilder {

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Graph build(int n, Parameters parameters) {
        Nodes.require(n, 1, "chain");
        return new Chain(n);
    }
}
