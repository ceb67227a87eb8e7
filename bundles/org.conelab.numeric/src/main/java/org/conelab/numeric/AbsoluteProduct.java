package org.conelab.numeric;

import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;

/**
 * The entrywise absolute value of a stored matrix applied to a vector, |K|·v, and the most stored
 * terms of a row, m: what rounding-error bounds of K·x need (each computed entry of K·x is off by
 * at most γ_m·(|K|·|x|)_i, γ_m = m·u/(1 − m·u)). Read from the storage, without copying it.
 */
public final class AbsoluteProduct {

    private AbsoluteProduct() {
    }

    /** @return |K|·v, read from the storage without copying it */
    public static double[] times(SymmetricMatrix kernel, double[] v) {
        int n = kernel.size();
        double[] y = new double[n];
        if (kernel instanceof StencilMatrix s) {
            double[] c = s.coefficients();
            int r = s.halfBandwidth();
            for (int i = 0; i < n; i++) {
                double sum = Math.abs(c[0]) * v[i];
                for (int k = 1; k <= r; k++) {
                    double a = Math.abs(c[k]);
                    sum += (i - k >= 0 ? a * v[i - k] : 0) + (i + k < n ? a * v[i + k] : 0);
                }
                y[i] = sum;
            }
        } else if (kernel instanceof BandedMatrix b) {
            double[][] d = b.diagonals();
            for (int i = 0; i < n; i++) {
                double sum = Math.abs(d[0][i]) * v[i];
                for (int k = 1; k < d.length; k++) {
                    sum += (i - k >= 0 ? Math.abs(d[k][i - k]) * v[i - k] : 0) + (i + k < n ? Math.abs(d[k][i]) * v[i + k] : 0);
                }
                y[i] = sum;
            }
        } else if (kernel instanceof SparseMatrix s) {
            int[] start = s.rowStart();
            int[] columns = s.columns();
            double[] values = s.values();
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int p = start[i]; p < start[i + 1]; p++) {
                    sum += Math.abs(values[p]) * v[columns[p]];
                }
                y[i] = sum;
            }
        } else if (kernel instanceof DenseMatrix d) {
            double[] values = d.values();
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += Math.abs(values[i * n + j]) * v[j];
                }
                y[i] = sum;
            }
        } else {
            throw new IllegalArgumentException("unknown matrix storage " + kernel.getClass().getName());
        }
        return y;
    }

    /** @return the largest number of stored entries in a row, m */
    public static int maxRowTerms(SymmetricMatrix kernel) {
        int n = kernel.size();
        if (kernel instanceof SparseMatrix s) {
            int m = 0;
            for (int i = 0; i < n; i++) {
                m = Math.max(m, s.rowStart()[i + 1] - s.rowStart()[i]);
            }
            return m;
        }
        if (kernel instanceof DenseMatrix) {
            return n;
        }
        return (int) Math.min(n, 2L * kernel.halfBandwidth() + 1);
    }
}
