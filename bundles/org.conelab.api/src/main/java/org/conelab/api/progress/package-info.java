/**
 * Progress reporting and cancellation of long work.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.conelab.api.progress;
