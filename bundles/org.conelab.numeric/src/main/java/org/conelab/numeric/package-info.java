/**
 * A small numerical library shared by the conelab solvers and kernels, in the manner of EJML:
 * final classes of static algorithms on plain arrays, each stating its mathematics, contract and
 * reference, with no dependency on the platform's API or on any other bundle.
 *
 * <ul>
 *   <li>{@link org.conelab.numeric.TridiagonalQL}: eigenvalues of a symmetric tri-diagonal
 *       matrix by implicit QL, optionally with one row of the eigenvector matrix;</li>
 *   <li>{@link org.conelab.numeric.CsrBuilder}: two-pass assembly of compressed sparse row
 *       storage, allocated once at its exact size or refused beyond a byte limit;</li>
 *   <li>{@link org.conelab.numeric.Hypot}: √(a² + b²) without needless overflow or slowness.</li>
 * </ul>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.conelab.numeric;
