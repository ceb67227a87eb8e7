package org.conelab.launcher;

import java.nio.file.Path;

/**
 * One bundle of the feature, as the launcher installs it.
 *
 * @param id the feature's Maven coordinates, {@code group:artifact:version}
 * @param jar the bundle's jar, {@code <dist>/bundles/<artifactId>-<version>.jar}
 * @param startOrder bundles start in ascending order; ties keep the feature's order
 * @param shellOnly true for bundles that only the interactive shell needs (not started in batch)
 * @param ownContextLoader true for bundles whose activator needs a thread context class loader
 *     (Hazelcast's): they start with their own class loader as the context loader, not null
 */
record BundleEntry(String id, Path jar, int startOrder, boolean shellOnly, boolean ownContextLoader) {

    /** The location the launcher installs the bundle from: the jar's {@code file:} URI. */
    String location() {
        return jar.toUri().toString();
    }
}
