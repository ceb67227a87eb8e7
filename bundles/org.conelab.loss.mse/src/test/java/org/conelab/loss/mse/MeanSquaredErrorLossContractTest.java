package org.conelab.loss.mse;

import org.conelab.api.loss.Loss;
import org.conelab.testsupport.contract.LossContract;

/** The published {@link LossContract} on {@link MeanSquaredErrorLoss}: what a third party's test of its own provider runs too. */
class MeanSquaredErrorLossContractTest extends LossContract {

    @Override
    protected Loss create() {
        return new MeanSquaredErrorLoss();
    }
}
