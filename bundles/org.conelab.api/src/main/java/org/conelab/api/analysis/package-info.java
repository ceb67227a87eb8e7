/**
 * Analyzers that measure a claim of the theory on an experiment and report findings, tables and charts.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.conelab.api.analysis;
