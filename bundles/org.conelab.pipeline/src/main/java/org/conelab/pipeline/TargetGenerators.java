package org.conelab.pipeline;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;

/**
 * The built-in target generators, by the name a pipeline gives in {@code targets}. Every random
 * generator draws from a {@link SplittableRandom} seeded by {@code targets.seed}, so a seed
 * reproduces the targets exactly.
 */
final class TargetGenerators {

    static final ParameterSpec SEED = new ParameterSpec("seed", "(random, recorded)", "seed of the generator");

    private static final Map<String, TargetGenerator> BY_NAME = new TreeMap<>(Map.of(
            "constant", new Constant(),
            "uniform", new Uniform(),
            "lognormal", new LogNormal(),
            "twoscale", new TwoScale(),
            "periodogram", new PeriodogramTargets(),
            "csv", new FromFile()));

    private TargetGenerators() {
    }

    /** @return every generator by name, in name order */
    static Map<String, TargetGenerator> all() {
        return java.util.Collections.unmodifiableMap(BY_NAME);
    }

    /** @return the generator called {@code name}; an error naming {@code targets} otherwise */
    static TargetGenerator named(String name) {
        TargetGenerator generator = BY_NAME.get(name);
        if (generator == null) {
            throw new InvalidInputException("targets", "unknown target generator '" + name + "'; known: "
                    + String.join(", ", BY_NAME.keySet()));
        }
        return generator;
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
