package org.conelab.solver.iterative;

import org.conelab.api.matrix.SymmetricMatrix;

/**
 * The Jacobi (diagonal) preconditioner M = diag(A): z ← M⁻¹·r, that is z_i = r_i / A_ii. The
 * diagonal is read through {@link SymmetricMatrix#entry}, whatever the storage.
 */
final class JacobiPreconditioner {

    private final double[] inverseDiagonal;

    private JacobiPreconditioner(double[] inverseDiagonal) {
        this.inverseDiagonal = inverseDiagonal;
    }

    /**
     * @param matrix A, meant to be symmetric positive definite
     * @return M⁻¹ = diag(1/A_ii)
     * @throws ArithmeticException when some A_ii is not a finite number &gt; 0: then A is not
     *     positive definite (eᵢᵀAeᵢ = A_ii ≤ 0)
     */
    static JacobiPreconditioner of(SymmetricMatrix matrix) {
        int n = matrix.size();
        double[] inverse = new double[n];
        for (int i = 0; i < n; i++) {
            double diagonal = matrix.entry(i, i);
            if (!(diagonal > 0) || !Double.isFinite(diagonal)) {
                throw new ArithmeticException("the matrix is not positive definite: A(" + i + ", " + i + ") = "
                        + diagonal + " (a positive definite matrix has a positive diagonal)");
            }
            inverse[i] = 1.0 / diagonal;
        }
        return new JacobiPreconditioner(inverse);
    }

    /** z ← M⁻¹·r; r is not modified. */
    void apply(double[] r, double[] z) {
        for (int i = 0; i < r.length; i++) {
            // z = r / diag(A)
            z[i] = inverseDiagonal[i] * r[i];
        }
    }
}
