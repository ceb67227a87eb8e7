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
 * A 3-D cubic grid of n = depth × height × width nodes, 6 neighbours. Keys ({@code graph.*}):
 * {@code width} and {@code height} (each defaults to the other when only one is given, and both
 * to ∛n when n is a perfect cube); n must be a multiple of width·height, and depth = n / (width·height).
 */
@Component(service = GraphBuilder.class, property = {
    ServiceProperties.ID + "=grid3d",
    "service.ranking:Integer=100",
    ServiceProperties.DESCRIPTION + "=3-D cubic grid, depth = n / (width * height), 6 neighbours; position (layer, row, col)"
})
public final class Grid3dBuilder implements GraphBuilder {

    static final String WIDTH = "width";
    static final String HEIGHT = "height";

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec(WIDTH, null, "columns per row; default the height, or the cube root of n if n is a cube"),
                new ParameterSpec(HEIGHT, null, "rows per layer; default the width, or the cube root of n if n is a cube;"
                        + " n must be a multiple of width * height (depth = n / (width * height))"));
    }

    @Override
    public Graph build(int n, Parameters parameters) {
        Nodes.require(n, 1, "grid3d");
        int width;
        int height;
        if (!parameters.has(WIDTH) && !parameters.has(HEIGHT)) {
            int root = cubeRoot(n);
            if ((long) root * root * root != n) {
                throw new InvalidInputException(parameters.qualified(WIDTH),
                        "is required when n is not a perfect cube, n = " + n);
            }
            width = root;
            height = root;
        } else {
            width = parameters.has(WIDTH) ? parameters.integer(WIDTH, 0, 1, n) : parameters.integer(HEIGHT, 0, 1, n);
            height = parameters.has(HEIGHT) ? parameters.integer(HEIGHT, 0, 1, n) : width;
        }
        long layer = (long) width * height;
        if (n % layer != 0) {
            throw new InvalidInputException(parameters.qualified(parameters.has(HEIGHT) ? HEIGHT : WIDTH),
                    "n = " + n + " is not a multiple of width * height = " + layer + " (depth = n / (width * height))");
        }
        return new Grid3d((int) (n / layer), height, width);
    }

    /** @return ⌊∛n⌉, corrected for rounding of the floating-point root */
    static int cubeRoot(int n) {
        int root = (int) Math.round(Math.cbrt(n));
        while ((long) root * root * root > n) {
            root--;
        }
        while ((long) (root + 1) * (root + 1) * (root + 1) <= n) {
            root++;
        }
        return root;
    }
}
