package org.conelab.api.loss;

import java.util.List;
import java.util.Optional;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A per-sample loss l(y, f) of a target y and a prediction f. The total loss is the sum over
 * samples. The linearised dynamics use the curvature at f = y as the diagonal weight
 * w = d²l/df², so that e_{t+1} = (I − ηKW) e_t.
 *
 * <p>Register as a service with {@code conelab.id} (for example {@code is}, {@code mse}).
 *
 * <p>What the platform calls, and where: the pipeline checks {@link #domainViolation} on every
 * (y, f₀) and forms W from {@link #curvature} at f = y — that alone fixes the linearised
 * dynamics, the light cone and the spectrum of S = W^½KW^½, so two losses with the same
 * curvature at f = y (MSE and a Huber loss with δ above every residual, say) give the same
 * findings there. {@link #value} and {@link #gradient} are used where training leaves the
 * linearisation (the nonlinear gradient descent f ← f − η·K·g).
 *
 * <p>A loss with parameters (a Huber δ, a Tweedie power) declares them in {@link #parameters}
 * and returns a configured copy from {@link #configure}; a pipeline sets them under the key of
 * the role the loss plays: {@code loss.*} for the trained loss, {@code compare.*} for the other.
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

    /**
     * @return the parameters read by {@link #configure} (none by default)
     * @since 1.1
     */
    default List<ParameterSpec> parameters() {
        return List.of();
    }

    /**
     * @param parameters the loss's section of the pipeline ({@code loss.*} or {@code compare.*}),
     *     holding only keys of {@link #parameters}
     * @return the loss with those parameters (this loss by default: nothing to set)
     * @throws org.conelab.api.InvalidInputException naming the key when a value is bad
     * @since 1.1
     */
    default Loss configure(Parameters parameters) {
        return this;
    }
}
