package org.conelab.api.targets;

import java.util.List;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Makes the target vector y of a run from the pipeline's {@code targets.*} keys. Register as a
 * service with {@code conelab.id} (the name a pipeline gives in {@code targets}), a
 * {@code conelab.description} and, to override a built-in generator of the same id, a higher
 * {@code service.ranking}.
 *
 * <p>Contract: the same n and parameters give the same y, bit for bit — a random generator
 * draws only from the recorded {@code targets.seed} — so that a run's
 * {@code pipeline.properties} repeats it. Losses such as Itakura–Saito need y &gt; 0; the
 * platform checks each loss's domain on y and names the first index at fault.
 */
@ConsumerType
public interface TargetGenerator {

    /** @return the parameters read from the {@code targets.*} keys ({@code seed} included when it draws at random) */
    List<ParameterSpec> parameters();

    /**
     * @param n the number of samples, n ≥ 1
     * @param parameters the {@code targets.*} section; {@code seed} is always present
     * @return y, of length n
     * @throws org.conelab.api.InvalidInputException naming the key when a parameter is bad
     */
    double[] generate(int n, Parameters parameters);
}
