/**
 * Linear-algebra back-ends for the linearised dynamics e_{t+1} = (I − ηKW) e_t.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.conelab.api.solver;
