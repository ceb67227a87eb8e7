package org.conelab.pipeline;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.conelab.api.InvalidInputException;

/**
 * The folder that receives a run's folder ({@code output}), checked before the run computes
 * anything, so that a run that could not be written fails at once, with the reason, and leaves
 * nothing: the path is made absolute and normalised (the form every message and report shows);
 * it must not be, or lead into, a system folder ({@value #SYSTEM_LIST}, or the root itself),
 * whoever runs the platform, root included, unless it lies inside the working directory (which the
 * user chose, and which is not the root); it must be a folder if it exists, and its deepest
 * existing part must be a folder this process may write in. The folder itself is created only
 * when the run is written ({@link RunWriter}).
 */
final class OutputFolder {

    static final String SYSTEM_LIST = "/bin, /boot, /dev, /etc, /lib, /lib32, /lib64, /proc, /run, /sbin, /sys, /usr";
    /** Folders of the operating system that run folders never go into. */
    static final List<Path> SYSTEM = List.of(SYSTEM_LIST.split(", ")).stream().map(Path::of).toList();

    private OutputFolder() {
    }

    /**
     * @param output the {@code output} value
     * @return it as an absolute, normalised path
     * @throws InvalidInputException (subject {@code output}) naming the path and why it cannot receive runs
     */
    static Path check(String output) {
        Path path;
        try {
            path = Path.of(output).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InvalidInputException("output", "not a folder name: " + e.getReason());
        }
        Path real = PathConfinement.real(path);
        Path workingDirectory = PathConfinement.real(Path.of(""));
        // inside the working directory the user chose to work there (a checkout under /usr/src, say); the root never counts
        boolean chosen = workingDirectory.getParent() != null && real.startsWith(workingDirectory);
        if (!chosen && (real.getParent() == null || SYSTEM.stream().anyMatch(real::startsWith))) {
            throw new InvalidInputException("output", "'" + path + "'" + (real.equals(path) ? "" : " (" + real + ")")
                    + " is a system folder; runs are never written under the root itself or " + SYSTEM_LIST
                    + ": choose a folder of your own");
        }
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new InvalidInputException("output", "'" + path + "' is a file, not a folder");
        }
        Path existing = path;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing)) {
            throw new InvalidInputException("output", "cannot create '" + path + "': '" + existing + "' is a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new InvalidInputException("output", "cannot create a run folder in '" + path + "': '" + existing
                    + "' is not writable (permission denied or a read-only file system)");
        }
        return path;
    }
}
