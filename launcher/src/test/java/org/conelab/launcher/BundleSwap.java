package org.conelab.launcher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleWiring;

/**
 * One bundle of a running platform put through what a user does to it: stop, start, update to
 * another jar, uninstall and install again. Every step has finished when its method returns
 * (refreshed where the framework needs it), and before a step replaces the bundle's revision the
 * revision's class loader is handed to {@link OldRevisions}, so that a test can show that none of
 * them outlives its revision.
 *
 * <p>Updates alternate between the built jar and a copy whose {@code Bundle-Version} has the
 * qualifier {@value #SWAPPED_QUALIFIER}, read from an {@link InputStream} each time; reinstalls
 * use a new location each time.
 */
final class BundleSwap {

    /** The qualifier of the copy's {@code Bundle-Version}. */
    static final String SWAPPED_QUALIFIER = "swapped";

    private final RunningPlatform platform;
    private final OldRevisions old;
    private final byte[] built;
    private final byte[] swapped;
    private final String symbolicName;
    private Bundle bundle;
    private int installs;

    private BundleSwap(RunningPlatform platform, Bundle bundle, byte[] built, OldRevisions old) throws IOException {
        this.platform = platform;
        this.bundle = bundle;
        this.symbolicName = bundle.getSymbolicName();
        this.built = built;
        this.swapped = withQualifier(built, SWAPPED_QUALIFIER);
        this.old = old;
    }

    /** @return the swap of the installed bundle {@code symbolicName}, whose jar is the distribution's */
    static BundleSwap of(RunningPlatform platform, String symbolicName, OldRevisions old) throws IOException {
        Bundle bundle = platform.bundle(symbolicName);
        byte[] jar = Files.readAllBytes(Path.of(URI.create(bundle.getLocation())));
        return new BundleSwap(platform, bundle, jar, old);
    }

    /** @return the bundle as it is now */
    Bundle bundle() {
        return bundle;
    }

    void stop() throws BundleException {
        bundle.stop();
    }

    void start() throws BundleException {
        bundle.start();
    }

    /**
     * Updates the bundle to the other of its two jars and refreshes: the old revision is
     * recorded, the new one is active, and its version shows which jar it is.
     */
    void update() throws BundleException, IOException, InterruptedException {
        boolean toSwapped = !SWAPPED_QUALIFIER.equals(bundle.getVersion().getQualifier());
        old.record(bundle);
        try (InputStream jar = new ByteArrayInputStream(toSwapped ? swapped : built)) {
            bundle.update(jar);
        }
        platform.refresh();
        String qualifier = bundle.getVersion().getQualifier();
        if (toSwapped != SWAPPED_QUALIFIER.equals(qualifier) || bundle.getState() != Bundle.ACTIVE) {
            throw new AssertionError(symbolicName + " after update: version " + bundle.getVersion() + ", state " + bundle.getState());
        }
    }

    /** Uninstalls the bundle, refreshes, installs the built jar from a new location and starts it. */
    void reinstall() throws BundleException, IOException, InterruptedException {
        uninstall();
        try (InputStream jar = new ByteArrayInputStream(built)) {
            bundle = platform.context().installBundle("swap:" + symbolicName + "/" + ++installs, jar);
        }
        bundle.start();
    }

    /** Uninstalls the bundle for good and refreshes; its last revision is recorded. */
    void uninstall() throws BundleException, InterruptedException {
        old.record(bundle);
        bundle.uninstall();
        platform.refresh();
    }

    /** @return {@code jar} with the qualifier of its {@code Bundle-Version} replaced */
    static byte[] withQualifier(byte[] jar, String qualifier) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream(jar.length + 64);
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = new Manifest(in.getManifest());
            Version version = Version.parseVersion(manifest.getMainAttributes().getValue("Bundle-Version"));
            manifest.getMainAttributes().putValue("Bundle-Version",
                    new Version(version.getMajor(), version.getMinor(), version.getMicro(), qualifier).toString());
            try (JarOutputStream out = new JarOutputStream(copy, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return copy.toByteArray();
    }

    /** @return the class loader of the bundle's current revision (created if it was not yet) */
    static ClassLoader loaderOf(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            throw new AssertionError(bundle.getSymbolicName() + " has no wiring (not resolved)");
        }
        return wiring.getClassLoader();
    }
}
