package org.conelab.solver.banded;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the SIMD banded solver; PID = the component name. */
@ObjectClassDefinition(name = "conelab banded solver (SIMD)",
        description = "Vector API banded solver: temporal blocking, Thomas/Cholesky, Sturm bisection")
public @interface BandedSolverConfig {

    /** @return threads for evolve and product on large n; 0 = every available processor */
    @AttributeDefinition(description = "Threads for evolve and product on large n (0 = all available processors)", min = "0")
    int threads() default 0;
}
