package org.conelab.launcher;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The feature's bundle list, read on a thread of its own while the framework is created and
 * initialised on the launching thread (the JSON parse through the Feature service takes a good
 * part of a launch's first 100 ms, and nothing of the framework's set-up needs it).
 */
final class FeatureReading {

    static final String THREAD_NAME = "conelab feature reading";

    private final CompletableFuture<List<BundleEntry>> entries = new CompletableFuture<>();

    private FeatureReading() {
    }

    /** Starts reading {@code distribution}'s feature; returns at once. */
    static FeatureReading start(Distribution distribution) {
        FeatureReading reading = new FeatureReading();
        Thread thread = new Thread(() -> {
            try {
                reading.entries.complete(FeatureBundles.read(distribution.feature(), distribution.bundles()));
            } catch (RuntimeException | Error e) {
                reading.entries.completeExceptionally(e);
            }
        }, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return reading;
    }

    /**
     * Waits for the list.
     *
     * @return the feature's bundles in start order, as {@link FeatureBundles#read}
     * @throws LaunchException (or whatever else the reading threw) when the feature is unusable
     */
    List<BundleEntry> entries() {
        try {
            return entries.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
