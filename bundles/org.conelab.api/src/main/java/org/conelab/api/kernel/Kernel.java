package org.conelab.api.kernel;

import java.util.Map;
import org.conelab.api.matrix.SymmetricMatrix;

/**
 * A generated kernel matrix with its locality and what the generator wants reported about it
 * (truncation, effective range, smallest eigenvalue, …).
 *
 * @param matrix the symmetric kernel K
 * @param locality its range R or decay length
 * @param report named facts for the run's summary, in a stable order
 */
public record Kernel(SymmetricMatrix matrix, Locality locality, Map<String, String> report) {

    /** Copies the report, keeping its order. */
    public Kernel {
        report = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(report));
    }
}
