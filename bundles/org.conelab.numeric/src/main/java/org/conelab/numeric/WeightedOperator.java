package org.conelab.numeric;

import org.conelab.api.InvalidInputException;

/**
 * S = W^½ K W^½, the symmetric matrix similar to A = K·W (A = W^−½ S W^½), as an operator:
 * x ↦ W^½ K (W^½ x), that is (S·x)_i = √w_i · Σ_j K_ij √w_j x_j. One product with K per
 * product with S; S is never formed. Holds one work vector, so an instance is not for
 * concurrent use.
 */
public final class WeightedOperator implements SymmetricOperator {

    private final SymmetricOperator kernel;
    private final double[] roots;
    private final double[] scratch;

    private WeightedOperator(SymmetricOperator kernel, double[] roots) {
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
    public static WeightedOperator of(SymmetricOperator kernel, double[] weights) {
        int n = kernel.size();
        SolverArguments.weights(weights, n);
        return new WeightedOperator(kernel, squareRoots(weights));
    }

    /** @return √w_i for every weight (each correctly rounded) */
    static double[] squareRoots(double[] weights) {
        double[] roots = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            roots[i] = Math.sqrt(weights[i]);
        }
        return roots;
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
