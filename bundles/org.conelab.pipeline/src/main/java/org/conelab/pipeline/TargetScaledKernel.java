package org.conelab.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelFacts;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;

/**
 * The pipeline option {@code kernel_scaling = targets}: K = D·K₀·D with D = diag(y), a kernel whose
 * scale follows the targets' (K_ij = y_i·K₀_ij·y_j), for any generator's K₀. The sparsity pattern,
 * hence the range R and the decay length, is K₀'s; definiteness is kept (congruence), but the
 * generator's λ bounds no longer apply and are dropped. Under IS (W = diag(1/y²)),
 * S = W^½KW^½ = K₀ exactly: the case in which IS's weighting does recover K₀'s conditioning.
 * A stencil becomes band storage (its entries are no longer constant).
 */
final class TargetScaledKernel {

    /** The top-level pipeline key. */
    static final String KEY = "kernel_scaling";
    /** Its default: K₀ as generated. */
    static final String NONE = "none";
    /** K = D·K₀·D. */
    static final String TARGETS = "targets";

    private TargetScaledKernel() {
    }

    static Kernel applyIf(String scaling, Kernel kernel, double[] targets) {
        if (scaling.equals(NONE)) {
            return kernel;
        }
        if (!scaling.equals(TARGETS)) {
            throw new InvalidInputException(KEY, "must be none or targets, got '" + scaling + "'");
        }
        Map<String, String> report = new LinkedHashMap<>(kernel.report());
        report.put("scaling", "K = D·K0·D, D = diag(y): K_ij = y_i·K0_ij·y_j (kernel_scaling = targets)");
        return new Kernel(scaled(kernel.matrix(), targets), kernel.locality(), report,
                new KernelFacts(0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                        "scaled by the targets: positive semi-definite by congruence with K0 (when K0 is); the generator's λ bounds do not apply"));
    }

    static SymmetricMatrix scaled(SymmetricMatrix m, double[] y) {
        int n = m.size();
        if (m instanceof StencilMatrix || m instanceof BandedMatrix) {
            int r = m.halfBandwidth();
            double[][] diagonals = new double[r + 1][];
            for (int k = 0; k <= r; k++) {
                diagonals[k] = new double[n - k];
                for (int i = 0; i + k < n; i++) {
                    diagonals[k][i] = y[i] * m.entry(i, i + k) * y[i + k];
                }
            }
            return new BandedMatrix(n, diagonals);
        }
        if (m instanceof SparseMatrix sparse) {
            double[] values = sparse.values().clone();
            for (int i = 0; i < n; i++) {
                for (int p = sparse.rowStart()[i]; p < sparse.rowStart()[i + 1]; p++) {
                    values[p] *= y[i] * y[sparse.columns()[p]];
                }
            }
            return new SparseMatrix(n, sparse.rowStart(), sparse.columns(), values);
        }
        DenseMatrix dense = (DenseMatrix) m;
        double[] values = dense.values().clone();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                values[i * n + j] *= y[i] * y[j];
            }
        }
        return new DenseMatrix(n, values);
    }
}
