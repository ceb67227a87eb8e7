package org.conelab.solver.dense;

import org.conelab.api.solver.Solver;
import org.conelab.testsupport.contract.SolverContract;

/** The published {@link SolverContract} on {@link DenseSolver}: what a third party's test of its own provider runs too. */
class DenseSolverContractTest extends SolverContract {

    @Override
    protected Solver create() {
        return new DenseSolver();
    }
}
