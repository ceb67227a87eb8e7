package org.conelab.kernel.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.ServiceProperties;
import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelFacts;
import org.conelab.api.kernel.KernelGenerator;
import org.conelab.api.kernel.Locality;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.numeric.CsrBuilder;
import org.osgi.service.component.annotations.Component;

/**
 * The range-R graph kernel, the NTK profile of an R-hop message-passing network:
 *
 * <pre>  K = c·M^R,   M = (I + N)/2,   N = D^−½ A D^−½</pre>
 *
 * with A the (unweighted) adjacency, D the diagonal of degrees, and N's row 0 for an isolated
 * node.
 *
 * <p><b>PSD by construction.</b> N is symmetric and similar to the random-walk matrix D^−1 A
 * (N = D^½ (D^−1 A) D^−½), whose rows sum to 1 or 0, so ‖D^−1 A‖_∞ ≤ 1 and the eigenvalues of N
 * lie in [−1, 1]. Those of M = (I + N)/2 lie in [0, 1], those of M^R in [0, 1] too, and K = c·M^R
 * with c &gt; 0 is symmetric positive semi-definite with spectrum in [0, c].
 *
 * <p><b>Range R.</b> K is a polynomial of degree R in A: (A^k)(i, j) counts walks of length k,
 * which is 0 for k &lt; d(i, j); so K(i, j) = 0 exactly whenever d(i, j) &gt; R. Conversely every
 * entry of M is ≥ 0 and its diagonal is ½ &gt; 0, so K(i, j) &gt; 0 whenever d(i, j) ≤ R: the
 * stored pattern is exactly the R-hop neighbourhoods.
 *
 * <p><b>Storage.</b> A {@link SparseMatrix} (CSR, both triangles) built by R − 1 sparse products
 * restricted to the k-hop neighbourhoods, cost ~ n·(neighbourhood size)²; on a {@link Chain} a
 * {@link BandedMatrix} of half-bandwidth R ((R + 1)·n doubles, never dense) so banded solvers
 * apply. Edge weights of an edge-list graph are not used (the {@link Graph} API has none).
 *
 * <p>Keys ({@code kernel.*}): {@code range} R ≥ 1 (default {@value #DEFAULT_RANGE}) and
 * {@code scale} c &gt; 0 (default {@value #DEFAULT_SCALE}).
 */
@Component(service = KernelGenerator.class, property = {
    ServiceProperties.ID + "=graph",
    "service.ranking:Integer=100",
    ServiceProperties.DESCRIPTION + "=Range-R graph kernel c((I + D^-1/2 A D^-1/2)/2)^R on any graph, PSD, K_ij = 0 for d(i,j) > R"
})
public final class GraphKernel implements KernelGenerator {

    static final String RANGE = "range";
    static final String SCALE = "scale";
    static final int DEFAULT_RANGE = 2;
    static final double DEFAULT_SCALE = 1.0;

    /** The sparse powers may take at most this fraction of the maximum heap. */
    static final double HEAP_FRACTION = 0.5;

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec(RANGE, String.valueOf(DEFAULT_RANGE),
                        "R >= 1: hops of message passing; K_ij = 0 exactly for d(i,j) > R"),
                new ParameterSpec(SCALE, String.valueOf(DEFAULT_SCALE),
                        "c > 0: K = c((I + D^-1/2 A D^-1/2)/2)^R, spectrum in [0, c]"));
    }

    @Override
    public Kernel generate(Graph graph, Parameters parameters) {
        int range = range(parameters);
        double scale = parameters.positive(SCALE, DEFAULT_SCALE);
        SymmetricMatrix matrix;
        String structure;
        long stored;
        if (graph instanceof Chain chain) {
            BandedMatrix band = scaled(LazyWalkPower.banded(chain, range), scale);
            matrix = band;
            structure = "banded (half-bandwidth " + band.halfBandwidth() + ")";
            stored = nonZeros(band);
        } else {
            long limit = (long) (HEAP_FRACTION * Runtime.getRuntime().maxMemory());
            SparseMatrix sparse;
            try {
                sparse = SparseProducts.scale(LazyWalkPower.sparse(graph, range, limit), scale);
            } catch (CsrBuilder.StorageLimitException e) {
                throw new InvalidInputException(parameters.qualified(RANGE), "R = " + range + " on "
                        + graph.description() + " needs more than " + mebibytes(e.bytes())
                        + " for the sparse kernel (limit " + mebibytes(limit) + ", half the heap); lower R or raise -Xmx");
            }
            matrix = sparse;
            structure = "sparse CSR";
            stored = sparse.values().length;
        }
        Map<String, String> report = new LinkedHashMap<>();
        report.put("profile", "K = c((I + D^-1/2 A D^-1/2)/2)^R, c = " + format(scale) + ", R = " + range);
        report.put("range", String.valueOf(range));
        report.put("structure", structure);
        report.put("nnz", String.valueOf(stored));
        report.put("storage", mebibytes(matrix.storageBytes()));
        KernelFacts facts = KernelFacts.enclosed(0, scale,
                "by construction: (I + D^-1/2 A D^-1/2)/2 has eigenvalues in [0, 1], so c·(…)^R has them in [0, c]");
        return new Kernel(matrix, Locality.range(range), report, facts);
    }

    private static int range(Parameters parameters) {
        long range = parameters.integer(RANGE, DEFAULT_RANGE);
        if (range < 1 || range > Integer.MAX_VALUE) {
            throw new InvalidInputException(parameters.qualified(RANGE),
                    "must be an integer >= 1 (hops of message passing), got '" + parameters.text(RANGE, "") + "'");
        }
        return (int) range;
    }

    /** @return the stored entries counted in both triangles, as for CSR */
    private static long nonZeros(BandedMatrix band) {
        long count = band.diagonals()[0].length;
        for (int k = 1; k < band.diagonals().length; k++) {
            count += 2L * band.diagonals()[k].length;
        }
        return count;
    }

    private static BandedMatrix scaled(BandedMatrix band, double scale) {
        for (double[] diagonal : band.diagonals()) {
            for (int i = 0; i < diagonal.length; i++) {
                diagonal[i] *= scale;
            }
        }
        return band;
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
