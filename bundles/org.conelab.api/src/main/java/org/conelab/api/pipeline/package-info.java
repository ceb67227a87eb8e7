/**
 * Running a pipeline specification end to end.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.conelab.api.pipeline;
