package org.conelab.api.analysis;

import org.conelab.api.loss.Loss;
import org.conelab.api.solver.SpectrumBounds;

/**
 * One loss's training set-up in an experiment. The weights are copied in and out, so no
 * analyzer can change them under the next.
 *
 * @param lossId the loss's {@code conelab.id}
 * @param loss the loss
 * @param weights w_i = ∂²l/∂f²(y_i, y_i), the diagonal of W
 * @param eta the resolved step size η
 * @param etaLimit 2/λ_max(S), the linear-stability limit of η for these weights, from the safe
 *     (upper) end of λ_max's error interval
 * @param spectrum λ_min and λ_max of S = W^½KW^½ with their error bounds, as the solver stated
 *     them (NaN bounds when unknown)
 * @since 1.1 (spectrum)
 */
public record Training(String lossId, Loss loss, double[] weights, double eta, double etaLimit, SpectrumBounds spectrum) {

    /** Copies the weights. */
    public Training {
        weights = weights.clone();
    }

    /**
     * The 1.0 form, with the spectrum unknown.
     *
     * @param lossId the loss's id
     * @param loss the loss
     * @param weights the diagonal of W
     * @param eta the step size
     * @param etaLimit the stability limit
     */
    public Training(String lossId, Loss loss, double[] weights, double eta, double etaLimit) {
        this(lossId, loss, weights, eta, etaLimit, new SpectrumBounds(Double.NaN, Double.NaN, Double.NaN));
    }

    /** @return a copy of the weights */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The spectral radius of I − ηA, max_k |1 − ηλ_k| = max(|1 − ηλ_min|, |1 − ηλ_max|), from
     * the worst ends of the error intervals: the per-step growth factor of the slowest (or
     * fastest-growing) mode. Above 1 the linearised dynamics diverge.
     *
     * @return the spectral radius, or NaN when the spectrum is unknown
     * @since 1.1
     */
    public double spectralRadius() {
        double low = 1 - eta * (spectrum.min() - spectrum.minTolerance());
        double high = 1 - eta * spectrum.maxUpper();
        return Math.max(Math.abs(low), Math.abs(high));
    }
}
