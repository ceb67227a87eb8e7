package org.conelab.loss.is;

import org.conelab.api.loss.Loss;
import org.conelab.testsupport.contract.LossContract;

/** The published {@link LossContract} on {@link ItakuraSaitoLoss}: what a third party's test of its own provider runs too. */
class ItakuraSaitoLossContractTest extends LossContract {

    @Override
    protected Loss create() {
        return new ItakuraSaitoLoss();
    }
}
