package org.conelab.sweep.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The points of a sweep, in a fixed order: the combinations (product: the first swept key
 * slowest, like nested loops in file order; zip: the k-th values together), each followed by
 * its replicates.
 *
 * <p>Seeds: with one replicate, the seed keys the file sets are kept and the missing ones are
 * drawn; with N ≥ 2 replicates, every replicate r draws all of them. Draws come from
 * {@code new SplittableRandom(seed)}, replicate after replicate and key after key, so replicate r
 * has the same seeds at every combination (common random numbers: differences between
 * combinations are not masked by different target draws) and a rerun, resume, shard or cluster
 * member computes the same points. A seed key that is itself swept keeps its swept value.
 *
 * @param spec the sweep
 * @param seed the seed the replicates' seeds were drawn from ({@code sweep.seed}, else derived from the hash)
 * @param points every point, by index
 */
public record SweepPlan(SweepSpec spec, long seed, List<Point> points) {

    /** The pipeline keys that hold seeds, drawn by the pipeline when missing. */
    public static final List<String> SEED_KEYS = List.of("targets.seed", "init.seed");

    /** Copies the points. */
    public SweepPlan {
        points = List.copyOf(points);
    }

    /** @return the plan of the sweep */
    public static SweepPlan of(SweepSpec spec) {
        long seed = spec.seed().orElse(Long.parseUnsignedLong(spec.hash(), 16) >>> 1);
        List<Map<String, String>> seeds = seeds(spec, seed);
        List<Point> points = new ArrayList<>();
        for (Map<String, String> combination : combinations(spec)) {
            for (int r = 0; r < spec.replicates(); r++) {
                Map<String, String> own = new LinkedHashMap<>(seeds.get(r));
                combination.keySet().forEach(own::remove);
                points.add(new Point(points.size(), r, combination, own));
            }
        }
        return new SweepPlan(spec, seed, points);
    }

    private static List<Map<String, String>> seeds(SweepSpec spec, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Map<String, String>> all = new ArrayList<>();
        for (int r = 0; r < spec.replicates(); r++) {
            Map<String, String> replicate = new LinkedHashMap<>();
            for (String key : SEED_KEYS) {
                String drawn = Long.toString(random.nextLong() >>> 1);
                boolean keep = spec.replicates() == 1 && spec.base().containsKey(key);
                replicate.put(key, keep ? spec.base().get(key) : drawn);
            }
            all.add(replicate);
        }
        return all;
    }

    private static List<Map<String, String>> combinations(SweepSpec spec) {
        List<Axis> axes = spec.axes();
        List<Map<String, String>> out = new ArrayList<>();
        if (spec.zip()) {
            for (int k = 0; k < axes.get(0).values().size(); k++) {
                Map<String, String> combination = new LinkedHashMap<>();
                for (Axis axis : axes) {
                    combination.put(axis.key(), axis.values().get(k));
                }
                out.add(combination);
            }
            return out;
        }
        out.add(new LinkedHashMap<>());
        for (Axis axis : axes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String value : axis.values()) {
                    Map<String, String> combination = new LinkedHashMap<>(partial);
                    combination.put(axis.key(), value);
                    next.add(combination);
                }
            }
            out = next;
        }
        return out;
    }
}
