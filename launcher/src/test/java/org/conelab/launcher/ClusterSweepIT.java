package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep on a Hazelcast cluster of three members on 127.0.0.1, each a platform in a JVM of its
 * own ({@code conelab worker}), submitted from this JVM's platform: its {@code sweep.csv} is
 * byte for byte that of the same sweep run locally, also when one member is killed (SIGKILL)
 * while it holds points, which the others then run.
 */
class ClusterSweepIT {

    private static final int FIRST_PORT = 5871;
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(120);

    @RegisterExtension
    final RunningPlatform platform = RunningPlatform.perTest();

    @TempDir
    Path work;

    private final List<LauncherProcess> members = new ArrayList<>();

    @AfterEach
    void stopMembers() throws InterruptedException {
        for (LauncherProcess member : members) {
            member.close();
        }
    }

    @Test
    void threeMembersGiveTheLocalIndexAlsoWhenOneIsKilledMidSweep() throws Exception {
        String cluster = "it-" + ProcessHandle.current().pid();
        String addresses = "127.0.0.1:" + FIRST_PORT + ",127.0.0.1:" + (FIRST_PORT + 1) + ",127.0.0.1:" + (FIRST_PORT + 2);
        for (int k = 0; k < 3; k++) {
            members.add(LauncherProcess.start(platform.load(), work.resolve("member-" + k + ".log"), List.of("worker", "--cluster", cluster,
                    "--members", addresses, "--port", Integer.toString(FIRST_PORT + k))));
        }
        Path file = SweepIT.sweepFile(work, SweepIT.SWEEP.replace("sweep.targets.sigma = 0.5:1.5:3", "sweep.targets.sigma = 0.5:1.5:6"));
        platform.command("sweep", List.of(file.toString(), "output=" + work.resolve("local")));
        byte[] local = Files.readAllBytes(SweepIT.onlySweepFolder(work.resolve("local")).resolve("sweep.csv"));
        for (LauncherProcess member : members) {
            member.awaitOutput(text -> text.contains("conelab worker: member"), JOIN_TIMEOUT);
        }
        members.get(0).awaitOutput(text -> text.contains("Members {size:3"), JOIN_TIMEOUT);

        Object spread = platform.command("sweep", List.of(file.toString(), "output=" + work.resolve("cluster"), "--cluster", cluster,
                "--members", addresses));
        assertThat(spread.toString()).contains("12 (12 run now, 0 done before)").contains("points per member: {[127.0.0.1]:" + FIRST_PORT
                + "=4, [127.0.0.1]:" + (FIRST_PORT + 1) + "=4, [127.0.0.1]:" + (FIRST_PORT + 2) + "=4}");
        assertThat(Files.readAllBytes(SweepIT.onlySweepFolder(work.resolve("cluster")).resolve("sweep.csv"))).isEqualTo(local);

        Path output = work.resolve("killed");
        AtomicBoolean killed = new AtomicBoolean();
        Thread killer = new Thread(() -> {
            try {
                while (!(Files.isDirectory(output) && countPoints(output) >= 2)) {
                    Thread.sleep(50);
                }
                members.get(2).kill();
                killed.set(true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        killer.start();
        Object survived = platform.command("sweep", List.of(file.toString(), "output=" + output, "--cluster", cluster, "--members", addresses));
        killer.join();

        assertThat(killed).isTrue();
        assertThat(members.get(2).process().isAlive()).isFalse();
        assertThat(survived.toString()).contains("12 (12 run now, 0 done before)").contains("submitted again after their member left");
        assertThat(Files.readAllBytes(SweepIT.onlySweepFolder(output).resolve("sweep.csv"))).isEqualTo(local);
    }

    private static long countPoints(Path output) throws java.io.IOException {
        try (var folders = Files.list(output)) {
            long total = 0;
            for (Path folder : folders.toList()) {
                total += Files.isDirectory(folder) ? SweepIT.points(folder).size() : 0;
            }
            return total;
        }
    }
}
