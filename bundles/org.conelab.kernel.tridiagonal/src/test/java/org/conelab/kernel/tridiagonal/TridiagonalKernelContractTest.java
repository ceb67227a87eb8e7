package org.conelab.kernel.tridiagonal;

import org.conelab.api.kernel.KernelGenerator;
import org.conelab.testsupport.contract.KernelGeneratorContract;

/** The published {@link KernelGeneratorContract} on {@link TridiagonalKernel}: what a third party's test of its own provider runs too. */
class TridiagonalKernelContractTest extends KernelGeneratorContract {

    @Override
    protected KernelGenerator create() {
        return new TridiagonalKernel();
    }
}
