package org.conelab.kernel.expdecay;

import org.conelab.api.kernel.KernelGenerator;
import org.conelab.testsupport.contract.KernelGeneratorContract;

/** The published {@link KernelGeneratorContract} on {@link ExpDecayKernel}: what a third party's test of its own provider runs too. */
class ExpDecayKernelContractTest extends KernelGeneratorContract {

    @Override
    protected KernelGenerator create() {
        return new ExpDecayKernel();
    }
}
