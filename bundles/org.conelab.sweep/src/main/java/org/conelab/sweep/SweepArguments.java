package org.conelab.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conelab.api.InvalidInputException;
import org.conelab.sweep.cluster.ClusterSettings;
import org.conelab.sweep.spec.Shard;

/**
 * The arguments of {@code sweep}: a pipeline file and {@code key=value} overrides (as for
 * {@code run}), and the options {@code --shard K/N}, {@code --resume DIR}, {@code --cluster NAME},
 * {@code --members HOST:PORT,…} and {@code --port N}; an option's value follows it or is
 * joined with {@code =} ({@code --shard=2/4}).
 *
 * @param pipeline the file and overrides, in order
 * @param shard the slice to run
 * @param resume a sweep folder to continue, if given
 * @param cluster the cluster to submit to, if given
 */
record SweepArguments(List<String> pipeline, Shard shard, Optional<Path> resume, Optional<ClusterSettings> cluster) {

    static final String RESUME = "--resume";

    /**
     * @throws InvalidInputException naming the option at fault: one without its value, an unknown
     *     {@code --} option, a bad shard, {@code --members} without {@code --cluster}
     */
    static SweepArguments parse(List<String> arguments) {
        Options options = new Options(arguments, List.of(Shard.OPTION, RESUME, ClusterSettings.CLUSTER, ClusterSettings.MEMBERS,
                ClusterSettings.PORT));
        Shard shard = options.value(Shard.OPTION).map(Shard::parse).orElse(Shard.ALL);
        Optional<Path> resume = options.value(RESUME).map(Path::of);
        Optional<ClusterSettings> cluster = ClusterSettings.of(options.value(ClusterSettings.CLUSTER), options.value(ClusterSettings.MEMBERS),
                options.value(ClusterSettings.PORT));
        if (options.rest().isEmpty()) {
            throw new InvalidInputException("sweep", "needs a pipeline file (with sweep.* keys) or key=value pairs");
        }
        return new SweepArguments(options.rest(), shard, resume, cluster);
    }

    /** Options with a value, and the other arguments in order. */
    static final class Options {
        private final java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        private final List<String> rest = new ArrayList<>();

        Options(List<String> arguments, List<String> known) {
            for (int i = 0; i < arguments.size(); i++) {
                String a = arguments.get(i);
                if (!a.startsWith("--")) {
                    rest.add(a);
                    continue;
                }
                int eq = a.indexOf('=');
                String name = eq < 0 ? a : a.substring(0, eq);
                if (!known.contains(name)) {
                    throw new InvalidInputException(name, "unknown option; options are " + String.join(", ", known));
                }
                if (eq < 0 && i + 1 >= arguments.size()) {
                    throw new InvalidInputException(name, "needs a value");
                }
                values.put(name, eq < 0 ? arguments.get(++i) : a.substring(eq + 1));
            }
        }

        /** @return the option's value, if given */
        Optional<String> value(String name) {
            return Optional.ofNullable(values.get(name));
        }

        /** @return the arguments that are not options, in order */
        List<String> rest() {
            return rest;
        }
    }
}
