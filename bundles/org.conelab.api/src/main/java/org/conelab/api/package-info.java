/**
 * Cross-cutting contracts: service property names, pipeline parameters and the exception that
 * reports bad input by the key, value, file or index at fault.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.conelab.api;
