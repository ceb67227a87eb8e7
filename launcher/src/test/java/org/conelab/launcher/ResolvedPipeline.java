package org.conelab.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a run folder's {@code pipeline.properties}, the resolved specification (one {@code key = value} per line). */
final class ResolvedPipeline {

    private ResolvedPipeline() {
    }

    /** @return the resolved value of {@code key} in the run folder {@code run} */
    static String value(Path run, String key) throws IOException {
        String prefix = key + " = ";
        return Files.readAllLines(run.resolve("pipeline.properties")).stream().filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + run.resolve("pipeline.properties")));
    }
}
