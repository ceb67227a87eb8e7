package org.conelab.sweep.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The threads each point's solver may use while points run at once: P points on C processors
 * get max(1, ⌊C/P⌋) solver threads each, so that the banded solvers' tile threads
 * ({@code ParallelTiles}, one pool per solver of {@code threads} threads) do not oversubscribe
 * the machine.
 *
 * <p>The budget goes where the solvers read their thread count, their Config Admin
 * configuration ({@code threads} of {@link #SOLVER_PIDS}): while at least one budget is held,
 * {@code threads} is the smallest budget held; when the last is released, each configuration
 * is put back as it was (or deleted if there was none). The solvers apply a new count to the
 * runs that start after it, and a run in progress keeps the engine it started with. The
 * setting is the JVM's, so runs started from the shell meanwhile share the budget, which is
 * what a machine busy with a sweep needs.
 */
public final class ThreadBudget {

    /** The solvers whose thread count is configured, by PID (the component names). */
    public static final List<String> SOLVER_PIDS = List.of("org.conelab.solver.banded.BandedSolver",
            "org.conelab.solver.banded.scalar.ScalarBandedSolver");
    static final String THREADS = "threads";

    private final Supplier<ConfigurationAdmin> configurations;
    private final Map<String, Dictionary<String, Object>> saved = new HashMap<>();
    private final List<Integer> held = new java.util.ArrayList<>();
    /** The Config Admin the budgets held now were set through (null when there was none). */
    private ConfigurationAdmin configurationAdmin;

    /**
     * @param configurations where the solvers' configuration lives now, or null when there is
     *     no Config Admin (then a budget changes nothing)
     */
    public ThreadBudget(Supplier<ConfigurationAdmin> configurations) {
        this.configurations = configurations;
    }

    /** @return the solver threads of each of {@code parallel} points on {@code processors} processors */
    public static int perPoint(int processors, int parallel) {
        return Math.max(1, processors / Math.max(1, parallel));
    }

    /** A budget held until closed. */
    public interface Held extends AutoCloseable {
        /** Releases the budget. */
        @Override
        void close();
    }

    /**
     * Holds a budget of {@code threads} solver threads per run until the returned handle is closed.
     */
    public synchronized Held hold(int threads) {
        if (held.isEmpty()) {
            configurationAdmin = configurations.get();
            if (configurationAdmin == null) {
                return () -> { };
            }
            saveAll();
        }
        held.add(threads);
        apply(held.stream().mapToInt(Integer::intValue).min().orElseThrow());
        return () -> release(threads);
    }

    private synchronized void release(int threads) {
        held.remove(Integer.valueOf(threads));
        if (held.isEmpty()) {
            restoreAll();
        } else {
            apply(held.stream().mapToInt(Integer::intValue).min().orElseThrow());
        }
    }

    private void saveAll() {
        saved.clear();
        for (String pid : SOLVER_PIDS) {
            try {
                Configuration c = configurationAdmin.getConfiguration(pid, "?");
                saved.put(pid, c.getProperties());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the configuration " + pid + ": " + e.getMessage(), e);
            }
        }
    }

    private void apply(int threads) {
        for (String pid : SOLVER_PIDS) {
            Dictionary<String, Object> before = saved.get(pid);
            Hashtable<String, Object> properties = new Hashtable<>();
            if (before != null) {
                for (java.util.Enumeration<String> keys = before.keys(); keys.hasMoreElements();) {
                    String key = keys.nextElement();
                    properties.put(key, before.get(key));
                }
            }
            properties.put(THREADS, threads);
            update(pid, properties);
        }
    }

    private void restoreAll() {
        for (String pid : SOLVER_PIDS) {
            Dictionary<String, Object> before = saved.get(pid);
            try {
                Configuration c = configurationAdmin.getConfiguration(pid, "?");
                if (before == null) {
                    c.delete();
                } else {
                    c.update(before);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot restore the configuration " + pid + ": " + e.getMessage(), e);
            }
        }
        saved.clear();
    }

    private void update(String pid, Hashtable<String, Object> properties) {
        try {
            configurationAdmin.getConfiguration(pid, "?").update(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot configure " + pid + ": " + e.getMessage(), e);
        }
    }
}
