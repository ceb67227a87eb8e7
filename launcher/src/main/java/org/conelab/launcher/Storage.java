package org.conelab.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The framework's bundle cache for one launch: either a fresh temporary folder, deleted when the
 * launch ends, or a kept folder that later launches reuse, so that they skip copying every bundle
 * into the cache and deleting it again (README "Start-up").
 *
 * <p>A kept cache is reused only when it is known to hold exactly the feature's bundles as they
 * are on disk now: its <em>fingerprint</em> file — one line per file the launch depends on (the
 * launcher jar, the feature, every bundle jar) with its size and modification time — is written
 * only after a launch installed and
 * started them all, and deleted (by {@link #invalidate()}) the moment anything changes the
 * installed set in a running platform (a bundle installed, updated, uninstalled, or started or
 * stopped persistently from the shell). A launch that finds no fingerprint, or another one,
 * cleans the cache and installs afresh; a launch that is killed leaves at worst no fingerprint.
 * One launch at a time owns a kept cache (a file lock); a concurrent launch gets a temporary
 * folder, as does every launch when no kept folder is configured.
 */
final class Storage implements AutoCloseable {

    /** System property naming the kept cache's folder (the {@code conelab} script sets it); unset: temporary. */
    static final String FOLDER_PROPERTY = "conelab.storage";
    static final String FINGERPRINT_FILE = "fingerprint";
    static final String LOCK_FILE = "lock";
    static final String CACHE_FOLDER = "felix";

    private final Path cache;
    private final Path fingerprintFile;
    private final String fingerprint;
    private final boolean reused;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean closed;

    private Storage(Path cache, Path fingerprintFile, String fingerprint, boolean reused, FileChannel lockChannel, FileLock lock) {
        this.cache = cache;
        this.fingerprintFile = fingerprintFile;
        this.fingerprint = fingerprint;
        this.reused = reused;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** A fresh temporary cache, deleted by {@link #close()}. */
    static Storage temporary() {
        try {
            return new Storage(Files.createTempDirectory("conelab-felix-"), null, null, false, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the framework's storage folder", e);
        }
    }

    /**
     * The kept cache under {@code folder} for a launch that depends on {@code files}
     * ({@link Distribution#files()}), or a {@link #temporary()} one when {@code folder} is null,
     * unusable or owned by another launch.
     */
    static Storage open(Path folder, List<Path> files) {
        if (folder == null) {
            return temporary();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return temporary();
            }
            Path fingerprintFile = folder.resolve(FINGERPRINT_FILE);
            String fingerprint = fingerprint(files);
            Path cache = folder.resolve(CACHE_FOLDER);
            boolean reused = Files.isDirectory(cache) && Files.isRegularFile(fingerprintFile)
                    && Files.readString(fingerprintFile, StandardCharsets.UTF_8).equals(fingerprint);
            if (!reused) {
                Files.deleteIfExists(fingerprintFile);
            }
            return new Storage(cache, fingerprintFile, fingerprint, reused, channel, lock);
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            return temporary();
        }
    }

    /** The fingerprint of {@code files}: per file its path, size and modification time, one line each, in order. */
    static String fingerprint(List<Path> files) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            text.append(file.toAbsolutePath()).append(' ').append(Files.size(file)).append(' ')
                    .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
        }
        return text.toString();
    }

    /** The folder the framework keeps its bundle cache in. */
    Path folder() {
        return cache;
    }

    /** Whether the cache holds a previous launch's bundles, which are then not installed again. */
    boolean reused() {
        return reused;
    }

    /** Records that the cache now holds exactly the feature's bundles (after a complete start). */
    void markComplete() {
        if (fingerprintFile == null) {
            return;
        }
        try {
            Path partial = fingerprintFile.resolveSibling(FINGERPRINT_FILE + ".partial");
            Files.writeString(partial, fingerprint, StandardCharsets.UTF_8);
            Files.move(partial, fingerprintFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            invalidate();
        }
    }

    /** Records that the cache no longer holds exactly the feature's bundles: the next launch cleans it. */
    void invalidate() {
        if (fingerprintFile != null) {
            try {
                Files.deleteIfExists(fingerprintFile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot invalidate the framework cache " + fingerprintFile, e);
            }
        }
    }

    /** Deletes a temporary cache; releases a kept one. A second close does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (fingerprintFile == null) {
            delete(cache);
            return;
        }
        try {
            lock.release();
        } finally {
            lockChannel.close();
        }
    }

    /** Deletes {@code folder} and everything under it; a folder already gone is fine. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the launch goes on with a temporary cache
            }
        }
    }
}
