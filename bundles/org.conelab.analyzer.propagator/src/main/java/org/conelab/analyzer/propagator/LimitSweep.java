package org.conelab.analyzer.propagator;

import java.util.ArrayList;
import java.util.List;
import org.conelab.analyzer.propagator.field.BoxImages;
import org.conelab.analyzer.propagator.field.Lattice;
import org.conelab.analyzer.propagator.fit.LineFit;
import org.conelab.analyzer.propagator.fit.MassiveFit;
import org.conelab.analyzer.propagator.fit.ProfileShape;
import org.conelab.analyzer.propagator.fit.Shape;

/**
 * The limits of eq. (7) and §7, measured: on one lattice per dimension (spacing
 * h = ℓ/{@code sweep.resolution} at the unmodified λ and y₀, {@code sweep.half} spacings from
 * centre to wall), the propagator is solved while y₀ grows by 10^{j/steps} (j = 0 … decades·steps)
 * and, separately, while λ shrinks by the same factors; and once with m² = 0 exactly, the
 * massless theory of eq. (12). Each profile along an axis is classified in the window
 * 3h ≤ r ≤ L/2 by {@link ProfileShape} (points below {@value #FLOOR}·G(0), the solves'
 * accuracy, dropped). The correlation length's response is the least-squares slope of ln ℓ
 * against ln y₀ (against ln λ), ℓ from the massive fit, over the points whose ℓ the lattice and
 * the window resolve, h ≤ ℓ ≤ L/2 (eq. 6: slopes 1 and ½): below h the lattice sets the decay,
 * beyond the window's end the profile hardly depends on ℓ (whichever form the AIC prefers
 * there). The points are independent solves, run in parallel.
 */
final class LimitSweep {

    /** Profile values at or below this fraction of G(0) are below the solves' accuracy (CG to 1e-12 relative). */
    static final double FLOOR = 1e-9;
    /** The window starts this many spacings from the source, past the lattice δ's near field. */
    static final int WINDOW_FIRST = 3;

    /** Which parameter a sweep moves. */
    enum Kind {
        /** y₀ → ∞. */
        Y0_UP(0),
        /** λ → 0. */
        LAMBDA_DOWN(1),
        /** m² = 0: eq. (12). */
        MASSLESS(2);

        final int code;

        Kind(int code) {
            this.code = code;
        }
    }

    /**
     * One profile of a sweep.
     *
     * @param kind the sweep
     * @param factor the factor applied to y₀ (or by which λ was divided)
     * @param lambda λ of this point
     * @param y0 y₀ of this point (+∞ for the massless one)
     * @param theoryLength √(2λ)·y₀
     * @param shape the fit's decision
     * @param atSource G(0)
     * @param axis G along the axis, offsets 0 … half − 1
     * @param seconds the solve's time
     * @param solver the solver, described
     */
    record Point(Kind kind, double factor, double lambda, double y0, double theoryLength, ProfileShape.Result shape,
            double atSource, double[] axis, double seconds, String solver) {
    }

    /**
     * @param dimension d
     * @param spacing h
     * @param half L/h
     * @param points every profile, the y₀ sweep first, then the λ sweep, then the massless one
     * @param solver the solvers used, described
     * @param unmeasurable why the sweep could not be done, or null
     */
    record Result(int dimension, double spacing, int half, List<Point> points, String solver, String unmeasurable) {

        /** @return the points of one sweep */
        List<Point> of(Kind kind) {
            return points.stream().filter(p -> p.kind() == kind).toList();
        }

        /** @return the last point of a sweep: the largest y₀, the smallest λ, or the massless one */
        Point extreme(Kind kind) {
            List<Point> sweep = of(kind);
            return sweep.get(sweep.size() - 1);
        }

        /** @return the slope of ln ℓ against ln y₀ (Y0_UP) or ln λ (LAMBDA_DOWN) over the resolved points, or null */
        LineFit lengthSlope(Kind kind) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (Point p : of(kind)) {
                double length = p.shape().length();
                if (p.shape().shape() != Shape.CONTACT && length >= spacing && length <= half * spacing / 2) {
                    x.add(Math.log(kind == Kind.Y0_UP ? p.y0() : p.lambda()));
                    y.add(Math.log(length));
                }
            }
            if (x.size() < 2) {
                return null;
            }
            return LineFit.of(x.stream().mapToDouble(Double::doubleValue).toArray(), y.stream().mapToDouble(Double::doubleValue).toArray());
        }

        /** @return how many points {@link #lengthSlope} used */
        long resolved(Kind kind) {
            LineFit fit = lengthSlope(kind);
            return fit == null ? 0 : fit.points();
        }
    }

    private LimitSweep() {
    }

    static Result run(int dimension, PropagatorSettings settings, Solves solves) {
        double spacing = settings.length() / settings.sweepResolution();
        int half = settings.sweepHalf();
        Lattice lattice = new Lattice(dimension, half, spacing);
        BoxImages walls = new BoxImages(dimension, lattice.halfWidth(), MassiveFit.MAX_IMAGES);
        int count = settings.decades() * settings.steps();
        List<double[]> specs = new ArrayList<>();
        for (Kind kind : new Kind[] {Kind.Y0_UP, Kind.LAMBDA_DOWN}) {
            for (int j = 0; j <= count; j++) {
                double factor = Math.pow(10, (double) j / settings.steps());
                double lambda = kind == Kind.LAMBDA_DOWN ? settings.lambda() / factor : settings.lambda();
                double y0 = kind == Kind.Y0_UP ? settings.y0() * factor : settings.y0();
                specs.add(new double[] {kind.code, factor, lambda, y0, 1 / (2 * y0 * y0)});
            }
        }
        specs.add(new double[] {Kind.MASSLESS.code, Double.POSITIVE_INFINITY, settings.lambda(), Double.POSITIVE_INFINITY, 0.0});
        List<Point> points;
        try {
            // independent solves: in parallel, collected in order
            points = specs.parallelStream().map(p -> point(Kind.values()[(int) p[0]], p[1], p[2], p[3], p[4], lattice, walls, solves)).toList();
        } catch (Solves.Unsolvable e) {
            return new Result(dimension, spacing, half, List.of(), "", e.getMessage());
        }
        String solvers = points.stream().map(Point::solver).distinct().collect(java.util.stream.Collectors.joining("; "));
        return new Result(dimension, spacing, half, points, solvers, null);
    }

    private static Point point(Kind kind, double factor, double lambda, double y0, double massSquared, Lattice lattice, BoxImages walls,
            Solves solves) {
        Solves.Solved solved = solves.propagator(lattice, lambda, massSquared);
        double[] axis = lattice.axisProfile(solved.u());
        ProfileShape.Result shape = ProfileShape.classify(lattice.dimension(), lattice.spacing(), axis, WINDOW_FIRST,
                lattice.half() / 2, FLOOR, walls);
        double theory = Double.isInfinite(y0) ? Double.POSITIVE_INFINITY : Math.sqrt(2 * lambda) * y0;
        return new Point(kind, factor, lambda, y0, theory, shape, axis[0], axis, solved.seconds(), solved.solver());
    }
}
