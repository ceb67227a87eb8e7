package org.conelab.pipeline;

import org.conelab.api.InvalidInputException;
import org.conelab.api.kernel.Definiteness;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.SpectrumBounds;

/**
 * Checks every kernel a generator returns before anything trains on it, so that a faulty
 * provider is named in one line instead of producing verdicts: the order matches the graph,
 * every stored entry is finite, the matrix is symmetric, and it is positive semi-definite.
 *
 * <p>Definiteness is measured, not taken from the generator's word: S = W^½KW^½ is congruent
 * to K for any positive W, so by Sylvester's law of inertia λ_min(S) &lt; 0 exactly when K has a
 * negative eigenvalue. A solver's λ_min(S) whose whole error interval lies below 0 therefore
 * proves K indefinite; the check costs nothing beyond the spectrum every training computes.
 */
final class KernelCheck {

    /** Entries K(i, j) and K(j, i) that differ by more than this relative amount make K asymmetric. */
    static final double SYMMETRY_TOLERANCE = 1e-12;

    private KernelCheck() {
    }

    /**
     * @param provider the generator's {@code conelab.id}
     * @param kernel what it returned
     * @param nodes the graph's number of nodes n
     * @throws InvalidInputException (key {@code kernel}) naming the provider and the first entry at fault
     */
    static void shape(String provider, Kernel kernel, int nodes) {
        SymmetricMatrix k = kernel.matrix();
        if (k.size() != nodes) {
            throw fault(provider, "returned a " + k.size() + " × " + k.size() + " matrix for a graph of " + nodes + " nodes");
        }
        if (k instanceof StencilMatrix stencil) {
            double[] c = stencil.coefficients();
            for (int d = 0; d < c.length; d++) {
                requireFinite(provider, c[d], "stencil coefficient " + d);
            }
        } else if (k instanceof BandedMatrix banded) {
            double[][] diagonals = banded.diagonals();
            for (int d = 0; d < diagonals.length; d++) {
                for (int i = 0; i < diagonals[d].length; i++) {
                    requireFinite(provider, diagonals[d][i], "K(" + (i + d) + ", " + i + ")");
                }
            }
        } else if (k instanceof SparseMatrix sparse) {
            checkSparse(provider, sparse);
        } else if (k instanceof DenseMatrix dense) {
            checkDense(provider, dense);
        }
    }

    /**
     * @param provider the generator's {@code conelab.id}
     * @param kernel the kernel, for the definiteness its generator claimed
     * @param spectrum the solver's extremes of S = W^½KW^½
     * @param solver the solver's {@code conelab.id}
     * @throws InvalidInputException (key {@code kernel}) when K is proven indefinite
     */
    static void definite(String provider, Kernel kernel, SpectrumBounds spectrum, String solver) {
        if (spectrum.min() + spectrum.minTolerance() < 0) {
            Definiteness claimed = kernel.facts().definiteness();
            throw fault(provider, String.format(java.util.Locale.ROOT,
                    "returned a kernel that is not positive semi-definite: λ_min(W^½KW^½) = %.6g ± %.2g (solver %s), so K has a "
                            + "negative eigenvalue (Sylvester's law of inertia)%s; gradient descent on it has no stable step",
                    spectrum.min(), spectrum.minTolerance(), solver,
                    claimed == Definiteness.UNKNOWN ? "" : " although the generator states it is " + claimed.label()));
        }
    }

    /**
     * R ≥ n, refused: the graph's distances are at most n − 1, so a range of n or more puts every
     * pair of nodes within range; K then has no zero that locality demands, the light cone
     * (I − ηA)^t covers the whole graph from step 1, and the platform, whose purpose is to measure
     * locality, would report claims that hold trivially. A user asking for it has usually swapped
     * R and n. (n = 1 has no pair of nodes and is let through; the kernels' own tests cover R ≥ n
     * as a numerical edge case.)
     *
     * @param provider the generator's {@code conelab.id}
     * @param kernel what it returned
     * @param n the number of nodes
     * @throws InvalidInputException (key {@code kernel}) when the kernel's stated range R is at least n ≥ 2
     */
    static void range(String provider, Kernel kernel, int n) {
        int range = kernel.locality().range();
        if (kernel.locality().isStrictlyLocal() && n >= 2 && range >= n) {
            throw new InvalidInputException("kernel", "'" + provider + "' has range R = " + range + " ≥ n = " + n + ": every pair of"
                    + " nodes is within range (distances are at most n − 1), so K is not local and the light cone covers the graph from"
                    + " step 1 — there is no locality to measure; choose a range R ≤ " + (n - 1) + " (kernel.range for graph), or a larger n");
        }
    }

    private static void checkSparse(String provider, SparseMatrix k) {
        int[] start = k.rowStart();
        int[] columns = k.columns();
        double[] values = k.values();
        for (int i = 0; i < k.size(); i++) {
            for (int p = start[i]; p < start[i + 1]; p++) {
                int j = columns[p];
                if (j < 0 || j >= k.size()) {
                    throw fault(provider, "stores an entry in column " + j + " of row " + i + ", outside 0 … " + (k.size() - 1));
                }
                requireFinite(provider, values[p], "K(" + i + ", " + j + ")");
                requireSymmetric(provider, i, j, values[p], k.entry(j, i));
            }
        }
    }

    private static void checkDense(String provider, DenseMatrix k) {
        int n = k.size();
        double[] values = k.values();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double lower = values[i * n + j];
                requireFinite(provider, lower, "K(" + i + ", " + j + ")");
                requireSymmetric(provider, i, j, lower, values[j * n + i]);
            }
        }
    }

    private static void requireFinite(String provider, double value, String where) {
        if (!Double.isFinite(value)) {
            throw fault(provider, "returned " + where + " = " + value + ", not a finite number");
        }
    }

    private static void requireSymmetric(String provider, int i, int j, double kij, double kji) {
        if (Math.abs(kij - kji) > SYMMETRY_TOLERANCE * Math.max(Math.abs(kij), Math.abs(kji))) {
            throw fault(provider, "returned a matrix that is not symmetric: K(" + i + ", " + j + ") = " + kij + " but K(" + j + ", "
                    + i + ") = " + kji);
        }
    }

    private static InvalidInputException fault(String provider, String problem) {
        return new InvalidInputException("kernel", "'" + provider + "' " + problem);
    }
}
