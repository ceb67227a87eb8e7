package org.conelab.analyzer.propagator.fit;

import java.util.Locale;
import org.conelab.analyzer.propagator.field.BoxImages;

/**
 * Decides by fit which shape a radial profile G(r_i) has in a window — the verdict on a claimed
 * shape comes from this, not from the claim.
 *
 * <ol>
 *   <li>Points below {@code floor}·G(0) are dropped (they are below the solve's accuracy). With
 *       fewer than {@value #MIN_POINTS} left in the window the profile is {@link Shape#CONTACT}:
 *       it decays faster than the lattice resolves; its length is then the first step's decay
 *       length h/ln(G(0)/G(h)).</li>
 *   <li>Two models are fitted: the massive d-dimensional form with the box's images
 *       ({@link MassiveFit}, 2 parameters: ℓ, A) and the power law with offset
 *       ({@link PowerLawFit}, 3 parameters: p, A, c). They are compared by Akaike's information
 *       criterion on the relative residuals, AIC = n·ln(RSS/n) + 2k (Akaike, IEEE Trans.
 *       Automatic Control 19, 1974), which charges the power law for its extra parameter.</li>
 *   <li>If the massive form wins and its ℓ is at most the window's outer radius (at least one
 *       e-fold of decay is seen), the shape is {@link Shape#EXPONENTIAL}. Otherwise the window
 *       sees no decay length and the shape is named by the fitted exponent:
 *       {@link Shape#LINEAR} when |p + 1| ≤ {@value #EXPONENT_BAND}, {@link Shape#LOGARITHMIC}
 *       when |p| ≤ {@value #EXPONENT_BAND}, else {@link Shape#POWER_LAW}.</li>
 * </ol>
 */
public final class ProfileShape {

    /** The fewest points above the floor for a fit. */
    public static final int MIN_POINTS = 4;
    /** The band around −1 and 0 within which a fitted exponent is named linear or logarithmic. */
    public static final double EXPONENT_BAND = 0.15;

    private ProfileShape() {
    }

    /**
     * The result.
     *
     * @param shape the shape decided
     * @param length ℓ of the massive fit (for a contact profile, the first step's decay length)
     * @param lengthRms its relative residual spread
     * @param exponent p of the power law with offset (NaN for a contact profile)
     * @param exponentRms its relative residual spread
     * @param pureExponent the plain log-log exponent (NaN for a contact profile)
     * @param points the points fitted
     * @param massivePreferred whether the AIC preferred the massive form
     */
    public record Result(Shape shape, double length, double lengthRms, double exponent, double exponentRms,
            double pureExponent, int points, boolean massivePreferred) {

        /** @return the shape in words, with the figure that names it */
        public String describe() {
            return switch (shape) {
                case CONTACT -> String.format(Locale.ROOT, "contact (first-step decay length %.3g)", length);
                case EXPONENTIAL -> String.format(Locale.ROOT, "exponential, ℓ = %.4g", length);
                case LINEAR, LOGARITHMIC, POWER_LAW -> String.format(Locale.ROOT, "%s, p = %.3f", shape.label(), exponent);
            };
        }
    }

    /**
     * @param dimension d
     * @param spacing h
     * @param axis G at offsets k = 0, 1, … along an axis of the lattice (G(0) first)
     * @param first the window's first offset, ≥ 1
     * @param last its last offset, &lt; axis.length
     * @param floor the relative accuracy floor: values at or below floor·G(0) are dropped
     * @param walls the Dirichlet box (for the massive fit's images), or null
     * @return the decision and both fits
     */
    public static Result classify(int dimension, double spacing, double[] axis, int first, int last, double floor,
            BoxImages walls) {
        double atSource = axis[0];
        int kept = 0;
        for (int i = first; i <= last; i++) {
            kept += keep(axis[i], floor * atSource) ? 1 : 0;
        }
        if (kept < MIN_POINTS) {
            double length = axis[1] > 0 ? spacing / Math.log(atSource / axis[1]) : 0.0;
            return new Result(Shape.CONTACT, length, Double.NaN, Double.NaN, Double.NaN, Double.NaN, kept, false);
        }
        double[] r = new double[kept];
        double[] g = new double[kept];
        double[][] x = new double[kept][];
        int k = 0;
        for (int i = first; i <= last; i++) {
            if (keep(axis[i], floor * atSource)) {
                r[k] = i * spacing;
                g[k] = axis[i];
                x[k] = new double[dimension];
                x[k][0] = r[k];
                k++;
            }
        }
        double rMax = r[kept - 1];
        double upper = walls == null ? 1e4 * rMax : 1e3 * Math.max(rMax, walls.halfWidth());
        MassiveFit massive = MassiveFit.of(dimension, x, g, walls, spacing / 50, upper);
        PowerLawFit power = PowerLawFit.of(r, g);
        boolean massivePreferred = aic(massive.rms(), kept, 2) <= aic(power.rms(), kept, 3);
        Shape shape;
        if (massivePreferred && massive.length() <= rMax) {
            shape = Shape.EXPONENTIAL;
        } else if (Math.abs(power.exponent() + 1) <= EXPONENT_BAND) {
            shape = Shape.LINEAR;
        } else if (Math.abs(power.exponent()) <= EXPONENT_BAND) {
            shape = Shape.LOGARITHMIC;
        } else {
            shape = Shape.POWER_LAW;
        }
        return new Result(shape, massive.length(), massive.rms(), power.exponent(), power.rms(), power.pureExponent(), kept,
                massivePreferred);
    }

    private static boolean keep(double value, double floor) {
        return value > floor && Double.isFinite(value);
    }

    /** @return n·ln(RSS/n) + 2k with RSS = n·rms² (floored, so that an exact fit does not give −∞) */
    static double aic(double rms, int n, int parameters) {
        double meanSquare = Math.max(rms * rms, 1e-300);
        return n * Math.log(meanSquare) + 2 * parameters;
    }
}
