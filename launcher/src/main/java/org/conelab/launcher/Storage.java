package org.conelab.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** The framework's bundle cache: a fresh temporary folder per launch, deleted when it ends. */
final class Storage {

    private Storage() {
    }

    static Path create() {
        try {
            return Files.createTempDirectory("conelab-felix-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the framework's storage folder", e);
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
}
