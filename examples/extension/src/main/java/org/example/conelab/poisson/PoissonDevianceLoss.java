package org.example.conelab.poisson;

import java.util.Optional;
import org.conelab.api.loss.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * The Poisson deviance l(y, f) = y·log(y/f) − y + f, for y ≥ 0 and f &gt; 0: the Bregman
 * divergence between the IS loss (curvature 1/y² at f = y) and MSE (curvature 1): its curvature
 * at f = y is 1/y, and it scales as l(ay, af) = a·l(y, f).
 *
 * <ul>
 *   <li>gradient ∂l/∂f = 1 − y/f</li>
 *   <li>curvature ∂²l/∂f² = y/f²</li>
 * </ul>
 */
@Component(service = Loss.class, property = {
    "conelab.id=poisson",
    "service.ranking:Integer=100",
    "conelab.description=Poisson deviance l = y log(y/f) - y + f (example extension; weight w = 1/y)"})
public final class PoissonDevianceLoss implements Loss {

    @Override
    public double value(double y, double f) {
        // y·log(y/f) → 0 as y → 0
        return (y == 0 ? 0 : y * Math.log(y / f)) - y + f;
    }

    @Override
    public double gradient(double y, double f) {
        return 1 - y / f;
    }

    @Override
    public double curvature(double y, double f) {
        return y / (f * f);
    }

    @Override
    public Optional<String> domainViolation(double y, double f) {
        if (!(y > 0) || Double.isInfinite(y)) {
            return Optional.of("Poisson deviance needs target > 0 here (its weight 1/y must be finite), got " + y);
        }
        if (!(f > 0) || Double.isInfinite(f)) {
            return Optional.of("Poisson deviance needs a prediction > 0, got " + f);
        }
        return Optional.empty();
    }
}
