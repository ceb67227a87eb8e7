/**
 * Sample geometry: the graph whose nodes are the training samples, and its distances.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.conelab.api.graph;
