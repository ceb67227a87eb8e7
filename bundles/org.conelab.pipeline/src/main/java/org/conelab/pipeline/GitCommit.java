package org.conelab.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit checked out in the git repository that holds a folder, read from the repository's
 * own files (no {@code git} command needed): {@code .git/HEAD}, then the branch's loose ref or
 * its line in {@code packed-refs}. A {@code .git} file (a worktree's {@code gitdir:} pointer)
 * and its {@code commondir} are followed.
 */
final class GitCommit {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");
    private static final String REF = "ref: ";

    private GitCommit() {
    }

    /**
     * @param folder where to start looking; its parents are searched too
     * @return the full hash of the checked-out commit, or empty when no repository holds the
     *     folder or its files cannot be read
     */
    static Optional<String> of(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.exists(dotGit)) {
                try {
                    return headOf(Files.isDirectory(dotGit) ? dotGit : pointedTo(dotGit));
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Path pointedTo(Path dotGitFile) throws IOException {
        String line = firstLine(dotGitFile);
        if (!line.startsWith("gitdir:")) {
            throw new IOException("not a gitdir pointer: " + dotGitFile);
        }
        return dotGitFile.getParent().resolve(line.substring("gitdir:".length()).trim()).normalize();
    }

    private static Optional<String> headOf(Path gitDir) throws IOException {
        String head = firstLine(gitDir.resolve("HEAD"));
        if (!head.startsWith(REF)) {
            return sha(head);
        }
        String ref = head.substring(REF.length()).trim();
        Path common = Files.exists(gitDir.resolve("commondir"))
                ? gitDir.resolve(firstLine(gitDir.resolve("commondir"))).normalize() : gitDir;
        for (Path dir : List.of(gitDir, common)) {
            Path loose = dir.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return sha(firstLine(loose));
            }
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                if (line.endsWith(" " + ref)) {
                    return sha(line.substring(0, line.indexOf(' ')));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sha(String text) {
        String candidate = text.trim();
        return SHA.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    private static String firstLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "" : lines.get(0).trim();
    }
}
