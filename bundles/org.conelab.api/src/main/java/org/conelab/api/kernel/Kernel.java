package org.conelab.api.kernel;

import java.util.Map;
import java.util.Objects;
import org.conelab.api.matrix.SymmetricMatrix;

/**
 * A generated kernel matrix with its locality, the spectral facts its generator proves, and what
 * the generator wants reported about it in words (truncation, effective range, …).
 *
 * @param matrix the symmetric kernel K
 * @param locality its range R or decay length
 * @param report named facts for the run's summary, in a stable order
 * @param facts proven bounds on λ_min(K) and λ_max(K), and the definiteness they imply
 * @since 1.1 (facts)
 */
public record Kernel(SymmetricMatrix matrix, Locality locality, Map<String, String> report, KernelFacts facts) {

    /** Copies the report, keeping its order. */
    public Kernel {
        report = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(report));
        Objects.requireNonNull(facts, "facts");
    }

    /**
     * The 1.0 form: no spectral facts ({@link KernelFacts#unknown()}).
     *
     * @param matrix K
     * @param locality its locality
     * @param report named facts in words
     */
    public Kernel(SymmetricMatrix matrix, Locality locality, Map<String, String> report) {
        this(matrix, locality, report, KernelFacts.unknown());
    }
}
