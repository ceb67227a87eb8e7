package org.conelab.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps the paths a pipeline file names inside the folders it may touch. A path is allowed when
 * the place the file system would take it to lies inside one of the roots: it is resolved the way
 * the operating system does, component by component, each symbolic link followed where it exists
 * and each {@code ..} taken from where the links led, so neither {@code ../../etc/passwd} nor a
 * link planted inside the folder leads out. A path that does not exist yet (an output folder to
 * create) is judged by its existing part and the rest as written.
 */
final class PathConfinement {

    private final List<Path> roots;

    /** @param roots the folders inside which paths are allowed */
    PathConfinement(List<Path> roots) {
        this.roots = roots.stream().map(PathConfinement::real).distinct().toList();
    }

    /** @return whether {@code path} resolves to one of the roots or to something inside one */
    boolean allows(Path path) {
        Path real = real(path);
        return roots.stream().anyMatch(real::startsWith);
    }

    /**
     * @param path any path (relative ones against the working directory)
     * @return where the file system takes it: links followed where they exist, {@code ..} applied
     *     after them, the part that does not exist appended as written
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath();
        Path current = absolute.getRoot();
        for (Path name : absolute) {
            String part = name.toString();
            if (part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            current = current.resolve(part);
            if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    current = current.toRealPath();
                } catch (IOException e) {
                    // a dangling link or an unreadable folder: judged as written from here on
                }
            }
        }
        return current;
    }
}
