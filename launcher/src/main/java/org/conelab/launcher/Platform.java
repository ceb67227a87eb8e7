package org.conelab.launcher;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * An embedded Felix framework with the feature's bundles installed and started.
 *
 * <p>Every bundle of the feature is installed first, then started one by one in start order on
 * this thread with the thread context class loader set to null (JLine looks for its native
 * terminal provider through it and falls back to a dumb terminal otherwise). Start levels are
 * not used for that reason: the framework would start the bundles on its own thread. A bundle
 * that fails to resolve or start is reported as one line and the launch goes on. In
 * {@link Mode#BATCH} shell-only bundles are installed but not started. Starts are transient
 * ({@link Bundle#START_TRANSIENT}): the framework's cache records no start state of its own, so
 * a kept cache (system property {@code conelab.storage}, see {@link Storage}) starts the next
 * launch exactly as a fresh one would.
 */
final class Platform implements AutoCloseable {

    /** Which bundles start. */
    enum Mode {
        /** everything except shell-only bundles */
        BATCH,
        /** everything, the Gogo JLine shell last */
        SHELL
    }

    /** How long {@link #close()} waits for the framework to stop. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Framework framework;
    private final Storage storage;
    private final LauncherLog log;
    private final FeatureReading reading;
    /** The feature's bundles in start order; known once {@link #boot} has read them. */
    private volatile List<BundleEntry> entries = List.of();
    private final Thread shutdownHook;

    private Platform(Framework framework, Storage storage, LauncherLog log, FeatureReading reading) {
        this.framework = framework;
        this.storage = storage;
        this.log = log;
        this.reading = reading;
        this.shutdownHook = new Thread(this::stopAndClean, "conelab shutdown");
    }

    /**
     * Boots the framework, installs the feature's bundles and starts them for {@code mode}.
     *
     * @throws LaunchException when the feature, a bundle jar or the framework is unusable; no
     *     framework is left running then
     */
    static Platform start(Distribution distribution, Mode mode, LauncherLog log) {
        return start(distribution, mode, log, keptStorageFolder());
    }

    /**
     * As {@link #start(Distribution, Mode, LauncherLog)}, with the framework's cache kept in
     * {@code keptStorage} (see {@link Storage}), or in a temporary folder when it is null.
     */
    static Platform start(Distribution distribution, Mode mode, LauncherLog log, Path keptStorage) {
        initialiseHeadlessAwt();
        quietHazelcastActivator();
        FeatureReading entries = FeatureReading.start(distribution);
        Storage storage = Storage.open(keptStorage, distribution.files());
        Framework framework;
        try {
            framework = ServiceLoader.load(FrameworkFactory.class, Platform.class.getClassLoader())
                    .findFirst()
                    .orElseThrow(() -> new LaunchException("no OSGi framework on the launcher's classpath"))
                    .newFramework(FrameworkSettings.of(distribution, storage, log));
        } catch (RuntimeException e) {
            try {
                storage.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        Platform platform = new Platform(framework, storage, log, entries);
        Runtime.getRuntime().addShutdownHook(platform.shutdownHook);
        try {
            platform.boot(mode);
            return platform;
        } catch (BundleException | RuntimeException e) {
            platform.close();
            throw e instanceof LaunchException le ? le : new LaunchException(Failures.message(e), e);
        }
    }

    /**
     * Java2D must come up headless before any bundle touches AWT (charts render to PNG), and the
     * property is read once, when AWT first initialises.
     */
    static void initialiseHeadlessAwt() {
        System.setProperty("java.awt.headless", "true");
        GraphicsEnvironment.isHeadless();
    }

    /**
     * Hazelcast's bundle activator logs through the JVM-wide logging type (a warning that no
     * JavaScript engine exists, a line per start and stop): without a setting of the user's
     * ({@code -Dhazelcast.logging.type=jdk}) it is silenced, so that batch output stays one
     * line per failure. The cluster members and clients the sweep bundle starts set their own.
     */
    static void quietHazelcastActivator() {
        if (System.getProperty(HAZELCAST_LOGGING) == null) {
            System.setProperty(HAZELCAST_LOGGING, "none");
        }
    }

    static final String HAZELCAST_LOGGING = "hazelcast.logging.type";

    /** Whether this launch found the feature's bundles in a kept cache instead of installing them. */
    boolean reusedStorage() {
        return storage.reused();
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    /** The feature's bundles, in start order. */
    List<BundleEntry> entries() {
        return entries;
    }

    /** Blocks until the framework stops (the shell's {@code exit} stops it). */
    void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    /** Stops the framework, waits for it and deletes its storage. */
    @Override
    public void close() {
        stopAndClean();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing left to undo
        }
    }

    private static Path keptStorageFolder() {
        String folder = System.getProperty(Storage.FOLDER_PROPERTY);
        return folder == null || folder.isBlank() ? null : Path.of(folder);
    }

    private void boot(Mode mode) throws BundleException {
        framework.init();
        PhaseClock.mark("framework initialised");
        entries = reading.entries();
        BundleContext context = framework.getBundleContext();
        List<Bundle> installed = install(context);
        PhaseClock.mark(storage.reused() ? "bundles found in the kept cache" : "bundles installed");
        framework.start();
        PhaseClock.mark("framework started");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(null);
        try {
            for (int i = 0; i < entries.size(); i++) {
                if (mode == Mode.SHELL || !entries.get(i).shellOnly()) {
                    startQuietly(installed.get(i), entries.get(i).ownContextLoader());
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        PhaseClock.mark("bundles started");
        storage.markComplete();
        context.addBundleListener(changeWatch);
    }

    /**
     * The feature's bundles, in the order of {@link #entries}: those a reused cache holds, the
     * others installed now; bundles the cache holds that are not in the feature (a previous
     * launch's extensions, which FileInstall installs again from the load folder) are uninstalled.
     */
    private List<Bundle> install(BundleContext context) throws BundleException {
        List<String> locations = entries.stream().map(BundleEntry::location).toList();
        for (Bundle cached : context.getBundles()) {
            if (cached.getBundleId() != 0 && !locations.contains(cached.getLocation())) {
                cached.uninstall();
            }
        }
        List<Bundle> installed = new ArrayList<>();
        for (String location : locations) {
            Bundle cached = context.getBundle(location);
            installed.add(cached != null ? cached : context.installBundle(location));
        }
        return installed;
    }

    /**
     * Invalidates a kept cache as soon as the running platform changes the feature's bundles in a
     * way that the cache records (installs, updates, uninstalls, persistent starts and stops, as
     * the shell's commands make them). Registered after the boot, removed before the stop; the
     * bundles' stops while the framework itself stops (the shell's {@code exit}) change nothing.
     */
    private final SynchronousBundleListener changeWatch = this::invalidateCacheOnChange;

    private void invalidateCacheOnChange(BundleEvent event) {
        int type = event.getType();
        boolean recorded = type == BundleEvent.INSTALLED || type == BundleEvent.UPDATED || type == BundleEvent.UNINSTALLED
                || type == BundleEvent.STARTED || type == BundleEvent.STOPPED;
        boolean frameworkStopping = framework.getState() == Bundle.STOPPING;
        if (recorded && !frameworkStopping && isFeatureBundle(event.getBundle())) {
            storage.invalidate();
        }
    }

    private boolean isFeatureBundle(Bundle bundle) {
        String location = bundle.getLocation();
        return entries.stream().anyMatch(e -> e.location().equals(location));
    }

    private void startQuietly(Bundle bundle, boolean ownContextLoader) {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return;
        }
        Thread thread = Thread.currentThread();
        try {
            if (ownContextLoader && framework.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle))) {
                thread.setContextClassLoader(bundle.adapt(BundleWiring.class).getClassLoader());
            }
            bundle.start(Bundle.START_TRANSIENT);
            PhaseClock.mark("started " + bundle.getSymbolicName());
        } catch (BundleException | RuntimeException e) {
            log.line(bundle.getSymbolicName() + " not started: " + Failures.message(e));
        } finally {
            thread.setContextClassLoader(null);
        }
    }

    private synchronized void stopAndClean() {
        try {
            BundleContext context = framework.getBundleContext();
            if (context != null) {
                context.removeBundleListener(changeWatch);
            }
        } catch (IllegalStateException stopped) {
            // the framework is no longer running: nothing to watch
        }
        try {
            if ((framework.getState() & (Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING)) != 0) {
                framework.stop();
                if (framework.waitForStop(STOP_TIMEOUT.toMillis()).getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                    log.line("the framework did not stop within " + STOP_TIMEOUT.toSeconds() + " s");
                }
            }
        } catch (BundleException e) {
            log.line("stopping the framework failed: " + Failures.message(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            storage.close();
        } catch (IOException e) {
            log.line("could not clean up the framework storage " + storage.folder() + ": " + Failures.message(e));
        }
        PhaseClock.mark("framework stopped");
    }
}
