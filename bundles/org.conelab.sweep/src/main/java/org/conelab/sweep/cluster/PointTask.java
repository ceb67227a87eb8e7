package org.conelab.sweep.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conelab.api.InvalidInputException;
import org.conelab.api.pipeline.PipelineRunner;
import org.conelab.api.progress.Progress;
import org.conelab.sweep.folder.AtomicFiles;
import org.conelab.sweep.run.PointRun;
import org.conelab.sweep.spec.Point;

/**
 * One point sent to a cluster member: the member runs it as an ordinary pipeline run
 * ({@link PointRun}) in a temporary folder of its own and returns the run folder zipped, with
 * the folder's name. The member's pipeline runner and temporary root come from its user
 * context ({@link Worker}). Running a point twice (after a member was lost) gives the same
 * folder, since the point carries its seeds.
 */
final class PointTask implements Callable<PointTask.Result>, Serializable, HazelcastInstanceAware {
    private static final long serialVersionUID = 1L;

    /**
     * The run folder of a point: its name and its files zipped, and the member that ran it; or,
     * for a point the runner refused as bad input, the subject and problem of that refusal
     * (carried as text: the client need not reconstruct the member's exception).
     */
    record Result(String folder, byte[] zip, String member, String badSubject, String badProblem) implements Serializable {
        /** @return the refusal as the exception the member saw, if the point was refused */
        java.util.Optional<InvalidInputException> refusal() {
            return badSubject == null ? java.util.Optional.empty() : java.util.Optional.of(new InvalidInputException(badSubject, badProblem));
        }
    }

    static final String RUNNER = "conelab.runner";
    static final String SCRATCH = "conelab.scratch";

    private final LinkedHashMap<String, String> base;
    private final String name;
    private final int index;
    private final int replicate;
    private final LinkedHashMap<String, String> swept;
    private final LinkedHashMap<String, String> seeds;
    private transient HazelcastInstance member;

    PointTask(Map<String, String> base, String name, Point point) {
        this.base = new LinkedHashMap<>(base);
        this.name = name;
        this.index = point.index();
        this.replicate = point.replicate();
        this.swept = new LinkedHashMap<>(point.swept());
        this.seeds = new LinkedHashMap<>(point.seeds());
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.member = instance;
    }

    @Override
    public Result call() throws IOException {
        Map<String, Object> context = member.getConfig().getUserContext();
        PipelineRunner runner = (PipelineRunner) context.get(RUNNER);
        Path scratch = Files.createTempDirectory((Path) context.get(SCRATCH), "point-" + index + "-");
        try {
            Point point = new Point(index, replicate, swept, seeds);
            String address = member.getCluster().getLocalMember().getAddress().toString();
            try {
                Path run = PointRun.run(runner, base, name, point, scratch, Progress.NONE);
                return new Result(run.getFileName().toString(), FolderZip.zip(run), address, null, null);
            } catch (InvalidInputException e) {
                return new Result(null, null, address, e.subject(), e.getMessage().substring(e.subject().length() + 2));
            }
        } finally {
            try {
                AtomicFiles.delete(scratch);
            } catch (UncheckedIOException e) {
                // a temporary folder of the member's; it goes with the member's temporary root
            }
        }
    }
}
