package org.conelab.pipeline;

import java.util.List;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;

/** Makes the target vector y from the {@code targets.*} keys of a pipeline. */
interface TargetGenerator {

    /** @return the keys read from {@code targets.*} */
    List<ParameterSpec> parameters();

    /**
     * @param n the number of samples
     * @param parameters the {@code targets.*} section; {@code seed} is always present
     * @return y, length n
     */
    double[] generate(int n, Parameters parameters);
}
