package org.conelab.pipeline;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.targets.TargetGenerator;

/**
 * The built-in target generators, by the name a pipeline gives in {@code targets}; third-party
 * bundles add their own as {@link TargetGenerator} services. Every random
 * generator draws from a {@link SplittableRandom} seeded by {@code targets.seed}, so a seed
 * reproduces the targets exactly.
 */
final class TargetGenerators {

    static final ParameterSpec SEED = new ParameterSpec("seed", "(random, recorded)", "seed of the generator");

    /** A built-in generator with the description {@code conelab:list} shows. */
    record BuiltIn(TargetGenerator generator, String description) {
    }

    /** The built-in generators by {@code conelab.id}, registered as services by {@link BuiltInTargets}. */
    static final Map<String, BuiltIn> BUILT_IN = new TreeMap<>(Map.of(
            "constant", new BuiltIn(new Constant(), "y_i = targets.value for every node"),
            "uniform", new BuiltIn(new Uniform(), "y_i uniform on [targets.low, targets.high)"),
            "lognormal", new BuiltIn(new LogNormal(), "y_i = exp(mu + sigma z_i), z_i standard normal"),
            "twoscale", new BuiltIn(new TwoScale(), "blocks of targets.block nodes alternating between magnitudes low and high"),
            "periodogram", new BuiltIn(new PeriodogramTargets(), "periodogram of a simulated AR(1) series (IS is its Whittle likelihood)"),
            "csv", new BuiltIn(new FromFile(), "one positive value per node read from targets.file")));

    private TargetGenerators() {
    }

    /** y_i = c for every i. */
    static final class Constant implements TargetGenerator {
        @Override
        public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec("value", "1.0", "the constant c"), SEED);
        }

        @Override
        public double[] generate(int n, Parameters p) {
            double[] y = new double[n];
            java.util.Arrays.fill(y, p.real("value", 1.0));
            return y;
        }
    }

    /** y_i uniform on [low, high). */
    static final class Uniform implements TargetGenerator {
        @Override
        public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec("low", "0.5", "lower bound"),
                    new ParameterSpec("high", "2.0", "upper bound (> low)"), SEED);
        }

        @Override
        public double[] generate(int n, Parameters p) {
            double low = p.real("low", 0.5);
            double high = p.real("high", 2.0);
            if (!(high > low)) {
                throw new InvalidInputException(p.qualified("high"), "must be > targets.low = " + low + ", got " + high);
            }
            SplittableRandom random = new SplittableRandom(p.integer("seed", 0));
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = random.nextDouble(low, high);
            }
            return y;
        }
    }

    /** y_i = exp(μ + σ·z_i) with z_i standard normal: positive, heavy-tailed magnitudes. */
    static final class LogNormal implements TargetGenerator {
        @Override
        public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec("mu", "0.0", "mean μ of log y"),
                    new ParameterSpec("sigma", "1.0", "standard deviation σ ≥ 0 of log y"), SEED);
        }

        @Override
        public double[] generate(int n, Parameters p) {
            double mu = p.real("mu", 0.0);
            double sigma = p.real("sigma", 1.0);
            if (sigma < 0) {
                throw new InvalidInputException(p.qualified("sigma"), "must be >= 0, got " + sigma);
            }
            SplittableRandom random = new SplittableRandom(p.integer("seed", 0));
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = Math.exp(mu + sigma * Gaussian.next(random));
            }
            return y;
        }
    }

    /**
     * Heteroscedastic blocks: y_i = m(i)·(1 + δ·u_i), where m(i) alternates between
     * {@code low} and {@code high} every {@code block} nodes and u_i is uniform on [−1, 1].
     */
    static final class TwoScale implements TargetGenerator {
        @Override
        public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec("low", "1.0", "magnitude of the even blocks (> 0)"),
                    new ParameterSpec("high", "100.0", "magnitude of the odd blocks (> 0)"),
                    new ParameterSpec("block", "10", "block length in nodes (>= 1)"),
                    new ParameterSpec("jitter", "0.1", "relative jitter δ in [0, 1)"), SEED);
        }

        @Override
        public double[] generate(int n, Parameters p) {
            double low = p.positive("low", 1.0);
            double high = p.positive("high", 100.0);
            int block = p.integer("block", 10, 1, Integer.MAX_VALUE);
            double jitter = p.real("jitter", 0.1);
            if (jitter < 0 || jitter >= 1) {
                throw new InvalidInputException(p.qualified("jitter"), "must be in [0, 1), got " + jitter);
            }
            SplittableRandom random = new SplittableRandom(p.integer("seed", 0));
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double magnitude = (i / block) % 2 == 0 ? low : high;
                y[i] = magnitude * (1 + jitter * (2 * random.nextDouble() - 1));
            }
            return y;
        }
    }

    /** Targets read from {@code targets.file}: one positive value per node (see {@link ValueFile}). */
    static final class FromFile implements TargetGenerator {
        @Override
        public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec("file", null, "a file with one positive value per node, in node order"), SEED);
        }

        @Override
        public double[] generate(int n, Parameters p) {
            return ValueFile.read(p.qualified("file"), p.required("file"), n, true);
        }
    }
}
