package org.conelab.solver.banded;

import org.conelab.api.solver.Solver;
import org.conelab.testsupport.contract.SolverContract;

/** The published {@link SolverContract} on {@link BandedSolver}: what a third party's test of its own provider runs too. */
class BandedSolverContractTest extends SolverContract {

    @Override
    protected Solver create() {
        return new BandedSolver(1);
    }
}
