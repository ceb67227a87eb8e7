package org.conelab.solver.banded.core;

import java.lang.ref.SoftReference;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One work vector kept from one call to the next, as the native reference keeps its buffer: a
 * call takes it (or a new one), uses it and gives it back, so that repeated calls on the same n
 * neither allocate nor zero n doubles each time. The vector is held softly, so the collector
 * reclaims it before the heap runs out; the heap budget of a call still counts it.
 *
 * <p>Thread-safe: a call that finds the vector taken by another allocates its own, and the
 * later of two gives keeps its vector. The contents of a taken vector are arbitrary.
 */
final class SpareVector {

    private final AtomicReference<SoftReference<double[]>> held = new AtomicReference<>();

    /** @return a vector of length n, owned by the caller until {@link #give}; contents arbitrary */
    double[] take(int n) {
        SoftReference<double[]> reference = held.getAndSet(null);
        double[] spare = reference == null ? null : reference.get();
        return spare != null && spare.length == n ? spare : new double[n];
    }

    /** Keeps {@code vector} for the next {@link #take}; the caller must not use it afterwards. */
    void give(double[] vector) {
        held.set(new SoftReference<>(vector));
    }
}
