package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Writing an extension bundle", replayed as its reader would type it: its
 * {@code mvn …:generate} command once per kind (with {@code -DartifactId} and {@code -Dkind}
 * varied), its {@code mvn package} in the generated folder, its copy of the jar into the load folder
 * of the running platform. Every new service shows in {@code conelab:list}; the paper example runs
 * with {@code loss=} the new loss; one pipeline uses the new kernel, loss, solver and analyzer
 * together. The Maven commands run offline against this build's local repository, where the build
 * has installed the archetype and the released API.
 */
class ExtensionArchetypeIT {

    /** Each kind and the service interface its template registers. */
    private static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("loss", "org.conelab.api.loss.Loss");
        SERVICES.put("kernel", "org.conelab.api.kernel.KernelGenerator");
        SERVICES.put("solver", "org.conelab.api.solver.Solver");
        SERVICES.put("analyzer", "org.conelab.api.analysis.Analyzer");
    }

    @TempDir
    Path projects;
    @TempDir
    Path load;
    @TempDir
    Path output;

    @Test
    void theReadmesCommandsMakeAnExtensionOfEachKindThatTheRunningPlatformListsAndRuns() throws Exception {
        Optional<Path> mvn = Maven.onPath();
        assumeTrue(mvn.isPresent(), "ExtensionArchetypeIT skipped: no 'mvn' on the PATH to run the README's Maven commands with");
        ExtensionCommands readme = ExtensionCommands.fromReadme(Path.of(System.getProperty("conelab.readme")));
        assertThat(readme.archetypeVersion()).as("-DarchetypeVersion in the README: the version this build installs")
                .isEqualTo(System.getProperty("conelab.archetype.version"));
        Maven maven = new Maven(mvn.get(), Path.of(System.getProperty("conelab.maven.repository")),
                Files.createDirectories(projects.resolve("logs")));

        long start = System.nanoTime();
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String kind : SERVICES.keySet()) {
            String artifactId = id(kind);
            maven.run(projects, readme.generate(artifactId, kind));
            Path project = projects.resolve(artifactId);
            maven.run(project, readme.build());
            jars.put(kind, project.resolve(readme.jar(artifactId)));
        }
        long built = System.nanoTime();

        try (RunningPlatform platform = new RunningPlatform(load)) {
            for (Map.Entry<String, Path> jar : jars.entrySet()) {
                TestDistribution.drop(jar.getValue(), load, id(jar.getKey()) + ".jar");
            }
            for (Map.Entry<String, String> service : SERVICES.entrySet()) {
                String id = id(service.getKey());
                assertThat(TestDistribution.await(() -> platform.registered(service.getValue(), id)))
                        .as(id + " registered as " + service.getValue()).isTrue();
            }
            String list = platform.command("list", List.of()).toString();
            for (String kind : SERVICES.keySet()) {
                assertThat(list).as("conelab:list").containsPattern("(?m)^" + kind + " +" + id(kind) + " ");
            }

            String paper = platform.command("run", List.of(System.getProperty("conelab.examples") + "/paper-tridiagonal.properties",
                    "loss=" + id("loss"), "output=" + output)).toString();
            assertThat(paper).contains("loss     " + id("loss")).contains(" holds, 0 fails");

            String together = platform.command("run", List.of("name=kit", "n=51", "kernel=" + id("kernel"), "loss=" + id("loss"),
                    "solver=" + id("solver"), "analyzers=lightcone," + id("analyzer"), "steps=20", "output=" + output)).toString();
            assertThat(together).contains("kernel   " + id("kernel")).contains("solver   " + id("solver"))
                    .contains("decay_steps_" + id("loss")).contains(" holds, 0 fails");
        }
        System.out.printf("ExtensionArchetypeIT: 4 projects generated and built in %.1f s, loaded and run in %.1f s%n",
                (built - start) / 1e9, (System.nanoTime() - built) / 1e9);
    }

    /** @return the artifactId, and so the conelab.id, of the generated project of {@code kind} */
    private static String id(String kind) {
        return "my-" + kind;
    }
}
