package org.conelab.api.solver;

import org.conelab.api.matrix.SymmetricMatrix;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A linear-algebra back-end for the linearised training dynamics e_{t+1} = (I − ηKW)e_t and
 * the spectra behind them. A = KW is not symmetric but is similar to S = W^½ K W^½, which is;
 * spectra are computed on S.
 *
 * <p>Register as a service with {@code conelab.id} and {@code service.ranking}; a pipeline
 * with {@code solver = auto} uses the highest-ranked solver whose {@link #supports} accepts
 * the kernel. Every operation throws {@link IllegalArgumentException} for a matrix it does
 * not support, and {@link org.conelab.api.InvalidInputException} (subject {@code n}) when the
 * problem would not fit in memory, before allocating.
 */
@ConsumerType
public interface Solver {

    /** @return whether this solver handles the structure and size of {@code matrix} */
    boolean supports(SymmetricMatrix matrix);

    /**
     * Evolves e ← (I − ηKW)e for {@code steps} steps, in place.
     *
     * @param dynamics K, w and η
     * @param error e_0 on entry, e_T (or the state when the observer stopped) on return
     * @param steps T ≥ 0
     * @param interval how often to call the observer, in steps (≥ 1)
     * @param observer called at t = 0, every {@code interval} steps and at t = T
     * @return the number of steps taken
     */
    int evolve(LinearDynamics dynamics, double[] error, int steps, int interval, StepObserver observer);

    /**
     * @param dynamics K, w and η
     * @param source the node j whose unit perturbation is followed
     * @param steps T ≥ 0
     * @return J_t·e_j for t = 0 … T; entries left out are zero by the matrix's storage structure,
     *     never assumed zero from the kernel's declared locality
     */
    ResponseColumns response(LinearDynamics dynamics, int source, int steps);

    /**
     * The plain product y = K·(w∘x), the step that nonlinear training f ← f − η·K·g takes
     * (with w∘x = g) and that every full-vector check uses. The default goes through the
     * matrix's reference product; solvers override it with their own.
     *
     * @param kernel K
     * @param weights w, length n (all ones for y = K·x)
     * @param x the input, length n, not modified
     * @return y, a new array of length n
     * @throws IllegalArgumentException when a length is not n
     * @since 1.1
     */
    default double[] product(SymmetricMatrix kernel, double[] weights, double[] x) {
        int n = kernel.size();
        if (weights.length != n || x.length != n) {
            throw new IllegalArgumentException("product needs weights and x of length n = " + n + ", got "
                    + weights.length + " and " + x.length);
        }
        double[] scaled = new double[n];
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * x[i];
        }
        double[] y = new double[n];
        kernel.apply(scaled, y);
        return y;
    }

    /**
     * Solves A·x = b for a symmetric positive definite A.
     *
     * @throws ArithmeticException when A is found not to be positive definite
     */
    double[] solve(SymmetricMatrix matrix, double[] rhs);

    /** @return every eigenvalue of S = W^½ K W^½, ascending */
    double[] eigenvalues(SymmetricMatrix kernel, double[] weights);

    /**
     * Exact eigenvalue counts of S = W^½ K W^½ by Sylvester's law of inertia: N(σ) is the number
     * of negative pivots of an LDLᵀ factorisation of S − σI (a Sturm count on a tri-diagonal
     * form), exact for a matrix within a few ulps of S. O(n·R²) once and O(n) per shift for band
     * storage, so a density of n = 10⁶ with hundreds of bins is routine.
     *
     * @param kernel K
     * @param weights w, length n, all &gt; 0
     * @param shifts σ_0 … σ_{m−1}, any order, finite
     * @return N(σ_k) = #{λ(S) &lt; σ_k} for each k, or empty when this solver cannot count exactly
     *     (the caller then estimates, for example by stochastic Lanczos quadrature)
     * @since 1.1
     */
    default java.util.Optional<long[]> eigenvalueCounts(SymmetricMatrix kernel, double[] weights, double[] shifts) {
        return java.util.Optional.empty();
    }

    /**
     * @return λ_min and λ_max of S = W^½ K W^½, each with an honest error bound; λ_min to
     *     high relative accuracy where the data determine it (K well conditioned, W graded)
     */
    SpectrumBounds extremes(SymmetricMatrix kernel, double[] weights);
}
