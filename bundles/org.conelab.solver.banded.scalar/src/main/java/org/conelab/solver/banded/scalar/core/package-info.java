/**
 * The banded algorithms, shared by the scalar bundle and the SIMD bundle without duplicated
 * source.
 *
 * <p>Everything that does not profit from SIMD lives here once: the tiling and scheduling of
 * temporal blocking ({@link org.conelab.solver.banded.scalar.core.TemporalBlocking}), the
 * light-cone response window, the Thomas and banded Cholesky solves, bisection of the extremes on
 * Sturm counts or Cholesky definiteness tests, the
 * Givens band-to-tri-diagonal reduction and the thread pool. What other bundles need too (the
 * implicit QL iteration on the tri-diagonal, the solver argument and heap-limit checks) comes
 * from the exported library package {@code org.conelab.numeric}, which both bundles import.
 * The hot loops are behind one small interface,
 * {@link org.conelab.solver.banded.scalar.core.Sweeps}: this package holds the scalar
 * implementation, the SIMD bundle its Vector API one, and
 * {@link org.conelab.solver.banded.scalar.core.BandedEngine} runs every operation with
 * whichever it is given.
 *
 * <p><b>How the SIMD bundle gets this package.</b> The package is private in both bundles
 * (no {@code Export-Package}, no {@code @Export}). The SIMD bundle builds against the scalar
 * bundle's jar and its bnd instruction {@code -conditionalpackage:
 * org.conelab.solver.banded.scalar.core} copies the package's classes into the SIMD jar at
 * build time. Each bundle then loads its own private copy: the SIMD bundle has no run-time
 * dependency on the scalar bundle (stopping or uninstalling {@code banded-scalar} leaves
 * {@code banded} working and vice versa), no package is exported that would become an API to
 * version, and the source exists once. The alternatives were worse: exporting the package
 * would make implementation classes a versioned contract and tie the SIMD bundle's wiring to
 * the scalar bundle; a fragment cannot hold a DS component of its own; a copy of the source
 * would drift.
 */
package org.conelab.solver.banded.scalar.core;
