package org.conelab.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;

/**
 * Runs each call of a run into a provider (build the graph, generate the kernel and targets,
 * configure the loss, each analyzer) as a stage: on a thread of its own, for at most
 * {@code stage.timeout} seconds, so that a provider that throws, or never returns, fails its
 * stage with a message that names it, and the platform goes on.
 *
 * <p>What a stage's exception becomes: bad input ({@link InvalidInputException}) and
 * cancellation ({@link CancellationException}) pass through as they are (a provider may reject
 * its parameters, and a removed provider ends the run through {@link RunWatch}); an
 * {@link OutOfMemoryError} passes through for the shell's out-of-memory line; anything else is a
 * {@link ProviderFault} naming the provider, the call and the exception. A stage that outlives its
 * limit is interrupted and its {@link ProviderFault} says so; a provider that ignores interrupts
 * keeps its (daemon) thread until it returns, but the run no longer waits for it. An interrupt of
 * the waiting thread (the user cancelling) cancels the stage and the run.
 */
final class Stages {

    /** The section of the stage keys. */
    static final String SECTION = "stage";
    /** The default limit of one stage: long enough for the largest runs the README shows, short enough to notice a hang. */
    static final long DEFAULT_TIMEOUT_SECONDS = 1800;
    /** The keys of {@code stage.*}. */
    static final List<ParameterSpec> PARAMETERS = List.of(new ParameterSpec("timeout", Long.toString(DEFAULT_TIMEOUT_SECONDS),
            "seconds one stage (a provider's graph, kernel, targets, loss or an analyzer) may take before it fails, > 0"));
    /** The prefix of stage threads' names. */
    static final String THREAD_PREFIX = "conelab-stage-";

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration timeout;

    /** @param timeout the limit of each stage */
    Stages(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * @param section the {@code stage.*} keys
     * @return stages with the limit of {@code stage.timeout}
     */
    static Stages of(Parameters section) {
        double seconds = section.positive("timeout", DEFAULT_TIMEOUT_SECONDS);
        if (seconds > Duration.ofDays(365).toSeconds()) {
            throw new InvalidInputException(section.qualified("timeout"), "must be at most a year of seconds (31536000), got '"
                    + section.text("timeout", "") + "'");
        }
        return new Stages(Duration.ofNanos((long) (seconds * 1e9)));
    }

    /**
     * @param provider the provider, as messages name it ({@code kernel 'rbf'})
     * @param call what the stage asks of it ({@code generate})
     * @param work the call
     * @return what the provider returned
     * @throws ProviderFault when the provider failed or overran the limit
     */
    <T> T run(String provider, String call, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, THREAD_PREFIX + THREADS.incrementAndGet() + "-" + provider.replaceAll("[^A-Za-z0-9.-]+", "-"));
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw translate(provider, call, e.getCause());
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new ProviderFault(provider + " did not return from " + call + " within " + seconds(timeout)
                    + " (stage.timeout); the stage was interrupted", null);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("run cancelled; nothing was written");
        }
    }

    private static RuntimeException translate(String provider, String call, Throwable failure) {
        if (failure instanceof InvalidInputException || failure instanceof CancellationException || failure instanceof ProviderFault) {
            return (RuntimeException) failure;
        }
        if (failure instanceof OutOfMemoryError oom) {
            throw oom;
        }
        return new ProviderFault(provider + " failed in " + call + ": " + describe(failure), failure);
    }

    /** @return the exception's simple class name and the first line of its message */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        String first = message.strip().lines().findFirst().orElse("");
        return failure.getClass().getSimpleName() + ": " + (first.length() > 200 ? first.substring(0, 200) + "…" : first);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3g s", duration.toNanos() / 1e9);
    }
}
