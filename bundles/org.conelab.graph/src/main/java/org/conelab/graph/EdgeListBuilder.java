package org.conelab.graph;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.ServiceProperties;
import org.conelab.api.graph.Graph;
import org.conelab.api.graph.GraphBuilder;
import org.osgi.service.component.annotations.Component;

/**
 * An undirected graph on n nodes read from the CSV edge list named by {@code graph.file}
 * (format and errors: {@link EdgeListReader}). A relative path is resolved against the
 * working directory. The graph may be disconnected.
 */
@Component(service = GraphBuilder.class, property = {
    ServiceProperties.ID + "=edges",
    "service.ranking:Integer=100",
    ServiceProperties.DESCRIPTION + "=Edge list from a CSV file (i,j or i,j,weight lines), nodes 0..n-1"
})
public final class EdgeListBuilder implements GraphBuilder {

    static final String FILE = "file";

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec(FILE, null,
                "CSV edge list, one 'i,j' or 'i,j,weight' per line (0 <= i, j < n; # comments; optional header i,j[,weight])"));
    }

    @Override
    public Graph build(int n, Parameters parameters) {
        Nodes.require(n, 1, "edge-list graph");
        String name = parameters.required(FILE);
        Path file;
        try {
            file = Path.of(name);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(parameters.qualified(FILE), "'" + name + "' is not a valid path");
        }
        return new EdgeListReader(parameters.qualified(FILE), name, n).read(file);
    }
}
