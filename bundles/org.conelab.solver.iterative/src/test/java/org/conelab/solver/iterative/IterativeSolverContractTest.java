package org.conelab.solver.iterative;

import org.conelab.api.solver.Solver;
import org.conelab.testsupport.contract.SolverContract;

/** The published {@link SolverContract} on {@link IterativeSolver}: what a third party's test of its own provider runs too. */
class IterativeSolverContractTest extends SolverContract {

    @Override
    protected Solver create() {
        return new IterativeSolver();
    }
}
