package ${package};

import java.util.Optional;
import org.conelab.api.loss.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * The log-cosh loss l(y, f) = log cosh(f − y): quadratic near the target (l ≈ (f − y)²/2) and
 * linear far from it (l ≈ |f − y| − log 2), so it is as smooth as MSE and as robust to outliers as
 * the absolute error.
 *
 * <ul>
 *   <li>gradient ∂l/∂f = tanh(f − y)</li>
 *   <li>curvature ∂²l/∂f² = sech²(f − y), in (0, 1]</li>
 * </ul>
 *
 * <p>At f = y the curvature is 1, as for MSE: the weights W = I of the linearised dynamics
 * e_{t+1} = (I − ηKW)e_t, and with them the light cone and the spectrum of W^½KW^½, are MSE's. The
 * two losses differ where training leaves the linearisation (large residuals). Every finite
 * (y, f) lies in the domain. Stateless, so thread-safe.
 */
@Component(service = Loss.class, property = {
    "conelab.id=${id}",
    "service.ranking:Integer=100",
    "conelab.description=log-cosh loss l = log cosh(f - y) (weight w = 1; linear far from the target)"})
public final class LogCoshLoss implements Loss {

    private static final double LOG_2 = Math.log(2);
    /** Beyond it log 2 cancels nothing noticeable in r − log 2 + …, and below it sinh(r/2) cannot overflow. */
    private static final double LARGE_RESIDUAL = 20;

    @Override
    public double value(double y, double f) {
        double r = Math.abs(f - y);
        if (r < LARGE_RESIDUAL) {
            // log cosh r = log(1 + 2·sinh²(r/2)): accurate to a few ulps even where l ≈ r²/2 is tiny
            double s = Math.sinh(r / 2);
            return Math.log1p(2 * s * s);
        }
        // log cosh r = r − log 2 + log(1 + e^(−2r)): cosh r would overflow for r > 710
        return r - LOG_2 + Math.log1p(Math.exp(-2 * r));
    }

    @Override
    public double gradient(double y, double f) {
        return Math.tanh(f - y);
    }

    @Override
    public double curvature(double y, double f) {
        // sech² r = 4e^(−2r) / (1 + e^(−2r))²: accurate where 1 − tanh² r would cancel
        double e = Math.exp(-2 * Math.abs(f - y));
        return 4 * e / ((1 + e) * (1 + e));
    }

    @Override
    public Optional<String> domainViolation(double y, double f) {
        if (!Double.isFinite(y) || !Double.isFinite(f)) {
            return Optional.of("the log-cosh loss needs a finite target and prediction, got y = " + y + ", f = " + f);
        }
        return Optional.empty();
    }
}
