package org.conelab.analyzer.propagator;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;

/**
 * The {@code propagator.*} keys, read and checked. λ and y₀ set the Gaussian theory of eqs.
 * (3)–(6) (ℓ = √(2λ)·y₀ in the units of x); the lattices of the convergence study have spacings
 * h = ℓ/(resolution·2^k), k = 0 … levels − 1, in the box [−box·ℓ, box·ℓ]^d; the limit sweeps run
 * on a lattice of {@code sweep.half} spacings from centre to wall with h = ℓ/{@code sweep.resolution},
 * multiplying y₀ by 10^{j/steps} and dividing λ by it for j = 0 … decades·steps; the action of
 * eq. (1) is minimised on the pipeline's chain (h = 1, the chain's own spacing) for each of
 * {@code action.lambdas}.
 *
 * @param lambda λ
 * @param y0 y₀
 * @param dimensions the lattice dimensions studied, ascending
 * @param box L/ℓ
 * @param resolution ℓ/h of the coarsest convergence lattice
 * @param levels the number of spacings, each half the one before
 * @param maxNodes the largest lattice of the convergence study
 * @param sweepHalf L/h of the sweep lattice
 * @param sweepResolution ℓ/h of the sweep lattice at the unmodified λ and y₀
 * @param decades decades swept, each way
 * @param steps points per decade
 * @param actionLambdas the λ of the action minimised on the pipeline's targets (the first is λ itself)
 * @param iterations the Newton iteration cap
 */
