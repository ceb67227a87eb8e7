package org.conelab.sweep.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.sweep.spec.Point;
import org.conelab.sweep.spec.SweepPlan;

/**
 * Merges the folders of a sweep's shards ({@code --shard K/N}) into one sweep folder, as if the
 * sweep had run in one piece: its points' folders are copied in, then {@code sweep.csv} and the
 * charts are written from them. Every folder must hold the same sweep (the same digest), and
 * together they must hold every point exactly once.
 */
public final class SweepMerge {

    private SweepMerge() {
    }

    /**
     * Checks the shards and tells which shard holds each point.
     *
     * @param shards the shards' folders, opened
     * @param plan the plan of the sweep they share (from the first folder's specification)
     * @return for each point index, the folder that holds it
     * @throws InvalidInputException naming the folder at fault: a different sweep, a point held
     *     twice, or (naming the first) points that no folder holds
     */
    public static Map<Integer, SweepFolder> sources(List<SweepFolder> shards, SweepPlan plan) {
        Map<Integer, SweepFolder> source = new HashMap<>();
        for (SweepFolder shard : shards) {
            if (!shard.hash().equals(plan.spec().hash())) {
                throw new InvalidInputException(shard.dir().toString(), "holds another sweep (digest " + shard.hash() + ", not "
                        + plan.spec().hash() + " of " + shards.get(0).dir().getFileName() + ")");
            }
            for (Point p : shard.slice(plan)) {
                if (!shard.done(p)) {
                    continue;
                }
                SweepFolder other = source.putIfAbsent(p.index(), shard);
                if (other != null) {
                    throw new InvalidInputException(shard.dir().toString(), "point " + p.id() + " is also in " + other.dir()
                            + "; give each shard once");
                }
            }
        }
        List<Point> missing = plan.points().stream().filter(p -> !source.containsKey(p.index())).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(shards.get(0).dir().toString(), missing.size() + " of " + plan.points().size()
                    + " points are in none of the folders (first " + missing.get(0).id() + "); finish or add the shards that hold them");
        }
        return source;
    }

    /**
     * Copies every point into {@code target} (a new, locked sweep folder of the whole sweep) and writes its index.
     */
    public static void copyPoints(Map<Integer, SweepFolder> sources, SweepPlan plan, SweepFolder target) {
        for (Point p : plan.points()) {
            Path from = sources.get(p.index()).pointFolder(p);
            Path scratch = target.scratch(p).resolve(p.id());
            try {
                AtomicFiles.copyTree(from, scratch);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + from + ": " + e.getMessage(), e);
            }
            target.accept(p, scratch);
        }
        target.writeIndex(plan.points());
    }
}
