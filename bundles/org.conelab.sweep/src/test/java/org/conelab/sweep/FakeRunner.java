package org.conelab.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.conelab.api.InvalidInputException;
import org.conelab.api.pipeline.PipelineKey;
import org.conelab.api.pipeline.PipelineRunner;
import org.conelab.api.pipeline.RunReport;
import org.conelab.api.progress.Progress;

/**
 * A pipeline runner whose findings are a pure function of the specification (name and output
 * aside), written as a real run folder would be: the reference the sweep's index is checked
 * against. It counts runs by name and can be told to fail at a given run (a simulated crash).
 */
final class FakeRunner implements PipelineRunner {

    static final List<String> KEYS = List.of("name", "n", "kernel", "eta", "loss", "output", "targets.sigma", "targets.seed", "init.seed");

    final Map<String, AtomicInteger> runsByName = new ConcurrentHashMap<>();
    final AtomicInteger runs = new AtomicInteger();
    volatile int crashAtRun = -1;

    @Override
    public RunReport run(Map<String, String> specification, Progress progress) {
        if (specification.getOrDefault("n", "").equals("0")) {
            throw new InvalidInputException("n", "must be between 1 and 2147483647, got '0'");
        }
        int run = runs.incrementAndGet();
        if (run == crashAtRun) {
            throw new IllegalStateException("simulated crash at run " + run);
        }
        String name = specification.get("name");
        runsByName.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        Path folder = Path.of(specification.get("output")).resolve(name + "-20261202-000000-000");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("findings.csv"), findingsCsv(specification));
            Files.writeString(folder.resolve("pipeline.properties"), new TreeMap<>(specification).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RunReport(folder, specification, Map.of());
    }

    /** @return the findings of a specification: a checksum finding, and one that only the IS loss reports */
    static String findingsCsv(Map<String, String> specification) {
        return "analyzer,finding,measured,expected,tolerance,unit,verdict,coverage,method\n"
                + "fake,checksum," + measured(specification) + ",,,,info,derived,\"sum, of hashes\"\n"
                + (specification.getOrDefault("loss", "is").equals("is") ? "fake,is_only,1.5,1,0.1,,fails,derived,\n" : "");
    }

    static String measured(Map<String, String> specification) {
        long sum = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(specification).entrySet()) {
            if (!e.getKey().equals("name") && !e.getKey().equals("output")) {
                sum = 31 * sum + (e.getKey() + "=" + e.getValue()).hashCode();
            }
        }
        return Double.toString((sum % 100_000) / 7.0);
    }

    @Override
    public List<PipelineKey> keys() {
        List<PipelineKey> keys = new ArrayList<>();
        KEYS.forEach(k -> keys.add(new PipelineKey(k, k, List.of())));
        return keys;
    }
}
