package org.conelab.launcher;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.osgi.framework.Bundle;

/**
 * The class loaders of revisions that were replaced (by an update) or removed (by an uninstall),
 * held weakly: once the framework has refreshed, nothing should hold them, so every reference
 * must clear after a garbage collection, and no live thread may belong to one of them (its
 * class, or its context class loader) or carry the name of a pool the bundle starts.
 */
final class OldRevisions {

    /** Garbage collections tried before a loader counts as leaked; each is followed by a short pause. */
    static final int GC_ATTEMPTS = 20;
    static final long GC_PAUSE_MILLIS = 100;

    private final List<WeakReference<ClassLoader>> loaders = new ArrayList<>();

    /** Records the class loader of the bundle's current revision, which is about to be replaced or removed. */
    void record(Bundle bundle) {
        loaders.add(new WeakReference<>(BundleSwap.loaderOf(bundle)));
    }

    /** @return how many loaders were recorded */
    int recorded() {
        return loaders.size();
    }

    /**
     * @param threadNamePrefix the start of the names of threads the bundle starts (its pools)
     * @return the live threads that belong to a recorded loader, or whose name starts with the prefix
     */
    List<Thread> liveThreads(String threadNamePrefix) {
        Set<ClassLoader> alive = Collections.newSetFromMap(new IdentityHashMap<>());
        loaders.forEach(reference -> {
            ClassLoader loader = reference.get();
            if (loader != null) {
                alive.add(loader);
            }
        });
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> alive.contains(t.getContextClassLoader()) || alive.contains(t.getClass().getClassLoader())
                        || t.getName().startsWith(threadNamePrefix))
                .toList();
    }

    /**
     * Collects garbage, up to {@value #GC_ATTEMPTS} times, until every recorded loader is gone.
     *
     * @return how many collections it took, or -1 when some loaders survived them all
     */
    int collectedAfter() throws InterruptedException {
        for (int attempt = 1; attempt <= GC_ATTEMPTS; attempt++) {
            System.gc();
            Thread.sleep(GC_PAUSE_MILLIS);
            if (uncollected() == 0) {
                return attempt;
            }
        }
        return -1;
    }

    /** @return how many recorded loaders are still reachable */
    int uncollected() {
        return (int) loaders.stream().filter(reference -> reference.get() != null).count();
    }
}
