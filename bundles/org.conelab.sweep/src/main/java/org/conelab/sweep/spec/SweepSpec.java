package org.conelab.sweep.spec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.conelab.api.InvalidInputException;

/**
 * A sweep: a pipeline whose {@code sweep.*} keys say which keys take which values.
 *
 * <ul>
 *   <li>{@code sweep.<key> = v1, v2, …} or a range ({@link ValueList}): a swept pipeline key;</li>
 *   <li>{@code sweep.mode = product} (default: every combination, the first swept key slowest)
 *       or {@code zip} (the k-th values together; every list as long as the first);</li>
 *   <li>{@code sweep.replicates = N} (default 1): each combination N times with its own seeds;</li>
 *   <li>{@code sweep.seed}: where the replicates' seeds are drawn from (default: derived from
 *       {@link #hash()}, so the same file always draws the same seeds; give another seed for new draws);</li>
 *   <li>{@code sweep.parallel = auto | N} (default 1): points run at once on this machine;</li>
 *   <li>{@code sweep.plot = FINDING vs KEY, …}: charts ({@link Plot}).</li>
 * </ul>
 *
 * @param base the pipeline keys that are not swept, in file order (a swept key's own value is dropped)
 * @param axes the swept keys, in file order
 * @param zip whether the axes are zipped rather than combined
 * @param replicates runs per combination, ≥ 1
 * @param seed the seed of the replicates' seeds, when given
 * @param parallel points at once, or 0 for every available processor
 * @param plots the charts to draw
 * @param hash what identifies the sweep's points: a digest of every key and value in order but
 *     {@code sweep.parallel} and {@code output}, which change where and how fast points run, not what they compute
 */
public record SweepSpec(Map<String, String> base, List<Axis> axes, boolean zip, int replicates, OptionalLong seed, int parallel,
        List<Plot> plots, String hash) {

    /** The prefix of sweep keys. */
    public static final String PREFIX = "sweep.";
    /** The most replicates a sweep may ask for. */
    static final int MAX_REPLICATES = 10_000;
    /** The most points one sweep may have. */
    static final long MAX_POINTS = 1_000_000;

    private static final String MODE = "sweep.mode";
    private static final String REPLICATES = "sweep.replicates";
    private static final String SEED = "sweep.seed";
    private static final String PARALLEL = "sweep.parallel";
    private static final Set<String> OWN = Set.of(MODE, REPLICATES, SEED, PARALLEL, Plot.KEY);
    /** Keys a sweep sets itself for every point. */
    private static final Set<String> NOT_SWEPT = Set.of("name", "output");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** Copies the parts. */
    public SweepSpec {
        base = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(base));
        axes = List.copyOf(axes);
        plots = List.copyOf(plots);
    }

    /**
     * @param values the pipeline's keys in file order, overrides last
     * @param pipelineKeys every key a pipeline may set (the runner's {@code keys()})
     * @return the sweep
     * @throws InvalidInputException naming the first bad key: an unknown {@code sweep.*} key, a
     *     swept key that is not a pipeline key, a malformed value list or range, zipped lists of
     *     different lengths, no swept key at all
     */
    public static SweepSpec parse(Map<String, String> values, Set<String> pipelineKeys) {
        Map<String, String> base = new LinkedHashMap<>();
        List<Axis> axes = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith(PREFIX)) {
                base.put(key, e.getValue());
            } else if (!OWN.contains(key)) {
                axes.add(axis(key, e.getValue(), pipelineKeys));
            }
        }
        if (axes.isEmpty()) {
            throw new InvalidInputException("sweep", "no swept key: add sweep.<key> = v1, v2, … or a range FROM:TO:COUNT [log]");
        }
        axes.forEach(a -> base.remove(a.key()));
        String name = base.get("name");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", name == null ? "is required" : "must be letters, digits, '.', '_' or '-', got '" + name + "'");
        }
        boolean zip = mode(values.getOrDefault(MODE, "product"));
        if (zip) {
            for (Axis axis : axes) {
                if (axis.values().size() != axes.get(0).values().size()) {
                    throw new InvalidInputException(PREFIX + axis.key(), "sweep.mode = zip needs lists of one length: "
                            + axis.values().size() + " values, but sweep." + axes.get(0).key() + " has " + axes.get(0).values().size());
                }
            }
        }
        int replicates = whole(REPLICATES, values.getOrDefault(REPLICATES, "1"), 1, MAX_REPLICATES);
        long points = replicates;
        for (Axis axis : zip ? axes.subList(0, 1) : axes) {
            points = Math.min(points * axis.values().size(), MAX_POINTS + 1);
        }
        if (points > MAX_POINTS) {
            throw new InvalidInputException("sweep", "more than " + MAX_POINTS + " points; sweep fewer values or replicates");
        }
        OptionalLong seed = values.containsKey(SEED) ? OptionalLong.of(seed(values.get(SEED))) : OptionalLong.empty();
        String parallelText = values.getOrDefault(PARALLEL, "1").strip();
        int parallel = parallelText.equals("auto") ? 0 : whole(PARALLEL, parallelText, 1, 4096);
        Set<String> swept = new LinkedHashSet<>();
        axes.forEach(a -> swept.add(a.key()));
        List<Plot> plots = values.containsKey(Plot.KEY) ? Plot.parse(values.get(Plot.KEY), swept) : List.of();
        return new SweepSpec(base, axes, zip, replicates, seed, parallel, plots, hash(values));
    }

    /** @return the run name that the points' names start with */
    public String name() {
        return base.get("name");
    }

    /** @return the folder that receives sweep folders, the {@code output} key (default {@code out}) */
    public String output() {
        return base.getOrDefault("output", "out");
    }

    private static Axis axis(String key, String text, Set<String> pipelineKeys) {
        String swept = key.substring(PREFIX.length());
        if (NOT_SWEPT.contains(swept)) {
            throw new InvalidInputException(key, "cannot be swept: the sweep sets " + swept + " for every point");
        }
        if (!pipelineKeys.contains(swept)) {
            throw new InvalidInputException(key, "unknown sweep key: '" + swept + "' is not a pipeline key; sweep keys are "
                    + String.join(", ", OWN.stream().sorted().toList()) + " and sweep.<pipeline key>");
        }
        return ValueList.parse(swept, text);
    }

    private static boolean mode(String text) {
        return switch (text.strip()) {
            case "product" -> false;
            case "zip" -> true;
            default -> throw new InvalidInputException(MODE, "must be product or zip, got '" + text.strip() + "'");
        };
    }

    private static int whole(String key, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new InvalidInputException(key, "must be a whole number between " + min + " and " + max
                + (key.equals(PARALLEL) ? ", or auto" : "") + ", got '" + text.strip() + "'");
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(SEED, "must be a whole number, got '" + text.strip() + "'");
        }
    }

    private static String hash(Map<String, String> values) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            values.forEach((key, value) -> {
                if (!key.equals(PARALLEL) && !key.equals("output")) {
                    digest.update((key + "=" + value.strip() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            });
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
