package org.conelab.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file could not be read or written, in the few words a user needs ({@code no such file},
 * {@code permission denied}, {@code is a directory}, {@code read-only file system}), instead of
 * the bare path that {@link NoSuchFileException#getMessage()} and its siblings give.
 */
final class FileReasons {

    private FileReasons() {
    }

    /**
     * @param e what the file system threw
     * @return its reason in lower case, never the path alone, never null
     */
    static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    }

    /**
     * The reason a path cannot be read as a regular file, without reading it.
     *
     * @param file the path
     * @return {@code null} when it is a readable regular file, else {@code no such file or
     *     directory}, {@code is a directory, not a file}, {@code not a regular file} or {@code permission denied}
     */
    static String unreadable(Path file) {
        if (Files.isDirectory(file)) {
            return "is a directory, not a file";
        }
        if (!Files.exists(file)) {
            return "no such file or directory";
        }
        if (!Files.isRegularFile(file)) {
            return "not a regular file";
        }
        if (!Files.isReadable(file)) {
            return "permission denied";
        }
        return null;
    }
}
