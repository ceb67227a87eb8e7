/**
 * The paper audit: runs a set of pipelines and writes a report with a measured verdict for every
 * claim of the paper.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.conelab.api.audit;
