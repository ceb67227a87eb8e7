package org.conelab.sweep.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

class ThreadBudgetTest {

    /** Configurations by PID, as a Config Admin would keep them (null: none). */
    private final Map<String, Dictionary<String, Object>> store = new HashMap<>();

    private ConfigurationAdmin admin() {
        return (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ConfigurationAdmin.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConfiguration")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    String pid = (String) args[0];
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Configuration.class}, (c, m, a) -> {
                        switch (m.getName()) {
                            case "getProperties":
                                return store.get(pid);
                            case "update":
                                store.put(pid, (Dictionary<String, Object>) a[0]);
                                return null;
                            case "delete":
                                store.remove(pid);
                                return null;
                            default:
                                throw new UnsupportedOperationException(m.getName());
                        }
                    });
                });
    }

    @Test
    void pointsAtOnceShareTheProcessors() {
        assertThat(ThreadBudget.perPoint(2, 2)).isEqualTo(1);
        assertThat(ThreadBudget.perPoint(8, 3)).isEqualTo(2);
        assertThat(ThreadBudget.perPoint(2, 16)).isEqualTo(1);
        assertThat(ThreadBudget.perPoint(4, 1)).isEqualTo(4);
    }

    @Test
    void aBudgetSetsTheSolversThreadsWhileHeldAndPutsBackWhatWasThere() {
        Hashtable<String, Object> before = new Hashtable<>(Map.of("threads", 8, "other", "kept"));
        store.put(ThreadBudget.SOLVER_PIDS.get(0), before);
        ThreadBudget budget = new ThreadBudget(this::admin);

        try (ThreadBudget.Held outer = budget.hold(2)) {
            assertThat(store.get(ThreadBudget.SOLVER_PIDS.get(0)).get("threads")).isEqualTo(2);
            assertThat(store.get(ThreadBudget.SOLVER_PIDS.get(0)).get("other")).isEqualTo("kept");
            assertThat(store.get(ThreadBudget.SOLVER_PIDS.get(1)).get("threads")).isEqualTo(2);
            try (ThreadBudget.Held inner = budget.hold(1)) {
                assertThat(store.get(ThreadBudget.SOLVER_PIDS.get(1)).get("threads")).as("the smallest budget held").isEqualTo(1);
            }
            assertThat(store.get(ThreadBudget.SOLVER_PIDS.get(1)).get("threads")).isEqualTo(2);
        }
        assertThat(store.get(ThreadBudget.SOLVER_PIDS.get(0))).isSameAs(before);
        assertThat(store).as("a configuration that did not exist is deleted again").doesNotContainKey(ThreadBudget.SOLVER_PIDS.get(1));
    }

    @Test
    void withoutConfigAdminABudgetChangesNothing() {
        new ThreadBudget(() -> null).hold(1).close();
        assertThat(store).isEmpty();
    }
}
