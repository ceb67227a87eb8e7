package org.conelab.analyzer.propagator;

import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Training;
import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.Locality;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.solver.Solver;
import org.conelab.solver.banded.scalar.ScalarBandedSolver;
import org.conelab.solver.dense.DenseSolver;
import org.conelab.solver.iterative.IterativeSolver;

/** Experiments and analyzers built as the platform would, with the real solvers. */
final class Fixtures {

    static final ScalarBandedSolver BANDED = new ScalarBandedSolver(1);
    static final IterativeSolver ITERATIVE = new IterativeSolver();
    static final DenseSolver DENSE = new DenseSolver();

    private Fixtures() {
    }

    /** @return an analyzer bound to the banded, iterative and dense solvers with their platform ids and rankings */
    static PropagatorAnalyzer analyzer() {
        PropagatorAnalyzer analyzer = new PropagatorAnalyzer();
        analyzer.addSolver(BANDED, Map.of("conelab.id", "banded-scalar", "service.ranking", 150));
        analyzer.addSolver(ITERATIVE, Map.of("conelab.id", "iterative", "service.ranking", 50));
        analyzer.addSolver(DENSE, Map.of("conelab.id", "dense", "service.ranking", 10));
        return analyzer;
    }

    /** @return log-normal targets exp(σz) on a chain, seeded */
    static double[] lognormal(int n, double sigma, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.exp(sigma * random.nextGaussian());
        }
        return y;
    }

    /** @return an experiment on the graph with these targets, a tri-diagonal kernel and the given solver */
    static Experiment experiment(Graph graph, double[] y, Solver solver, String solverId) {
        int n = y.length;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 / (y[i] * y[i]);
        }
        Training is = new Training("is", null, w, 0.01, 0.02);
        return new Experiment("test", graph, new Kernel(new StencilMatrix(n, new double[] {1.0, 0.4}), Locality.range(1), Map.of()), y, y,
                is, Optional.empty(), solver, solverId, 10);
    }

    static Experiment chain(double[] y) {
        return experiment(new Chain(y.length), y, BANDED, "banded-scalar");
    }
}
