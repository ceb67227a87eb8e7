package org.conelab.sweep.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.conelab.api.pipeline.PipelineRunner;
import org.conelab.sweep.folder.AtomicFiles;

/**
 * A cluster member that runs sweep points ({@link PointTask}) with this platform's pipeline
 * runner, {@code poolSize} at once, writing their run folders into a temporary folder of its
 * own until they are sent back. Closing it leaves the cluster; the points it was running are
 * then run elsewhere by their submitter.
 */
public final class Worker implements AutoCloseable {

    private final HazelcastInstance member;
    private final Path scratch;
    private final int poolSize;

    private Worker(HazelcastInstance member, Path scratch, int poolSize) {
        this.member = member;
        this.scratch = scratch;
        this.poolSize = poolSize;
    }

    /**
     * Joins (or founds) the cluster.
     *
     * @param poolSize points run at once on this member, ≥ 1
     */
    public static Worker start(ClusterSettings settings, int poolSize, PipelineRunner runner) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("conelab-worker-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the worker's temporary folder: " + e.getMessage(), e);
        }
        Config config = settings.member(poolSize, Worker.class.getClassLoader());
        ConcurrentMap<String, Object> context = new ConcurrentHashMap<>();
        context.put(PointTask.RUNNER, runner);
        context.put(PointTask.SCRATCH, scratch);
        config.setUserContext(context);
        return new Worker(Hazelcast.newHazelcastInstance(config), scratch, poolSize);
    }

    /** @return where it listens, its cluster and how many members it has */
    public String describe() {
        return "member " + member.getCluster().getLocalMember().getAddress() + " of cluster '" + member.getConfig().getClusterName()
                + "' (" + member.getCluster().getMembers().size() + " members), " + poolSize + " point(s) at once";
    }

    /** @return whether it is still a member */
    public boolean running() {
        return member.getLifecycleService().isRunning();
    }

    /** Leaves the cluster and deletes the temporary folder; idempotent. */
    @Override
    public void close() {
        member.shutdown();
        try {
            AtomicFiles.delete(scratch);
        } catch (java.io.UncheckedIOException e) {
            // the member's temporary files: the system's temporary folder keeps them
        }
    }
}
