package org.conelab.api.analysis;

import org.conelab.api.loss.Loss;

/**
 * One loss's training set-up in an experiment.
 *
 * @param lossId the loss's {@code conelab.id}
 * @param loss the loss
 * @param weights w_i = ∂²l/∂f²(y_i, y_i), the diagonal of W
 * @param eta the resolved step size η
 * @param etaLimit 2/λ_max(S), the linear-stability limit of η for these weights
 */
public record Training(String lossId, Loss loss, double[] weights, double eta, double etaLimit) {
}
