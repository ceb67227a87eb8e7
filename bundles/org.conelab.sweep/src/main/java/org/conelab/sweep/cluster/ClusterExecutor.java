package org.conelab.sweep.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.spi.exception.RetryableException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.conelab.api.InvalidInputException;
import org.conelab.api.progress.Progress;
import org.conelab.sweep.run.PointExecutor;
import org.conelab.sweep.spec.Point;
import org.conelab.sweep.spec.SweepPlan;

/**
 * Runs points on a Hazelcast cluster: connects as a client (no port opened here), submits every
 * point to the members' executor service {@value ClusterSettings#EXECUTOR}, dealt round-robin
 * over the members (ordered by address), and unpacks each returned run folder into the sweep
 * folder as it arrives. A point whose member left (killed,
 * disconnected: {@code MemberLeftException}, {@code TargetDisconnectedException} and the other
 * retryable failures) before it answered is submitted again to the next member, after a pause that
 * grows with each attempt, up to {@value #ATTEMPTS} attempts; a point that failed on its member (bad input, a bug) fails the sweep.
 */
public final class ClusterExecutor implements PointExecutor {

    static final int ATTEMPTS = 10;
    private static final long RETRY_PAUSE_MS = 500;

    private final ClusterSettings settings;
    private final SweepPlan plan;
    private final Progress progress;
    private final Consumer<String> log;
    private final Map<String, Integer> byMember = new java.util.TreeMap<>();
    private int resubmitted;

    /** @param log where one line per lost point and resubmission goes */
    public ClusterExecutor(ClusterSettings settings, SweepPlan plan, Progress progress, Consumer<String> log) {
        this.settings = settings;
        this.plan = plan;
        this.progress = progress;
        this.log = log;
    }

    private record Outcome(Point point, PointTask.Result result, Throwable failure) {
    }

    @Override
    public void execute(List<Point> points, Sink sink) {
        HazelcastInstance client = connect();
        try {
            IExecutorService executor = client.getExecutorService(ClusterSettings.EXECUTOR);
            BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
            Map<Integer, Integer> attempts = new HashMap<>();
            points.forEach(p -> submit(client, executor, p, outcomes, attempts));
            RuntimeException failure = null;
            for (int open = points.size(); open > 0;) {
                Outcome o = next(outcomes);
                if (o.failure() == null) {
                    open--;
                    if (o.result().refusal().isPresent()) {
                        failure = failure == null ? o.result().refusal().get() : failure;
                    } else if (failure == null) {
                        sink.finished(o.point(), unpack(o, sink));
                    }
                } else if (retryable(o.failure()) && attempts.get(o.point().index()) < ATTEMPTS && failure == null) {
                    resubmitted++;
                    log.accept("sweep: " + o.point().id() + " lost with its member (" + o.failure().getClass().getSimpleName()
                            + "); submitted again");
                    pause(attempts.get(o.point().index()));
                    submit(client, executor, o.point(), outcomes, attempts);
                } else {
                    open--;
                    if (failure == null) {
                        failure = o.failure() instanceof RuntimeException r ? r
                                : new IllegalStateException(o.point().id() + ": " + o.failure(), o.failure());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            client.shutdown();
        }
    }

    private HazelcastInstance connect() {
        try {
            return HazelcastClient.newHazelcastClient(settings.client(ClusterExecutor.class.getClassLoader()));
        } catch (IllegalStateException e) {
            throw new InvalidInputException(ClusterSettings.CLUSTER, "no member of cluster '" + settings.name() + "' answered at "
                    + String.join(", ", settings.members()) + " within " + ClusterSettings.CONNECT_TIMEOUT_MS / 1000
                    + " s; start one with ./conelab worker --cluster " + settings.name());
        }
    }

    /** Submits a point to member (index + attempt) mod members, of the members there are now. */
    private void submit(HazelcastInstance client, IExecutorService executor, Point p, BlockingQueue<Outcome> outcomes,
            Map<Integer, Integer> attempts) {
        int attempt = attempts.merge(p.index(), 1, Integer::sum);
        try {
            List<Member> members = client.getCluster().getMembers().stream().filter(m -> !m.isLiteMember())
                    .sorted(Comparator.comparing(m -> m.getAddress().toString())).toList();
            if (members.isEmpty()) {
                throw new RejectedExecutionException("no member in cluster '" + settings.name() + "'");
            }
            Member member = members.get((p.index() + attempt - 1) % members.size());
            PointTask task = new PointTask(plan.spec().base(), plan.spec().name(), p);
            executor.submitToMember(task, member, new ExecutionCallback<PointTask.Result>() {
                @Override
                public void onResponse(PointTask.Result response) {
                    outcomes.add(new Outcome(p, response, null));
                }

                @Override
                public void onFailure(Throwable t) {
                    outcomes.add(new Outcome(p, null, t));
                }
            });
        } catch (RejectedExecutionException | HazelcastInstanceNotActiveException e) {
            outcomes.add(new Outcome(p, null, e));
        }
    }

    private Outcome next(BlockingQueue<Outcome> outcomes) {
        try {
            while (true) {
                Outcome o = outcomes.poll(1, TimeUnit.SECONDS);
                if (progress.isCancelled()) {
                    throw new CancellationException("sweep cancelled; the points that finished are kept");
                }
                if (o != null) {
                    return o;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("sweep interrupted; the points that finished are kept");
        }
    }

    private Path unpack(Outcome o, Sink sink) {
        Path run = sink.scratch(o.point()).resolve(o.result().folder());
        try {
            FolderZip.unzip(o.result().zip(), run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + o.point().id() + " from " + o.result().member() + ": " + e.getMessage(), e);
        }
        synchronized (byMember) {
            byMember.merge(o.result().member(), 1, Integer::sum);
        }
        return run;
    }

    /** @return whether the failure means the point's member went away (so the point may run elsewhere) */
    static boolean retryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetryableException || t instanceof TargetDisconnectedException
                    || t instanceof HazelcastInstanceNotActiveException || t instanceof RejectedExecutionException) {
                return true;
            }
        }
        return false;
    }

    /** Waits longer after each lost attempt, so that the cluster has noticed a member's death before the point goes out again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(RETRY_PAUSE_MS * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("sweep interrupted; the points that finished are kept");
        }
    }

    @Override
    public String describe() {
        synchronized (byMember) {
            return "on cluster " + settings + (byMember.isEmpty() ? "" : "; points per member: " + byMember)
                    + (resubmitted == 0 ? "" : "; " + resubmitted + " submitted again after their member left");
        }
    }
}
