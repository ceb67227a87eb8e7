package org.conelab.pipeline;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.conelab.api.progress.Progress;

/**
 * Watches the providers of one run while it runs. From {@link RunWatches#open()} on it hears of
 * every provider that is unregistered (its bundle stopped, updated or uninstalled); once the run
 * has said which providers it {@link #uses}, a match marks the run as having lost that provider.
 * A removal that comes before {@link #uses} (during planning) counts too.
 *
 * <p>A lost provider ends the run at its next contact with the platform: the {@link #watching}
 * progress throws from {@code begin} and {@code worked} and answers {@code isCancelled} with
 * true, and {@link #check} throws; the engine turns whatever the run then throws into
 * {@link #wentAway}. The run's exception is a {@link CancellationException} (the run was cancelled
 * because of it) whose one-line message names the provider.
 *
 * <p>Thread-safe: DS unbinds on the thread that stops the bundle, while the run goes on on its own.
 */
final class RunWatch implements AutoCloseable {

    /**
     * A provider a run uses: its role in the run ({@code graph}, {@code kernel}, {@code targets},
     * {@code loss}, {@code compare}, {@code solver}, {@code analyzer.<id>}), its kind (the pipeline
     * key's noun), its {@code conelab.id} and the service object.
     */
    record UsedProvider(String role, String kind, String id, Object service) {

        String describe() {
            return kind + " '" + id + "'";
        }
    }

    private final RunWatches owner;
    private final Set<Object> unregistered = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Object, UsedProvider> used = new IdentityHashMap<>();
    private volatile UsedProvider lost;

    RunWatch(RunWatches owner) {
        this.owner = owner;
    }

    /** Records that {@code service} was unregistered; marks the run if it uses it. */
    synchronized void unregistered(Object service) {
        unregistered.add(service);
        UsedProvider provider = used.get(service);
        if (provider != null && lost == null) {
            lost = provider;
        }
    }

    /** Records the providers the run uses; one unregistered since the watch opened marks the run at once. */
    synchronized void uses(List<UsedProvider> providers) {
        for (UsedProvider provider : providers) {
            used.put(provider.service(), provider);
            if (lost == null && unregistered.contains(provider.service())) {
                lost = provider;
            }
        }
    }

    /** @return the first provider of the run that went away, if any */
    Optional<UsedProvider> lost() {
        return Optional.ofNullable(lost);
    }

    /** @throws CancellationException naming the provider, when one of the run went away */
    void check() {
        if (lost != null) {
            throw wentAway(null);
        }
    }

    /**
     * @param cause what the run threw once the provider had gone (kept as the cause), or null
     * @return the run's exception: {@code <kind> '<id>' went away during the run …; nothing was written}
     */
    CancellationException wentAway(Throwable cause) {
        CancellationException e = new CancellationException(lost.describe()
                + " went away during the run (its bundle was stopped, updated or uninstalled); nothing was written");
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    /** @return {@code progress} that also ends the run when a provider of it has gone (see the class comment) */
    Progress watching(Progress progress) {
        return new Progress() {
            @Override
            public void begin(String task, long totalUnits) {
                check();
                progress.begin(task, totalUnits);
            }

            @Override
            public void worked(long units) {
                check();
                progress.worked(units);
            }

            @Override
            public void done() {
                progress.done();
            }

            @Override
            public boolean isCancelled() {
                return lost != null || progress.isCancelled();
            }
        };
    }

    /** Stops watching: the run has ended. */
    @Override
    public void close() {
        owner.closed(this);
    }
}
