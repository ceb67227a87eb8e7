package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept framework cache's bookkeeping: fingerprint, reuse, invalidation, the lock, temporary folders. */
class StorageTest {

    @TempDir
    Path folder;
    @TempDir
    Path jars;

    private List<Path> files;
    private Path launcher;

    @BeforeEach
    void threeJars() throws IOException {
        launcher = Files.writeString(jars.resolve("launcher.jar"), "launcher");
        files = List.of(launcher, Files.writeString(jars.resolve("a.jar"), "a"), Files.writeString(jars.resolve("b.jar"), "bb"));
    }

    @Test
    void aCacheIsReusedOnlyAfterALaunchMarkedItComplete() throws IOException {
        try (Storage first = Storage.open(folder, files)) {
            assertThat(first.reused()).isFalse();
            assertThat(first.folder()).isEqualTo(folder.resolve(Storage.CACHE_FOLDER));
            Files.createDirectories(first.folder());
        }
        try (Storage unmarked = Storage.open(folder, files)) {
            assertThat(unmarked.reused()).as("the first launch never completed").isFalse();
            unmarked.markComplete();
        }
        try (Storage marked = Storage.open(folder, files)) {
            assertThat(marked.reused()).isTrue();
        }
    }

    @Test
    void anInvalidatedCacheIsNotReused() throws IOException {
        complete();
        try (Storage launch = Storage.open(folder, files)) {
            launch.invalidate();
        }
        try (Storage next = Storage.open(folder, files)) {
            assertThat(next.reused()).isFalse();
        }
    }

    @Test
    void aJarOfAnotherSizeOrTimeOrAnotherListOfFilesIsNotReused() throws IOException {
        complete();
        Path a = files.get(1);
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() - 5000));
        assertReused(false);
        complete();
        Files.writeString(launcher, "launcher, rebuilt");
        assertReused(false);
        complete();
        try (Storage fewer = Storage.open(folder, files.subList(0, 2))) {
            assertThat(fewer.reused()).isFalse();
        }
    }

    @Test
    void theFingerprintNamesEveryFileWithItsSizeAndTime() throws IOException {
        String fingerprint = Storage.fingerprint(files);
        assertThat(fingerprint.lines()).hasSize(3);
        assertThat(fingerprint.lines().toList().get(2))
                .isEqualTo(jars.resolve("b.jar").toAbsolutePath() + " 2 " + Files.getLastModifiedTime(jars.resolve("b.jar")).toMillis());
    }

    @Test
    void aSecondOpenWhileTheFirstHoldsTheLockIsTemporaryAndDeletedOnClose() throws IOException {
        complete();
        try (Storage holder = Storage.open(folder, files)) {
            assertThat(holder.reused()).isTrue();
            Path temporary;
            try (Storage other = Storage.open(folder, files)) {
                assertThat(other.reused()).isFalse();
                temporary = other.folder();
                assertThat(temporary).isNotEqualTo(holder.folder()).exists();
            }
            assertThat(temporary).doesNotExist();
        }
        assertReused(true);
    }

    @Test
    void noFolderMeansATemporaryCache() throws IOException {
        Path temporary;
        try (Storage storage = Storage.open(null, files)) {
            assertThat(storage.reused()).isFalse();
            temporary = storage.folder();
            assertThat(temporary).isDirectory();
            storage.markComplete();
            storage.invalidate();
        }
        assertThat(temporary).doesNotExist();
    }

    private void complete() throws IOException {
        try (Storage launch = Storage.open(folder, files)) {
            Files.createDirectories(launch.folder());
            launch.markComplete();
        }
    }

    private void assertReused(boolean expected) throws IOException {
        try (Storage launch = Storage.open(folder, files)) {
            assertThat(launch.reused()).isEqualTo(expected);
        }
    }
}
