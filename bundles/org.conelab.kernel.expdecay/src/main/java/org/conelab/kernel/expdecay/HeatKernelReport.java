package org.conelab.kernel.expdecay;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.conelab.api.graph.Graph;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelFacts;
import org.conelab.api.kernel.Locality;
import org.conelab.api.matrix.SparseMatrix;

/**
 * The heat-kernel branch of {@link ExpDecayKernel}: K = C₀·exp(−τL) ({@link HeatKernel}),
 * entries with |K(i, j)| &lt; tol·C₀ dropped and entries across components set to their exact
 * value 0, stored as CSR from the upper triangle (exactly symmetric). Its decay length in graph
 * distance is measured: ξ = max over stored pairs i ≠ j of d(i, j)/ln(C₀/|K(i, j)|), the
 * smallest ξ with |K(i, j)| ≤ C₀·exp(−d(i, j)/ξ) for every stored pair.
 */
final class HeatKernelReport {

    private HeatKernelReport() {
    }

    static Kernel generate(Graph graph, ExpDecayKernel.Settings s) {
        int n = graph.size();
        HeatKernel heat = HeatKernel.of(graph, s.c0(), s.tau());
        double threshold = s.tolerance() * s.c0();
        int[] rowStart = new int[n + 1];
        int[] columns = new int[16 * n];
        double[] values = new double[16 * n];
        int count = 0;
        long dropped = 0;
        double decay = 0;
        int farthest = 0;
        for (int i = 0; i < n; i++) {
            int[] d = graph.distancesFrom(i);
            for (int j = 0; j < n; j++) {
                double value = heat.entry(Math.min(i, j), Math.max(i, j));
                if (d[j] == Graph.UNREACHABLE || (Math.abs(value) < threshold && i != j)) {
                    dropped += d[j] == Graph.UNREACHABLE ? 0 : 1;
                    continue;
                }
                if (count == columns.length) {
                    columns = Arrays.copyOf(columns, 2 * count);
                    values = Arrays.copyOf(values, 2 * count);
                }
                columns[count] = j;
                values[count++] = value;
                if (i != j) {
                    farthest = Math.max(farthest, d[j]);
                    // ξ ≥ d / ln(C₀/|K_ij|)
                    decay = Math.max(decay, d[j] / Math.log(s.c0() / Math.abs(value)));
                }
            }
            rowStart[i + 1] = count;
        }
        SparseMatrix matrix = new SparseMatrix(n, rowStart, Arrays.copyOf(columns, count), Arrays.copyOf(values, count));
        Map<String, String> report = new LinkedHashMap<>();
        report.put("profile", "heat kernel C0 exp(-tau L), L = D - A (" + graph.description()
                + " has no Euclidean embedding), C0 = " + ExpDecayKernel.format(s.c0()) + ", tau = " + ExpDecayKernel.format(s.tau()));
        report.put("truncation", "entries with |K_ij| < tolerance C0 dropped, tolerance = " + ExpDecayKernel.format(s.tolerance())
                + " (" + dropped + " dropped)");
        report.put("effective_range", "up to d = " + farthest + " hops");
        report.put("structure", "sparse CSR (computed densely)");
        report.put("nnz", String.valueOf(count));
        report.put("storage", ExpDecayKernel.bytes(matrix.storageBytes()));
        KernelFacts facts = dropped == 0
                ? new KernelFacts(heat.smallestEigenvalue(), heat.smallestEigenvalue(), Double.NEGATIVE_INFINITY, s.c0(),
                        "exact: λ_min = C0 exp(−τ λ_max(L)) > 0, nothing dropped; λ_max ≤ C0 (L ⪰ 0)")
                : ExpDecayKernel.smallestEigenvalue(n, s.c0(), () -> DenseSpectrum.smallest(matrix));
        report.put("decay_length", ExpDecayKernel.format(decay)
                + " in graph distance (measured: max d/ln(C0/|K_ij|) over stored pairs)");
        Locality locality = decay > 0 ? Locality.decaying(decay) : Locality.range(0);
        return new Kernel(matrix, locality, report, facts);
    }
}
