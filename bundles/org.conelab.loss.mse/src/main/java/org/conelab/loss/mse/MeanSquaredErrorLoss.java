package org.conelab.loss.mse;

import java.util.Optional;
import org.conelab.api.ServiceProperties;
import org.conelab.api.loss.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * The squared error of a prediction f against a target y:
 *
 * <pre>
 *   l(y, f)   = ½(f − y)²
 *   ∂l/∂f     = f − y
 *   ∂²l/∂f²   = 1
 * </pre>
 *
 * <p>The weight of the linearised dynamics is W = I. Unlike the Itakura–Saito loss, MSE is not
 * scale invariant: l(a·y, a·f) = a²·l(y, f). Any finite y and f are allowed.
 */
@Component(service = Loss.class, property = {
    ServiceProperties.ID + "=mse",
    "service.ranking:Integer=100",
    ServiceProperties.DESCRIPTION + "=Mean squared error l = (f - y)^2 / 2 (any finite y, f; weight w = 1)"
})
public final class MeanSquaredErrorLoss implements Loss {

    @Override
    public double value(double y, double f) {
        double residual = f - y;
        return 0.5 * residual * residual;
    }

    @Override
    public double gradient(double y, double f) {
        return f - y;
    }

    @Override
    public double curvature(double y, double f) {
        return 1.0;
    }

    @Override
    public Optional<String> domainViolation(double y, double f) {
        if (!Double.isFinite(y)) {
            return Optional.of("MSE loss needs a finite target, got " + y);
        }
        if (!Double.isFinite(f)) {
            return Optional.of("MSE loss needs a finite prediction, got " + f);
        }
        return Optional.empty();
    }
}
