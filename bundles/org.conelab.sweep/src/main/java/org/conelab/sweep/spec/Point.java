package org.conelab.sweep.spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a sweep: a combination of the swept values and a replicate, with the seeds it runs with.
 *
 * @param index the point's place in the sweep, 0 …
 * @param replicate which replicate of its combination, 0 …
 * @param swept the swept keys' values, in axis order
 * @param seeds the seed keys the sweep sets for this point (drawn, or the base's), in {@link SweepPlan#SEED_KEYS} order
 */
public record Point(int index, int replicate, Map<String, String> swept, Map<String, String> seeds) {

    /** Copies the maps, keeping their order. */
    public Point {
        swept = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(swept));
        seeds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seeds));
    }

    /** @return {@code p0007}: the name of the point's folder in the sweep folder */
    public String id() {
        return String.format("p%04d", index);
    }

    /**
     * @param base the sweep's unswept keys
     * @param name the sweep's name
     * @param output the folder the run writes its run folder into
     * @return the pipeline specification of this point: the base, the swept values, the seeds,
     *     {@code name = <name>-<id>} and {@code output}
     */
    public Map<String, String> specification(Map<String, String> base, String name, Path output) {
        Map<String, String> spec = new LinkedHashMap<>(base);
        spec.putAll(swept);
        seeds.forEach(spec::putIfAbsent);
        spec.put("name", name + "-" + id());
        spec.put("output", output.toString());
        return spec;
    }
}
