package org.conelab.pipeline;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.conelab.api.InvalidInputException;
import org.conelab.api.Parameters;
import org.conelab.api.ServiceProperties;

/**
 * The top-level keys of a pipeline, parsed and checked. Section keys ({@code kernel.*},
 * {@code targets.*}, {@code init.*}, {@code <analyzer>.*}) stay in {@link #parameters} and are
 * checked against the providers' declared parameters once the providers are known.
 *
 * @param name the run's name, used in the output folder's name
 * @param graph the graph kind
 * @param n the number of samples
 * @param kernel the kernel generator's id
 * @param targets the target generator's name
 * @param loss the main loss's id
 * @param compare the comparison loss's id, if any
 * @param solver a solver id or {@code auto}
 * @param eta the step size rule
 * @param steps the number of training steps T
 * @param analyzers the analyzer ids, in run order
 * @param output the folder that receives run folders
 * @param parameters every key as given
 */
record PipelineSpec(String name, String graph, int n, String kernel, String targets, String loss,
        Optional<String> compare, String solver, StepSize eta, int steps, List<String> analyzers, String output,
        Parameters parameters) {

    /** Keys allowed at top level, in the order help shows them, with what each means. */
    static final Map<String, String> TOP_LEVEL = topLevel();

    /** Keys allowed at top level. */
    static final Set<String> TOP_LEVEL_KEYS = TOP_LEVEL.keySet();

    /** The largest number of training steps a pipeline may ask for. */
    static final int MAX_STEPS = 10_000_000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** Default values of the optional top-level keys. */
    static final Map<String, String> DEFAULTS = Map.of(
            "graph", "chain",
            "targets", "lognormal",
            "loss", "is",
            "solver", ServiceProperties.AUTO,
            "eta", "0.5 stable",
            "steps", "40",
            "analyzers", "lightcone",
            "output", "out",
            TargetScaledKernel.KEY, TargetScaledKernel.NONE);

    /**
     * @param values the pipeline's keys and values
     * @return the parsed specification
     * @throws InvalidInputException naming the first bad key
     */
    static PipelineSpec parse(Map<String, String> values) {
        Parameters p = new Parameters("", values);
        for (String key : values.keySet()) {
            String head = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            if (!key.contains(".") && !TOP_LEVEL_KEYS.contains(key)) {
                throw new InvalidInputException(key, "unknown key; top-level keys are " + String.join(", ", sorted(TOP_LEVEL_KEYS))
                        + Suggestions.hint(key, TOP_LEVEL_KEYS));
            }
            if (key.endsWith(".") || head.isEmpty()) {
                throw new InvalidInputException(key, "malformed key");
            }
        }
        String name = p.required("name");
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", "must be letters, digits, '.', '_' or '-', got '" + name + "'");
        }
        p.required("n");
        int n = p.integer("n", 0, 1, Integer.MAX_VALUE);
        String compare = p.text("compare", "");
        List<String> analyzers = Arrays.stream(text(p, "analyzers").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (analyzers.isEmpty()) {
            throw new InvalidInputException("analyzers", "name at least one analyzer");
        }
        return new PipelineSpec(name, text(p, "graph"), n, p.required("kernel"), text(p, "targets"), text(p, "loss"),
                compare.isEmpty() || compare.equals("none") ? Optional.empty() : Optional.of(compare),
                text(p, "solver"), StepSize.parse("eta", text(p, "eta")),
                p.integer("steps", Integer.parseInt(DEFAULTS.get("steps")), 0, MAX_STEPS),
                analyzers, text(p, "output"), p);
    }

    private static Map<String, String> topLevel() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("name", "the run's name (required): letters, digits, '.', '_', '-'");
        keys.put("n", "the number of samples, graph nodes (required), >= 1");
        keys.put("graph", "the graph builder's id (default chain)");
        keys.put("kernel", "the kernel generator's id (required)");
        keys.put("targets", "the target generator (default lognormal)");
        keys.put("loss", "the loss trained with (default is)");
        keys.put("compare", "a second loss run side by side, or none (default none)");
        keys.put("solver", "a solver's id, or auto: the preferred, else the highest-ranked solver that supports the kernel (default auto)");
        keys.put("eta", "step size: a number, or a fraction of 2/λmax followed by 'stable' (default 0.5 stable)");
        keys.put("steps", "training steps T (default 40)");
        keys.put("analyzers", "comma-separated analyzer ids, run in order (default lightcone)");
        keys.put("output", "the folder that receives run folders (default out)");
        keys.put(TargetScaledKernel.KEY, "none, or targets: K = D·K₀·D with D = diag(y) (default none)");
        return Collections.unmodifiableMap(keys);
    }

    private static String text(Parameters p, String key) {
        String value = p.text(key, DEFAULTS.get(key));
        if (value.isEmpty()) {
            throw new InvalidInputException(key, "must not be empty");
        }
        return value;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
