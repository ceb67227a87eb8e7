package org.conelab.graph;

import java.util.List;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.ServiceProperties;
import org.conelab.api.graph.Graph;
import org.conelab.api.graph.GraphBuilder;
import org.osgi.service.component.annotations.Component;

/**
 * A 2-D grid of n = height × width nodes. Keys ({@code graph.*}): {@code width} (n must be a
 * multiple of it, height = n / width; default √n when n is a perfect square) and
 * {@code neighbours} (4 or 8, default {@value #DEFAULT_NEIGHBOURS}).
 */
@Component(service = GraphBuilder.class, property = {
    ServiceProperties.ID + "=grid",
    "service.ranking:Integer=100",
    ServiceProperties.DESCRIPTION + "=2-D grid, height = n / width, 4 or 8 neighbours; position (row, col)"
})
public final class GridBuilder implements GraphBuilder {

    static final String WIDTH = "width";
    static final String NEIGHBOURS = "neighbours";
    static final int DEFAULT_NEIGHBOURS = 4;

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec(WIDTH, null,
                        "number of columns; n must be a multiple of it (height = n / width); default sqrt(n) if n is a square"),
                new ParameterSpec(NEIGHBOURS, String.valueOf(DEFAULT_NEIGHBOURS),
                        "4 (d = |drow| + |dcol|) or 8 (diagonals too, d = max(|drow|, |dcol|))"));
    }

    @Override
    public Graph build(int n, Parameters parameters) {
        Nodes.require(n, 1, "grid");
        int width = width(n, parameters);
        long neighbours = parameters.integer(NEIGHBOURS, DEFAULT_NEIGHBOURS);
        if (neighbours != 4 && neighbours != 8) {
            throw new InvalidInputException(parameters.qualified(NEIGHBOURS),
                    "must be 4 or 8, got '" + parameters.text(NEIGHBOURS, "") + "'");
        }
        return new Grid(n / width, width, (int) neighbours);
    }

    private static int width(int n, Parameters parameters) {
        if (!parameters.has(WIDTH)) {
            int root = (int) Math.round(Math.sqrt(n));
            if (root * root != n) {
                throw new InvalidInputException(parameters.qualified(WIDTH),
                        "is required when n is not a perfect square, n = " + n);
            }
            return root;
        }
        int width = parameters.integer(WIDTH, 0, 1, n);
        if (n % width != 0) {
            throw new InvalidInputException(parameters.qualified(WIDTH),
                    "n = " + n + " is not a multiple of width = " + width + " (height = n / width)");
        }
        return width;
    }
}
