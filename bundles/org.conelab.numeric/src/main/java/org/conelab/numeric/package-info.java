/**
 * A small numerical library shared by the conelab solvers and kernels, in the manner of EJML:
 * final classes of static algorithms on plain arrays, each stating its mathematics, contract and
 * reference. The numerics depend on nothing; the solver checks throw the platform API's
 * {@code org.conelab.api.InvalidInputException}, the one import of this bundle.
 *
 * <ul>
 *   <li>{@link org.conelab.numeric.TridiagonalQL}: eigenvalues of a symmetric tri-diagonal
 *       matrix by implicit QL, optionally with one row of the eigenvector matrix;</li>
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
 *       magnitudes beyond the double range (since 1.1).</li>
 * </ul>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.conelab.numeric;
