/**
 * The banded algorithms, shared by the scalar bundle and the SIMD bundle without duplicated
 * source.
 *
 * <p>Everything that does not profit from SIMD lives here once: the tiling and scheduling of
 * temporal blocking ({@link org.conelab.solver.banded.core.TemporalBlocking}), the
 * light-cone response window, the Thomas and banded Cholesky solves, bisection of the extremes on
 * Sturm counts or Cholesky definiteness tests, the
 * Givens band-to-tri-diagonal reduction and the thread pool. What other bundles need too (the
 * implicit QL iteration on the tri-diagonal, the solver argument and heap-limit checks) comes
 * from the exported library package {@code org.conelab.numeric}, which this bundle imports.
 * The hot loops are behind one small interface,
 * {@link org.conelab.solver.banded.core.Sweeps}: this package holds the scalar
 * implementation, the SIMD bundle its Vector API one, and
 * {@link org.conelab.solver.banded.core.BandedEngine} runs every operation with
 * whichever it is given.
 *
 * <p><b>How the two solver bundles get this package.</b> It is the only package of the library
 * bundle {@code org.conelab.solver.banded.core}, which has no components and no activator, and
 * both solver bundles import it. It is exported as internal: {@code x-internal:=true} (tools
 * warn a third party that uses it) and the mandatory attribute {@code conelab.internal=banded},
 * so that only an import that names the attribute — bnd adds it to the imports of the two solver
 * bundles, which build against this bundle — can wire to it. It is not an API: its version
 * moves with every change, and the solver bundles import the range {@code [=, =+)} of the
 * version they were built against (see their poms), so a core from another build never wires
 * to them silently.
 *
 * <p>For hot swapping this means: stopping the core bundle changes nothing (it has nothing to
 * stop, the solver bundles keep their wiring); stopping, updating or uninstalling one solver
 * bundle leaves the other running on the same core; updating or uninstalling the core bundle
 * and refreshing restarts both solver bundles, as for any library (the numeric bundle alike).
 * The pool threads of {@link org.conelab.solver.banded.core.ParallelTiles} belong to the engine
 * of one solver component and end when it is deactivated; nothing in this package holds a
 * solver bundle's class statically, so an old revision of a solver bundle can be collected.
 */
@org.osgi.annotation.bundle.Export(attribute = {"x-internal:=true", "conelab.internal=banded", "mandatory:=conelab.internal"})
@org.osgi.annotation.versioning.Version("1.0.0")
package org.conelab.solver.banded.core;
