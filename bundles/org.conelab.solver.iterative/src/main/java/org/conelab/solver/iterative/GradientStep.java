package org.conelab.solver.iterative;

import org.conelab.numeric.SymmetricOperator;

/**
 * One step of the linearised dynamics, e ← (I − η·K·W)·e computed as e ← e − η·K·(w∘e): one
 * product with K and two passes over the vectors. Holds two work vectors, so an instance is not
 * for concurrent use.
 */
final class GradientStep {

    private final SymmetricOperator kernel;
    private final double[] weights;
    private final double eta;
    private final double[] weighted;
    private final double[] product;

    /**
     * @param kernel K
     * @param weights w (read, not copied)
     * @param eta η
     */
    GradientStep(SymmetricOperator kernel, double[] weights, double eta) {
        this.kernel = kernel;
        this.weights = weights;
        this.eta = eta;
        this.weighted = new double[weights.length];
        this.product = new double[weights.length];
    }

    /**
     * @param kernel K
     * @param weights w, length n
     * @param x the input, length n, not modified
     * @return y = K·(w∘x), a new array
     */
    static double[] product(SymmetricOperator kernel, double[] weights, double[] x) {
        double[] weighted = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            // u = w ∘ x
            weighted[i] = weights[i] * x[i];
        }
        double[] y = new double[x.length];
        kernel.apply(weighted, y);
        return y;
    }

    /** @param error e, overwritten with (I − ηKW)·e */
    void apply(double[] error) {
        for (int i = 0; i < weighted.length; i++) {
            // u = w ∘ e
            weighted[i] = weights[i] * error[i];
        }
        kernel.apply(weighted, product);
        for (int i = 0; i < weighted.length; i++) {
            // e ← e − η·K·u
            error[i] -= eta * product[i];
        }
    }
}
