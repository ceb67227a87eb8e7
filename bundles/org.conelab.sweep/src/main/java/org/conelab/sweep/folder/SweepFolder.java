package org.conelab.sweep.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.chart.ChartRenderer;
import org.conelab.sweep.spec.Plot;
import org.conelab.sweep.spec.SweepSpec;
import org.conelab.sweep.spec.Point;
import org.conelab.sweep.spec.Shard;
import org.conelab.sweep.spec.SweepPlan;

/**
 * A sweep's folder, {@code <output>/<name>-sweep-<timestamp>[-shard-KofN]/}:
 *
 * <ul>
 *   <li>{@code sweep.properties}: the specification as given, the digest that identifies its
 *       points, the seed of the replicates' seeds and the shard; the folder appears with it;</li>
 *   <li>{@code p0000/}, {@code p0001/}, …: each finished point's run folder, renamed into place
 *       whole, so a point is done exactly when its folder exists;</li>
 *   <li>{@code sweep.csv} ({@link SweepIndex}), rewritten atomically after every point;</li>
 *   <li>{@code .running/}: the run folders being written; {@code .lock}: held while a process
 *       works in the folder, so that two never run the same points.</li>
 * </ul>
 *
 * <p>A restart finds the folder by its digest ({@link #findUnfinished}), or is given it
 * ({@code --resume DIR}), clears {@code .running/} and runs only the points without a folder.
 * Not thread-safe for creation; {@link #accept} and {@link #writeIndex} may be called from
 * several threads.
 */
public final class SweepFolder implements AutoCloseable {

    static final String PROPERTIES = "sweep.properties";
    static final String INDEX = "sweep.csv";
    private static final String RUNNING = ".running";
    private static final String HASH = "folder.hash";
    private static final String SEED = "folder.seed";
    private static final String SHARD = "folder.shard";
    private static final String POINTS = "folder.points";
    private static final String SPEC = "spec.";
    static final int CHART_WIDTH = 1000;
    static final int CHART_HEIGHT = 700;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path dir;
    private final Map<String, String> recorded;
    private final Map<Integer, List<FindingsFile.Row>> findings = new HashMap<>();
    private FileChannel lockFile;
    private FileLock lock;

    private SweepFolder(Path dir, Map<String, String> recorded) {
        this.dir = dir;
        this.recorded = recorded;
    }

