/**
 * Independent references for the tests of the conelab bundles: seeded random problems
 * ({@link org.conelab.testsupport.RandomMatrices}, {@link org.conelab.testsupport.RandomVectors}),
 * storage conversions ({@link org.conelab.testsupport.Storage}), dense copies and EJML eigenvalues
 * ({@link org.conelab.testsupport.DenseReference}), the closed-form Toeplitz spectrum
 * ({@link org.conelab.testsupport.ToeplitzSpectrum}), graded problems whose λ_min(W^½KW^½) only a
 * relatively accurate method finds ({@link org.conelab.testsupport.GradedProblems}) with a
 * {@code BigDecimal} reference for the extremes ({@link org.conelab.testsupport.PreciseExtremes}) and the
 * accuracy contract of {@code Solver.extremes} on them ({@link org.conelab.testsupport.ExtremesContract}), plain-loop dynamics
 * ({@link org.conelab.testsupport.ReferenceDynamics}), relative agreement
 * ({@link org.conelab.testsupport.Agreement}), inline parameters and edge lists
 * ({@link org.conelab.testsupport.TestParameters}, {@link org.conelab.testsupport.EdgePairs}) and the
 * observer contract of {@code Solver.evolve} ({@link org.conelab.testsupport.EvolveContract}).
 *
 * <p>A plain jar (it uses AssertJ), never deployed into the framework: bundles depend on it with test scope, so it
 * does not appear in their manifests.
 */
package org.conelab.testsupport;
