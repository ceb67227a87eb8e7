/**
 * Cross-cutting contracts: service property names, pipeline parameters, the exception that
 * reports bad input by the key, value, file or index at fault, and the expected failure that
 * ends a shell or batch command with its one line ({@link org.conelab.api.CommandFailure}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.conelab.api;
