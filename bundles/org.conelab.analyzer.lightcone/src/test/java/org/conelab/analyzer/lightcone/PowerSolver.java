package org.conelab.analyzer.lightcone;

import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.api.solver.StepObserver;

/**
 * Test solver: J_t·e_j by repeated full products with the matrix's reference
 * {@link SymmetricMatrix#apply}, every entry computed.
 */
final class PowerSolver implements Solver {

    @Override
    public boolean supports(SymmetricMatrix matrix) {
        return true;
    }

    @Override
    public int evolve(LinearDynamics d, double[] e, int steps, int interval, StepObserver observer) {
        double[] we = new double[e.length];
        double[] kwe = new double[e.length];
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < e.length; i++) {
                we[i] = d.weights()[i] * e[i];
            }
            d.kernel().apply(we, kwe);
            for (int i = 0; i < e.length; i++) {
                e[i] -= d.eta() * kwe[i];
            }
        }
        return steps;
    }

    @Override
    public ResponseColumns response(LinearDynamics d, int source, int steps) {
        double[][] values = new double[steps + 1][];
        double[] e = new double[d.size()];
        e[source] = 1.0;
        for (int t = 0; t <= steps; t++) {
            values[t] = e.clone();
            evolve(d, e, 1, 1, (s, x) -> true);
        }
        return new ResponseColumns(source, new int[steps + 1], values);
    }

    @Override
    public double[] solve(SymmetricMatrix matrix, double[] rhs) {
        throw new UnsupportedOperationException();
    }

    @Override
    public double[] eigenvalues(SymmetricMatrix kernel, double[] weights) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SpectrumBounds extremes(SymmetricMatrix kernel, double[] weights) {
        throw new UnsupportedOperationException();
    }
}