    /**
     * Creates a new sweep folder in {@code output}, with its {@code sweep.properties}, and locks it.
     *
     * @param input the specification as given (recorded so that a merge or resume can plan again)
     */
    public static SweepFolder create(Path output, SweepPlan plan, Shard shard, Map<String, String> input) {
        Map<String, String> recorded = new LinkedHashMap<>();
        recorded.put(HASH, plan.spec().hash());
        recorded.put(SEED, Long.toString(plan.seed()));
        recorded.put(SHARD, shard.toString());
        recorded.put(POINTS, Integer.toString(plan.points().size()));
        input.forEach((k, v) -> recorded.put(SPEC + k, v));
        String stem = plan.spec().name() + "-sweep-" + LocalDateTime.now().format(STAMP)
                + (shard.n() == 1 ? "" : "-shard-" + shard.k() + "of" + shard.n());
        try {
            Files.createDirectories(output);
            Path dir = output.resolve(stem);
            for (int k = 2; Files.exists(dir); k++) {
                dir = output.resolve(stem + "-" + k);
            }
            Path partial = output.resolve("." + dir.getFileName() + ".partial");
            Files.createDirectories(partial);
            Files.writeString(partial.resolve(PROPERTIES), KeyValueText.format(
                    "conelab sweep: the specification as given (spec.*), the digest of its points, the seed of its seeds, the shard", recorded),
                    StandardCharsets.UTF_8);
            AtomicFiles.move(partial, dir);
            SweepFolder folder = new SweepFolder(dir, recorded);
            folder.lock();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a sweep folder in " + output + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing sweep folder (to resume or merge it). Call {@link #lock()} before running points in it.
     *
     * @throws InvalidInputException naming the folder when it is not a sweep folder
     */
    public static SweepFolder open(Path dir) {
        Path properties = dir.resolve(PROPERTIES);
        if (!Files.isRegularFile(properties)) {
            throw new InvalidInputException(dir.toString(), "not a sweep folder (it has no " + PROPERTIES + ")");
        }
        try {
            return new SweepFolder(dir, KeyValueText.parse(Files.readString(properties, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + properties + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return the newest folder in {@code output} of this sweep (same digest and shard) that has
     *     points still to run, if any
     */
    public static Optional<Path> findUnfinished(Path output, SweepPlan plan, Shard shard) {
        if (!Files.isDirectory(output)) {
            return Optional.empty();
        }
        String prefix = plan.spec().name() + "-sweep-";
        try (Stream<Path> children = Files.list(output)) {
            return children.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isRegularFile(p.resolve(PROPERTIES)))
                    .sorted(java.util.Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .filter(p -> {
                        SweepFolder folder = open(p);
                        return folder.hash().equals(plan.spec().hash()) && folder.shard().equals(shard)
                                && !folder.pending(plan).isEmpty();
                    })
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + output + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes the folder for this process and clears what an interrupted process left half-written.
     *
     * @throws InvalidInputException naming the folder when another process holds it
     */
    public void lock() {
        try {
            lockFile = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockFile.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dir + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly();
            throw new InvalidInputException(dir.toString(), "is in use by another sweep (its .lock is held); wait for it or stop it");
        }
        AtomicFiles.delete(dir.resolve(RUNNING));
        try (Stream<Path> children = Files.list(dir)) {
            for (Path p : children.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir + ": " + e.getMessage(), e);
        }
    }

    /** @return the folder */
    public Path dir() {
        return dir;
    }

    /** @return the digest of the sweep's points, as recorded */
    public String hash() {
        return recorded.getOrDefault(HASH, "");
    }

    /** @return the seed of the seeds, as recorded */
    public long seed() {
        return Long.parseLong(recorded.getOrDefault(SEED, "0"));
    }

    /** @return the shard this folder holds */
    public Shard shard() {
        return Shard.parse(recorded.getOrDefault(SHARD, "1/1"));
    }

    /** @return the specification the sweep was started with, in order */
    public Map<String, String> input() {
        Map<String, String> input = new LinkedHashMap<>();
        recorded.forEach((k, v) -> {
            if (k.startsWith(SPEC)) {
                input.put(k.substring(SPEC.length()), v);
            }
        });
        return input;
    }

    /** @return the points of this folder's shard, in index order */
    public List<Point> slice(SweepPlan plan) {
        Shard shard = shard();
        return plan.points().stream().filter(p -> shard.contains(p.index())).toList();
    }

    /** @return the points of this folder's shard that have no folder yet, in index order */
    public List<Point> pending(SweepPlan plan) {
        return slice(plan).stream().filter(p -> !done(p)).toList();
    }

    /** @return whether the point's folder is in place */
    public boolean done(Point point) {
        return Files.isRegularFile(pointFolder(point).resolve("findings.csv"));
    }

    /** @return where the point's run folder lives once finished */
    public Path pointFolder(Point point) {
        return dir.resolve(point.id());
    }

    /** @return an empty folder of this sweep's {@code .running/} for the point's run to write into */
    public Path scratch(Point point) {
        Path scratch = dir.resolve(RUNNING).resolve(point.id());
        try {
            AtomicFiles.delete(scratch);
            return Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + scratch + ": " + e.getMessage(), e);
        }
    }

    /**
     * Renames a finished run folder into place as the point's folder and forgets the scratch.
     *
     * @param run a complete run folder (in the point's scratch, or anywhere on this file system)
     */
    public synchronized void accept(Point point, Path run) {
        try {
            AtomicFiles.move(run, pointFolder(point));
            AtomicFiles.delete(dir.resolve(RUNNING).resolve(point.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + run + " to " + pointFolder(point) + ": " + e.getMessage(), e);
        }
    }

    /** Rewrites {@code sweep.csv} atomically from the finished points of {@code points}. */
    public synchronized void writeIndex(List<Point> points) {
        List<Point> done = points.stream().filter(this::done).toList();
        AtomicFiles.write(dir.resolve(INDEX), SweepIndex.text(done, findings(done)));
    }

    /**
     * Draws the sweep's charts ({@code sweep.plot}) from the finished points of {@code points}:
     * {@code sweep-<finding>-vs-<key>.png} (when a renderer is given) and {@code .csv}, each atomically.
     *
     * @return what could not be drawn, one line each
     */
    public synchronized List<String> writeCharts(SweepSpec spec, List<Point> points, ChartRenderer renderer) {
        List<Point> done = points.stream().filter(this::done).toList();
        Map<Integer, List<FindingsFile.Row>> rows = findings(done);
        List<String> problems = new java.util.ArrayList<>();
        for (Plot plot : spec.plots()) {
            SweepCharts.Drawn drawn = SweepCharts.draw(spec, plot, done, rows);
            if (drawn.problem() != null) {
                problems.add(drawn.problem());
                continue;
            }
            AtomicFiles.write(dir.resolve(SweepCharts.stem(plot) + ".csv"), drawn.table());
            if (renderer != null) {
                java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
                try {
                    renderer.writePng(drawn.chart(), CHART_WIDTH, CHART_HEIGHT, png);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot draw " + SweepCharts.stem(plot) + ": " + e.getMessage(), e);
                }
                AtomicFiles.write(dir.resolve(SweepCharts.stem(plot) + ".png"), png.toByteArray());
            }
        }
        if (renderer == null && !spec.plots().isEmpty()) {
            problems.add("charts unavailable: no chart renderer is registered; the charts' tables were written, no PNG");
        }
        return problems;
    }

    /** @return the findings of finished points, by index (read once per point) */
    synchronized Map<Integer, List<FindingsFile.Row>> findings(List<Point> done) {
        Map<Integer, List<FindingsFile.Row>> out = new HashMap<>();
        for (Point p : done) {
            out.put(p.index(), findings.computeIfAbsent(p.index(), i -> FindingsFile.read(pointFolder(p))));
        }
        return out;
    }

    /** Releases the folder, removing the scratch folder {@code .running/} and the lock file when no point is being written. */
    @Override
    public void close() {
        if (lock != null) {
            try (Stream<Path> running = Files.exists(dir.resolve(RUNNING)) ? Files.list(dir.resolve(RUNNING)) : Stream.empty()) {
                if (running.findAny().isEmpty()) {
                    AtomicFiles.delete(dir.resolve(RUNNING));
                }
            } catch (IOException | UncheckedIOException e) {
                // left for the next lock() to clear
            }
        }
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockFile != null) {
                lockFile.close();
            }
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
        lock = null;
        lockFile = null;
    }
}
