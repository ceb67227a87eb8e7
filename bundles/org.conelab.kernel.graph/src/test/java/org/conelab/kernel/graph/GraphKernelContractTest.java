package org.conelab.kernel.graph;

import org.conelab.api.kernel.KernelGenerator;
import org.conelab.testsupport.contract.KernelGeneratorContract;

/** The published {@link KernelGeneratorContract} on {@link GraphKernel}: what a third party's test of its own provider runs too. */
class GraphKernelContractTest extends KernelGeneratorContract {

    @Override
    protected KernelGenerator create() {
        return new GraphKernel();
    }
}
