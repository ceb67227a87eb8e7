package org.conelab.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The repository's {@code ./conelab} script, as a user runs it, against the distribution the build
 * assembled, without its build check: a copy of the script in a folder of its own whose
 * {@code launcher/target/dist} is a link to the real distribution. The script builds when a source
 * file under its folder is newer than the launcher jar; {@code find} does not follow the link, and
 * the folder holds no source, so it never starts Maven from inside a test.
 */
final class ConelabScript {

    private ConelabScript() {
    }

    /** The repository's root: the parent of {@code -Dconelab.examples}. */
    static Path repository() {
        return Path.of(System.getProperty("conelab.examples")).toAbsolutePath().normalize().getParent();
    }

    /** @return the copied script, {@code folder/conelab}, ready to run with bash */
    static Path install(Path folder) throws IOException {
        Path script = Files.copy(repository().resolve("conelab"), folder.resolve("conelab"), StandardCopyOption.REPLACE_EXISTING);
        Path target = Files.createDirectories(folder.resolve("launcher/target"));
        Files.createSymbolicLink(target.resolve("dist"), TestDistribution.home().toAbsolutePath());
        return script;
    }
}
