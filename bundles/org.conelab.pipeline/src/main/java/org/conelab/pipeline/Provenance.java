package org.conelab.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What computed a run and where, for its {@code provenance.properties}: the bundle (symbolic
 * name and version) of every provider the run used, the git commit of the checkout conelab ran
 * from (when there is one), the JVM, the machine, and the run's seeds.
 *
 * <p>Keys: {@code commit}; {@code bundle.engine}; {@code provider.<role>} = {@code <conelab.id>
 * <bundle> <version>} for graph, kernel, targets, loss, compare, solver and each analyzer
 * ({@code provider.analyzer.<id>}); {@code java.*}, {@code os.*}, {@code machine.*};
 * {@code seed.<key>} for every resolved key that ends in {@code seed}.
 */
final class Provenance {

    /** The framework property the launcher sets to the distribution's folder. */
    static final String HOME_PROPERTY = "conelab.home";

    private Provenance() {
    }

    /**
     * @param run the prepared run
     * @param home the distribution's folder (where the commit is looked up), or empty to use the
     *     working directory
     * @return the provenance, in a stable key order
     */
    static Map<String, String> of(PreparedRun run, Optional<Path> home) {
        Map<String, String> record = new LinkedHashMap<>();
        Path checkout = home.orElse(Paths.get("").toAbsolutePath());
        record.put("commit", GitCommit.of(checkout).orElse("unknown (no git checkout holds " + checkout + ")"));
        record.put("bundle.engine", bundleOf(Provenance.class));
        run.providers().forEach(provider ->
                record.put("provider." + provider.role(), provider.id() + " " + bundleOf(provider.service().getClass())));
        for (String key : new String[] {"java.version", "java.vm.name", "java.vm.version", "java.vendor", "os.name", "os.arch",
            "os.version"}) {
            record.put(key, System.getProperty(key, ""));
        }
        record.put("machine.cpu", cpuModel().orElse(System.getProperty("os.arch", "")));
        record.put("machine.processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
        record.put("machine.max_heap_bytes", Long.toString(Runtime.getRuntime().maxMemory()));
        run.resolved().forEach((key, value) -> {
            if (key.endsWith("seed")) {
                record.put("seed." + key, value);
            }
        });
        return record;
    }

    /** @return {@code <symbolic name> <version>} of the bundle that loaded the class, or a note when none did */
    static String bundleOf(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        return bundle == null ? "(not from a bundle: " + type.getName() + ")" : bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    /** @return the CPU's model name from {@code /proc/cpuinfo} (Linux), if readable */
    private static Optional<String> cpuModel() {
        Path cpuinfo = Paths.get("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(cpuinfo, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
