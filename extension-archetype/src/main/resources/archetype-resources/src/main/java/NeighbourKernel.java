package ${package};

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.graph.Graph;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelFacts;
import org.conelab.api.kernel.KernelGenerator;
import org.conelab.api.kernel.Locality;
import org.conelab.api.matrix.SparseMatrix;
import org.osgi.service.component.annotations.Component;

/**
 * The nearest-neighbour kernel K = I + c·A on any graph, A its adjacency matrix: K(i, i) = 1,
 * K(i, j) = c for neighbours i and j, and 0 otherwise. K is strictly local with range R = 1
 * (K(i, j) = 0 whenever d(i, j) &gt; 1), so the light cone of the linearised dynamics moves at
 * most one node per step.
 *
 * <p>By Gershgorin's theorem every eigenvalue lies in [1 − |c|·d, 1 + |c|·d], d the largest degree.
 * The generator requires |c|·d &lt; 1, so K is positive definite, and states that enclosure as its
 * {@link KernelFacts}. On a chain (d = 2) the eigenvalues are exactly 1 + 2c·cos(kπ/(n + 1)),
 * k = 1 … n.
 *
 * <p>Parameter {@code kernel.coupling}: c, default {@value #DEFAULT_COUPLING}. Storage: compressed
 * sparse rows with both triangles, n + 2·|E| entries. Stateless, so thread-safe.
 */
@Component(service = KernelGenerator.class, property = {
    "conelab.id=${id}",
    "service.ranking:Integer=100",
    "conelab.description=nearest-neighbour kernel K = I + c A on any graph (range 1, |c| d_max < 1: positive definite)"})
public final class NeighbourKernel implements KernelGenerator {

    static final String COUPLING = "coupling";
    static final double DEFAULT_COUPLING = 0.25;
    /** The rounding of |c|·d and of 1 ± |c|·d, in units of ε: the enclosure is widened by it. */
    private static final double ROUNDING_ULPS = 4;

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec(COUPLING, String.valueOf(DEFAULT_COUPLING),
                "c, the weight of each edge in K = I + c·A; |c| times the largest degree must be below 1"));
    }

    @Override
    public Kernel generate(Graph graph, Parameters parameters) {
        double c = parameters.real(COUPLING, DEFAULT_COUPLING);
        int n = graph.size();
        int[][] neighbours = new int[n][];
        int degree = 0;
        int stored = n;
        for (int i = 0; i < n; i++) {
            neighbours[i] = graph.neighbours(i).clone();
            Arrays.sort(neighbours[i]);
            degree = Math.max(degree, neighbours[i].length);
            stored += neighbours[i].length;
        }
        double spread = Math.abs(c) * degree;
        if (!(spread < 1)) {
            throw new InvalidInputException(parameters.qualified(COUPLING), "|c| times the largest degree (" + degree
                    + " on " + graph.description() + ") must be below 1 for K to be positive definite, got '"
                    + parameters.text(COUPLING, String.valueOf(c)) + "'");
        }
        double slack = ROUNDING_ULPS * Math.ulp(1.0);
        Map<String, String> report = new LinkedHashMap<>();
        report.put("coupling", String.valueOf(c));
        report.put("largest_degree", String.valueOf(degree));
        report.put("eigenvalues", "in [" + (1 - spread) + ", " + (1 + spread) + "] (Gershgorin)");
        return new Kernel(matrix(neighbours, c, stored), Locality.range(1), report,
                KernelFacts.enclosed(1 - spread - slack, 1 + spread + slack, "Gershgorin discs of I + c·A"));
    }

    /** @return I + c·A in CSR form, each row's columns ascending */
    private static SparseMatrix matrix(int[][] neighbours, double c, int stored) {
        int n = neighbours.length;
        int[] rowStart = new int[n + 1];
        int[] columns = new int[stored];
        double[] values = new double[stored];
        int p = 0;
        for (int i = 0; i < n; i++) {
            rowStart[i] = p;
            boolean diagonal = false;
            for (int j : neighbours[i]) {
                if (!diagonal && j > i) {
                    columns[p] = i;
                    values[p++] = 1;
                    diagonal = true;
                }
                columns[p] = j;
                values[p++] = c;
            }
            if (!diagonal) {
                columns[p] = i;
                values[p++] = 1;
            }
        }
        rowStart[n] = p;
        return new SparseMatrix(n, rowStart, columns, values);
    }
}