record PropagatorSettings(double lambda, double y0, List<Integer> dimensions, double box, int resolution, int levels,
        int maxNodes, int sweepHalf, double sweepResolution, int decades, int steps, List<Double> actionLambdas, int iterations) {

    static final String LAMBDA = "lambda";
    static final String Y0 = "y0";
    static final String DIMENSIONS = "dimensions";
    static final String BOX = "box";
    static final String RESOLUTION = "resolution";
    static final String LEVELS = "levels";
    static final String MAX_NODES = "max_nodes";
    static final String SWEEP_HALF = "sweep.half";
    static final String SWEEP_RESOLUTION = "sweep.resolution";
    static final String DECADES = "sweep.decades";
    static final String STEPS = "sweep.steps";
    static final String ACTION_LAMBDAS = "action.lambdas";
    static final String ITERATIONS = "action.iterations";

    /** The window of the error and of the fits ends at this many ℓ; the box must lie beyond it. */
    static final double WINDOW_END = 2;

    static List<ParameterSpec> specs() {
        return List.of(
                new ParameterSpec(LAMBDA, "1.0", "λ > 0, the gradient term's weight in eq. (1)"),
                new ParameterSpec(Y0, "1.0", "y0 > 0, the constant target of the linearisation (eqs. 2-6)"),
                new ParameterSpec(DIMENSIONS, "1,2,3", "lattice dimensions studied: chain 1, grids 2 and 3"),
                new ParameterSpec(BOX, "3", "half-width L of the Dirichlet box in units of ℓ = √(2λ)·y0, > " + WINDOW_END),
                new ParameterSpec(RESOLUTION, "2", "ℓ/h of the coarsest lattice, ≥ 1 (box × resolution must be a whole number)"),
                new ParameterSpec(LEVELS, "4", "spacings h, h/2, h/4, … of the convergence study, 3 to 8"),
                new ParameterSpec(MAX_NODES, "200000", "largest lattice of the convergence study; finer spacings are left out"),
                new ParameterSpec(SWEEP_HALF, "24", "half-width of the limit-sweep lattice in spacings, 8 to 512"),
                new ParameterSpec(SWEEP_RESOLUTION, "3", "ℓ/h of the sweep lattice at λ and y0"),
                new ParameterSpec(DECADES, "3", "decades swept: y0 up and λ down by 10^decades, 1 to 8"),
                new ParameterSpec(STEPS, "4", "sweep points per decade, 1 to 8"),
                new ParameterSpec(ACTION_LAMBDAS, "0.1, 1, 10, 100", "λ values of the action minimised on the pipeline's"
                        + " targets (chain spacing h = 1); λ itself is added first"),
                new ParameterSpec(ITERATIONS, "100", "Newton iteration cap, 1 to 10000"));
    }

    /**
     * @param p the {@code propagator.*} section
     * @return the settings
     * @throws InvalidInputException naming the key at fault
     */
    static PropagatorSettings of(Parameters p) {
        double lambda = p.positive(LAMBDA, 1.0);
        double y0 = p.positive(Y0, 1.0);
        List<Integer> dimensions = dimensions(p);
        double box = p.positive(BOX, 3);
        if (!(box > WINDOW_END)) {
            throw new InvalidInputException(p.qualified(BOX), "must be > " + WINDOW_END + " (the error window ends at "
                    + WINDOW_END + " ℓ), got '" + p.text(BOX, "") + "'");
        }
        int resolution = p.integer(RESOLUTION, 2, 1, 1 << 20);
        double halfWidth = box * resolution;
        if (Math.abs(halfWidth - Math.rint(halfWidth)) > 1e-9 * halfWidth) {
            throw new InvalidInputException(p.qualified(BOX), "box × resolution must be a whole number of spacings, got "
                    + box + " × " + resolution);
        }
        int levels = p.integer(LEVELS, 4, 3, 8);
        int maxNodes = p.integer(MAX_NODES, 200_000, 27, Integer.MAX_VALUE - 8);
        int sweepHalf = p.integer(SWEEP_HALF, 24, 8, 512);
        double sweepResolution = p.positive(SWEEP_RESOLUTION, 3);
        int decades = p.integer(DECADES, 3, 1, 8);
        int steps = p.integer(STEPS, 4, 1, 8);
        List<Double> lambdas = lambdas(p, lambda);
        int iterations = p.integer(ITERATIONS, 100, 1, 10_000);
        return new PropagatorSettings(lambda, y0, dimensions, box, resolution, levels, maxNodes, sweepHalf, sweepResolution,
                decades, steps, lambdas, iterations);
    }

    /** @return ℓ = √(2λ)·y₀ */
    double length() {
        return Math.sqrt(2 * lambda) * y0;
    }

    /** @return m² = 1/(2y₀²) */
    double massSquared() {
        return 1 / (2 * y0 * y0);
    }

    /** @return the box's half-width in spacings of level k */
    int half(int level) {
        return (int) Math.round(box * resolution) << level;
    }

    /** @return the spacing of level k, ℓ/(resolution·2^k) */
    double spacing(int level) {
        return length() / (resolution * (double) (1 << level));
    }

    private static List<Integer> dimensions(Parameters p) {
        String text = p.text(DIMENSIONS, "1,2,3");
        TreeSet<Integer> set = new TreeSet<>();
        for (String part : text.split(",")) {
            String item = part.trim();
            if (!item.equals("1") && !item.equals("2") && !item.equals("3")) {
                throw new InvalidInputException(p.qualified(DIMENSIONS), "must list 1, 2 or 3 separated by commas, got '" + text + "'");
            }
            set.add(Integer.parseInt(item));
        }
        return List.copyOf(set);
    }

    private static List<Double> lambdas(Parameters p, double lambda) {
        String text = p.text(ACTION_LAMBDAS, "0.1, 1, 10, 100");
        List<Double> values = new ArrayList<>();
        values.add(lambda);
        for (String part : text.split(",")) {
            double value;
            try {
                value = Double.parseDouble(part.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(p.qualified(ACTION_LAMBDAS), "must be numbers >= 0 separated by commas, got '" + text + "'");
            }
            if (!(value >= 0) || !Double.isFinite(value)) {
                throw new InvalidInputException(p.qualified(ACTION_LAMBDAS), "must be numbers >= 0 separated by commas, got '" + text + "'");
            }
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }
}
