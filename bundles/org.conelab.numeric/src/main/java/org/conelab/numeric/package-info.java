/**
 * A small numerical library shared by the conelab solvers and kernels, in the manner of EJML:
 * final classes of static algorithms on plain arrays, each stating its mathematics, contract and
 * reference. The numerics depend only on the platform API: its
 * {@code org.conelab.api.InvalidInputException} for the solver checks, its matrix structures and
 * {@code SpectrumBounds} for {@link org.conelab.numeric.WeightedExtremes}.
 *
 * <ul>
 *   <li>{@link org.conelab.numeric.TridiagonalQL}: eigenvalues of a symmetric tri-diagonal
 *       matrix by implicit QL, optionally with one row of the eigenvector matrix or all of it;</li>
 *   <li>{@link org.conelab.numeric.CsrBuilder}: two-pass assembly of compressed sparse row
 *       storage, allocated once at its exact size or refused beyond a byte limit;</li>
 *   <li>{@link org.conelab.numeric.Hypot}: √(a² + b²) without needless overflow or slowness;</li>
 *   <li>{@link org.conelab.numeric.SolverArguments}: the argument checks of the solver
 *       contract (lengths, counts, weights, response source and steps), each naming the argument;</li>
 *   <li>{@link org.conelab.numeric.HeapBudget}: refusal, before allocating, of an operation
 *       whose doubles exceed the heap limit (-Xmx) or one Java array;</li>
 *   <li>{@link org.conelab.numeric.NonZeroPattern}: the stored non-zeros of a matrix row by row,
 *       whatever its storage (since 1.1);</li>
 *   <li>{@link org.conelab.numeric.WideSum}: sums of m·2^e with an unlimited exponent, for
 *       magnitudes beyond the double range (since 1.1);</li>
 *   <li>{@link org.conelab.numeric.SymmetricOperator}, {@link org.conelab.numeric.WeightedOperator},
 *       {@link org.conelab.numeric.Vectors}: a matrix-free operator, S = W^½KW^½ as one, and the
 *       dense vector kernels of the Krylov methods;</li>
 *   <li>{@link org.conelab.numeric.Lanczos}: the symmetric Lanczos process with full
 *       reorthogonalisation, extreme Ritz values and vectors or the whole spectrum;</li>
 *   <li>{@link org.conelab.numeric.WeightedExtremes}: λ_min and λ_max of S = W^½KW^½ for any
 *       solver, each with an honest bound — λ_max by Lanczos and a Kato–Temple enclosure from a
 *       product in doubled precision, λ_min to relative accuracy as 1/λ_max(S⁻¹) by inverse
 *       Lanczos through the solver's own {@link org.conelab.numeric.KernelSolver} with
 *       iterative refinement.</li>
 * </ul>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.conelab.numeric;
