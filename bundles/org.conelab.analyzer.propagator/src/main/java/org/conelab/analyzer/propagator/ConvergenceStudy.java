package org.conelab.analyzer.propagator;

import java.util.ArrayList;
import java.util.List;
import org.conelab.analyzer.propagator.field.BoxImages;
import org.conelab.analyzer.propagator.field.FreePropagator;
import org.conelab.analyzer.propagator.field.Lattice;
import org.conelab.analyzer.propagator.fit.LineFit;
import org.conelab.analyzer.propagator.fit.MassiveFit;

/**
 * The lattice propagator against its closed form, at several spacings. For d = 1, 2, 3 and
 * h = ℓ/(resolution·2^k): solve (−λΔ_h + m²)·u = e_c/h^d in the Dirichlet box [−L, L]^d and
 * compare u, at the nodes of the coarsest lattice that lie in the window (0 ≤ |x| ≤ 2ℓ on a
 * chain, ℓ ≤ |x| ≤ 2ℓ on grids, away from the point source whose lattice δ is resolved only
 * at O(h²/|x|²)), with the closed form of {@link FreePropagator} summed over the box's images
 * ({@link BoxImages}, reach 40ℓ: the walls are part of the reference, not an error). The same
 * physical points are nodes of every finer lattice. The observed order is the least-squares
 * slope of ln(max relative error) against ln h over all levels; the correlation length and
 * amplitude are fitted ({@link MassiveFit}) to the finest lattice's profile along an axis in
 * the window, images included.
 */
final class ConvergenceStudy {

    /** Images are summed out to this many ℓ for the reference: f_d(40) &lt; 5e-18. */
    static final double REFERENCE_REACH = 40;

    /**
     * @param spacing h
     * @param nodes the lattice's size
     * @param maxRelativeError max |u − G_box|/G_box over the window's points
     * @param seconds the solve's time
     * @param solver the solver, described
     */
    record Level(double spacing, int nodes, double maxRelativeError, double seconds, String solver) {
    }

    /**
     * @param dimension d
     * @param levels the levels solved, coarsest first
     * @param order the fit of ln error against ln h (its slope is the order), or null
     * @param fit the massive fit to the finest level's axis profile, or null
     * @param points how many window points were compared
     * @param radius r along the axis of the finest level (for charts)
     * @param computed u there
     * @param reference G_box there
     * @param free the free-space G there (no walls)
     * @param unmeasurable why the study could not be done, or null
     */
    record Result(int dimension, List<Level> levels, LineFit order, MassiveFit fit, int points, double[] radius,
            double[] computed, double[] reference, double[] free, String unmeasurable) {

        /** @return the finest level */
        Level finest() {
            return levels.get(levels.size() - 1);
        }
    }

    private ConvergenceStudy() {
    }

    /** @return the window's inner radius in units of ℓ: 0 on a chain, 1 on grids */
    static double windowStart(int dimension) {
        return dimension == 1 ? 0 : 1;
    }

    static Result run(int dimension, PropagatorSettings settings, Solves solves) {
        double lambda = settings.lambda();
        double length = settings.length();
        double m2 = settings.massSquared();
        double halfWidth = settings.box() * length;
        List<Integer> levels = new ArrayList<>();
        for (int k = 0; k < settings.levels(); k++) {
            if (Lattice.nodes(dimension, settings.half(k)) <= settings.maxNodes()) {
                levels.add(k);
            }
        }
        if (levels.size() < 3) {
            return new Result(dimension, List.of(), null, null, 0, new double[0], new double[0], new double[0], new double[0],
                    "only " + levels.size() + " of the spacings ℓ/" + settings.resolution() + " … fit in propagator.max_nodes = "
                            + settings.maxNodes() + " in " + dimension + "-D; an order needs three");
        }
        Lattice coarse = new Lattice(dimension, settings.half(0), settings.spacing(0));
        BoxImages walls = new BoxImages(dimension, halfWidth, Integer.MAX_VALUE);
        List<int[]> offsets = new ArrayList<>();
        List<Double> reference = new ArrayList<>();
        double low = windowStart(dimension) * length;
        double high = PropagatorSettings.WINDOW_END * length;
        for (int node = 0; node < coarse.size(); node++) {
            double r = coarse.radius(node);
            if (r >= low * (1 - 1e-12) && r <= high * (1 + 1e-12)) {
                offsets.add(coarse.offsets(node));
                reference.add(walls.sum(coarse.position(node), s -> FreePropagator.value(dimension, s, lambda, length),
                        REFERENCE_REACH * length));
            }
        }
        List<Level> solved = new ArrayList<>();
        double[] u = null;
        Lattice finest = null;
        for (int k : levels) {
            Lattice lattice = new Lattice(dimension, settings.half(k), settings.spacing(k));
            Solves.Solved solution;
            try {
                solution = solves.propagator(lattice, lambda, m2);
            } catch (Solves.Unsolvable e) {
                if (solved.size() >= 3) {
                    break;
                }
                return new Result(dimension, solved, null, null, 0, new double[0], new double[0], new double[0], new double[0],
                        e.getMessage());
            }
            double max = 0;
            int scale = 1 << k;
            for (int i = 0; i < offsets.size(); i++) {
                int[] o = offsets.get(i).clone();
                for (int a = 0; a < o.length; a++) {
                    o[a] *= scale;
                }
                double g = reference.get(i);
                max = Math.max(max, Math.abs(solution.u()[lattice.node(o)] - g) / g);
            }
            solved.add(new Level(lattice.spacing(), lattice.size(), max, solution.seconds(), solution.solver()));
            u = solution.u();
            finest = lattice;
        }
        double[] h = solved.stream().mapToDouble(Level::spacing).toArray();
        double[] e = solved.stream().mapToDouble(Level::maxRelativeError).toArray();
        LineFit order = LineFit.logLog(h, e);

        double[] axis = finest.axisProfile(u);
        int from = dimension == 1 ? 0 : 1;
        int count = axis.length - from;
        double[] radius = new double[count];
        double[] computed = new double[count];
        double[] closed = new double[count];
        double[] free = new double[count];
        List<double[]> fitX = new ArrayList<>();
        List<Double> fitG = new ArrayList<>();
        for (int k = from; k < axis.length; k++) {
            double r = k * finest.spacing();
            double[] x = new double[dimension];
            x[0] = r;
            radius[k - from] = r;
            computed[k - from] = axis[k];
            closed[k - from] = walls.sum(x, s -> FreePropagator.value(dimension, s, lambda, length), REFERENCE_REACH * length);
            free[k - from] = FreePropagator.value(dimension, r, lambda, length);
            if (r >= low * (1 - 1e-12) && r <= high * (1 + 1e-12)) {
                fitX.add(x);
                fitG.add(axis[k]);
            }
        }
        MassiveFit fit = MassiveFit.of(dimension, fitX.toArray(double[][]::new), fitG.stream().mapToDouble(Double::doubleValue).toArray(),
                new BoxImages(dimension, halfWidth, MassiveFit.MAX_IMAGES), finest.spacing(), 10 * halfWidth);
        return new Result(dimension, solved, order, fit, offsets.size(), radius, computed, closed, free, null);
    }
}
