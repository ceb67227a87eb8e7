/**
 * Kernel generators: the (empirical) Neural Tangent Kernel K on a graph, with its locality.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.conelab.api.kernel;
