/**
 * Loss functions l(y, f) of a target y and a prediction f, with gradient and curvature in f.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.conelab.api.loss;
