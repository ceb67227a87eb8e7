package org.conelab.solver.banded.scalar;

import org.conelab.api.solver.Solver;
import org.conelab.testsupport.contract.SolverContract;

/** The published {@link SolverContract} on {@link ScalarBandedSolver}: what a third party's test of its own provider runs too. */
class ScalarBandedSolverContractTest extends SolverContract {

    @Override
    protected Solver create() {
        return new ScalarBandedSolver(1);
    }
}
