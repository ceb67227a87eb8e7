package org.conelab.graph;

import java.util.List;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.ServiceProperties;
import org.conelab.api.graph.Graph;
import org.conelab.api.graph.GraphBuilder;
import org.osgi.service.component.annotations.Component;

/** The cycle of n ≥ 3 nodes, d(i, j) = min(|i − j|, n − |i − j|). No keys. */
@Component(service = GraphBuilder.class, property = {
    ServiceProperties.ID + "=ring",
    "service.ranking:Integer=100",
    ServiceProperties.DESCRIPTION + "=Ring (cycle) of n >= 3 nodes, d(i,j) = min(|i - j|, n - |i - j|)"
})
public final class RingBuilder implements GraphBuilder {

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Graph build(int n, Parameters parameters) {
        Nodes.require(n, 3, "ring");
        return new Ring(n);
    }
}
