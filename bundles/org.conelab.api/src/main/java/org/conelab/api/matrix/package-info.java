/**
 * Symmetric matrix structures (stencil, banded, sparse, dense) that kernels produce and solvers consume.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.conelab.api.matrix;
