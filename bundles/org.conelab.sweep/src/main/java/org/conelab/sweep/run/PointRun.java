package org.conelab.sweep.run;

import java.nio.file.Path;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.pipeline.PipelineRunner;
import org.conelab.api.progress.Progress;
import org.conelab.sweep.spec.Point;
import org.conelab.sweep.spec.SweepPlan;

/**
 * One point run as an ordinary pipeline run: its specification ({@link Point#specification})
 * handed to the pipeline runner, which writes {@code <output>/<name>-<id>-<timestamp>/} whole.
 *
 * <p>The sweep sets the seed keys of {@link SweepPlan#SEED_KEYS} for every point so that every
 * run of it draws the same targets; a target generator that draws nothing does not declare
 * {@code targets.seed}, and the runner rejects the key. A drawn seed so rejected is dropped
 * and the point run again without it (the run is then deterministic without it); a seed the
 * file set itself is never dropped.
 */
public final class PointRun {

    private PointRun() {
    }

    /**
     * @param base the sweep's unswept keys
     * @param name the sweep's name
     * @param output an empty folder for the run folder
     * @return the finished run folder
     * @throws InvalidInputException for bad input of the point, its message prefixed with the point's id and swept values
     */
    public static Path run(PipelineRunner runner, Map<String, String> base, String name, Point point, Path output, Progress progress) {
        Map<String, String> spec = point.specification(base, name, output);
        while (true) {
            try {
                return runner.run(spec, progress).outputDirectory();
            } catch (InvalidInputException e) {
                String key = e.subject();
                boolean drawn = point.seeds().containsKey(key) && !point.seeds().get(key).equals(base.get(key));
                if (!drawn || !spec.containsKey(key)) {
                    throw new InvalidInputException(point.id() + " (" + describe(point) + ") " + e.subject(),
                            e.getMessage().substring(e.subject().length() + 2));
                }
                spec.remove(key);
            }
        }
    }

    /** @return the swept values of the point, {@code eta = 0.5 stable, loss = is}, and its replicate when there are several */
    public static String describe(Point point) {
        StringBuilder text = new StringBuilder();
        point.swept().forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append(" = ").append(v));
        return point.replicate() == 0 ? text.toString() : text + ", replicate " + point.replicate();
    }
}
