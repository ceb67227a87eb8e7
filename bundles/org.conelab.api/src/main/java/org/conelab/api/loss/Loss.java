package org.conelab.api.loss;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A per-sample loss l(y, f) of a target y and a prediction f. The total loss is the sum over
 * samples. The linearised dynamics use the curvature at f = y as the diagonal weight
 * w = d²l/df², so that e_{t+1} = (I − ηKW) e_t.
 *
 * <p>Register as a service with {@code conelab.id} (for example {@code is}, {@code mse}).
 */
@ConsumerType
public interface Loss {

    /** @return l(y, f); the caller has checked {@link #domainViolation} */
    double value(double y, double f);

    /** @return the gradient ∂l/∂f at (y, f) */
    double gradient(double y, double f);

    /** @return the curvature ∂²l/∂f² at (y, f) */
    double curvature(double y, double f);

    /**
     * @return a short description of why (y, f) lies outside the loss's domain, for example
     *     {@code "target must be > 0 for the IS loss, got -1.0"}, or empty when it is inside
     */
    Optional<String> domainViolation(double y, double f);
}
