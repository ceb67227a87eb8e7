package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    private static final String OTHER = "89abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path root;

    @Test
    void aBranchHeadIsReadFromItsLooseRefFromAnyFolderBelowTheCheckout() throws IOException {
        Path git = Files.createDirectories(root.resolve(".git/refs/heads"));
        Files.writeString(root.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(git.resolve("main"), SHA + "\n");
        Path below = Files.createDirectories(root.resolve("launcher/target/dist"));

        assertThat(GitCommit.of(below)).contains(SHA);
    }

    @Test
    void aPackedBranchIsReadFromPackedRefs() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(root.resolve(".git/packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n"
                + OTHER + " refs/heads/other\n" + SHA + " refs/heads/main\n");

        assertThat(GitCommit.of(root)).contains(SHA);
    }

    @Test
    void aDetachedHeadIsTheCommitItself() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/HEAD"), SHA + "\n");

        assertThat(GitCommit.of(root)).contains(SHA);
    }

    @Test
    void aWorktreeFollowsItsGitdirPointerAndTheCommonDirectory() throws IOException {
        Path main = Files.createDirectories(root.resolve("main/.git/refs/heads"));
        Files.writeString(main.resolve("feature"), SHA + "\n");
        Path worktreeGit = Files.createDirectories(root.resolve("main/.git/worktrees/wt"));
        Files.writeString(worktreeGit.resolve("HEAD"), "ref: refs/heads/feature\n");
        Files.writeString(worktreeGit.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(root.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: ../main/.git/worktrees/wt\n");

        assertThat(GitCommit.of(worktree)).contains(SHA);
    }

    @Test
    void noRepositoryOrAnUnreadableOneGivesNothing() throws IOException {
        assertThat(GitCommit.of(root)).isEmpty();
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/HEAD"), "ref: refs/heads/missing\n");
        assertThat(GitCommit.of(root)).isEmpty();
    }
}
