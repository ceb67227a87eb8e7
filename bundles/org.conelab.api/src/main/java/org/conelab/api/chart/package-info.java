/**
 * Chart specifications independent of any charting library, and the renderer that draws them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.conelab.api.chart;
