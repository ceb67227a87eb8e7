package org.conelab.solver.iterative;

import org.conelab.api.InvalidInputException;
import org.conelab.numeric.SolverArguments;

/**
 * S = W^½ K W^½, the symmetric matrix similar to A = K·W (A = W^−½ S W^½), as an operator:
 * x ↦ W^½ K (W^½ x), that is (S·x)_i = √w_i · Σ_j K_ij √w_j x_j. One product with K per
 * product with S; S is never formed. Holds one work vector, so an instance is not for
 * concurrent use.
 */
final class WeightedOperator implements LinearOperator {

    private final LinearOperator kernel;
    private final double[] roots;
    private final double[] scratch;

    private WeightedOperator(LinearOperator kernel, double[] roots) {
        this.kernel = kernel;
        this.roots = roots;
        this.scratch = new double[roots.length];
    }

    /**
     * @param kernel K, n×n
     * @param weights w, length n, every entry a finite number &gt; 0
     * @return the operator x ↦ W^½ K W^½ x
     * @throws InvalidInputException naming the weights or the weight at fault
     */
    static WeightedOperator of(LinearOperator kernel, double[] weights) {
        int n = kernel.size();
        SolverArguments.weights(weights, n);
        double[] roots = new double[n];
        for (int i = 0; i < n; i++) {
            roots[i] = Math.sqrt(weights[i]);
        }
        return new WeightedOperator(kernel, roots);
    }

    @Override
    public int size() {
        return roots.length;
    }

    @Override
    public void apply(double[] x, double[] y) {
        for (int i = 0; i < roots.length; i++) {
            // u = W^½ x
            scratch[i] = roots[i] * x[i];
        }
        kernel.apply(scratch, y);
        for (int i = 0; i < roots.length; i++) {
            // y = W^½ K u
            y[i] *= roots[i];
        }
    }
}
