/**
 * Target generators: the training targets y of a pipeline ({@code targets = <conelab.id>}).
 *
 * @since API 1.1
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.conelab.api.targets;
