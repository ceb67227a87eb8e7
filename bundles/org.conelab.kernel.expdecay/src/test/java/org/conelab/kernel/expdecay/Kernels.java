package org.conelab.kernel.expdecay;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.conelab.api.Parameters;
import org.conelab.api.graph.Graph;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.graph.EdgeListBuilder;
import org.conelab.graph.EdgeListGraph;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Shared test helpers: parameters, graphs and dense references. */
final class Kernels {

    private Kernels() {
    }

    static Parameters kernel(String... keyValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int k = 0; k < keyValues.length; k += 2) {
            values.put(keyValues[k], keyValues[k + 1]);
        }
        return new Parameters("kernel", values);
    }

    static EdgeListGraph edges(int n, int... pairs) {
        int[] from = new int[pairs.length / 2];
        int[] to = new int[pairs.length / 2];
        for (int e = 0; e < from.length; e++) {
            from[e] = pairs[2 * e];
            to[e] = pairs[2 * e + 1];
        }
        return new EdgeListGraph(n, from, to, null, null);
    }

    static Graph twoCommunities() {
        Path file = Path.of("../../examples/graphs/two-communities.csv");
        return new EdgeListBuilder().build(120, new Parameters("graph", Map.of("file", file.toString())));
    }

    /** @return every entry K(i, j), read through entry(i, j) (not mirrored) */
    static DMatrixRMaj dense(SymmetricMatrix k) {
        int n = k.size();
        DMatrixRMaj dense = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                dense.unsafe_set(i, j, k.entry(i, j));
            }
        }
        return dense;
    }

    /** @return the eigenvalues of a symmetric matrix, ascending (EJML, independent of the code under test) */
    static double[] eigenvalues(DMatrixRMaj symmetric) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(symmetric.numRows, false, true);
        if (!eig.decompose(symmetric.copy())) {
            throw new AssertionError("EJML eigen decomposition failed");
        }
        double[] values = new double[symmetric.numRows];
        for (int k = 0; k < values.length; k++) {
            values[k] = eig.getEigenvalue(k).getReal();
        }
        Arrays.sort(values);
        return values;
    }

    /** @return max |K(i, j)| */
    static double maxAbs(DMatrixRMaj k) {
        double max = 0;
        for (double v : k.data) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
