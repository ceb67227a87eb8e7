package org.conelab.loss.is;

import java.util.Optional;
import org.conelab.api.ServiceProperties;
import org.conelab.api.loss.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * The Itakura–Saito divergence of a prediction f from a target y, both &gt; 0:
 *
 * <pre>
 *   l(y, f)   = y/f − log(y/f) − 1          ≥ 0, = 0 only at f = y
 *   ∂l/∂f     = (f − y)/f²
 *   ∂²l/∂f²   = (2y − f)/f³                 = 1/y² at f = y
 * </pre>
 *
 * <p>l depends on y and f only through the ratio y/f, so it is scale invariant:
 * l(a·y, a·f) = l(y, f) for every a &gt; 0, while the gradient scales as 1/a and the
 * curvature as 1/a². The curvature at f = y, w = 1/y², is the weight W = diag(1/y²) of the
 * linearised dynamics e_{t+1} = (I − ηKW)e_t (paper §13).
 *
 * <p>The value is evaluated as u − log(1 + u) with u = y/f − 1, and by its Taylor series
 * u²/2 − u³/3 + … for |u| &lt; {@value #SERIES_LIMIT}, so that it keeps full relative accuracy
 * near its minimum and is never negative there (the textbook form y/f − log(y/f) − 1 loses all
 * digits to cancellation when f ≈ y).
 */
@Component(service = Loss.class, property = {
    ServiceProperties.ID + "=is",
    "service.ranking:Integer=100",
    ServiceProperties.DESCRIPTION + "=Itakura-Saito loss l = y/f - log(y/f) - 1 (needs y > 0, f > 0; weight w = 1/y^2)"
})
public final class ItakuraSaitoLoss implements Loss {

    /** Below this |u| = |y/f − 1| the value is summed from its Taylor series. */
    static final double SERIES_LIMIT = 1e-2;

    /**
     * Number of Taylor terms: the first omitted one, |u|^(TERMS+2)/(TERMS+2), is below 1e-19
     * of the leading term u²/2 at |u| = {@link #SERIES_LIMIT}.
     */
    private static final int SERIES_TERMS = 10;

    @Override
    public double value(double y, double f) {
        double ratio = y / f;
        if (ratio == 0.0 || Double.isInfinite(ratio)) {
            // y/f under- or overflowed: l = y/f − (log y − log f) − 1 without forming log(y/f)
            return ratio - (Math.log(y) - Math.log(f)) - 1.0;
        }
        double u = ratio - 1.0;
        if (Math.abs(u) < SERIES_LIMIT) {
            return series(u);
        }
        return u - Math.log1p(u);
    }

    /** @return u − log(1 + u) = Σ_{k≥2} (−1)^k u^k / k, summed by Horner's rule */
    private static double series(double u) {
        double sum = 0.0;
        for (int k = SERIES_TERMS + 1; k >= 2; k--) {
            // sum ← (−1)^k/k + u·sum
            sum = ((k % 2 == 0) ? 1.0 : -1.0) / k + u * sum;
        }
        return u * u * sum;
    }

    @Override
    public double gradient(double y, double f) {
        // (f − y)/f² written as (1 − y/f)/f so that f² cannot overflow
        return (1.0 - y / f) / f;
    }

    @Override
    public double curvature(double y, double f) {
        // (2y − f)/f³ written as (2·y/f − 1)/f²
        return (2.0 * (y / f) - 1.0) / f / f;
    }

    @Override
    public Optional<String> domainViolation(double y, double f) {
        Optional<String> target = check("target", y);
        return target.isPresent() ? target : check("prediction", f);
    }

    private static Optional<String> check(String what, double value) {
        if (!Double.isFinite(value)) {
            return Optional.of("IS loss needs a finite " + what + ", got " + value);
        }
        if (value <= 0.0) {
            return Optional.of("IS loss needs " + what + " > 0, got " + value);
        }
        return Optional.empty();
    }
}
