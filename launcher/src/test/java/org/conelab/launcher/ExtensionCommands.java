package org.conelab.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The commands of the README's section "Writing an extension bundle", read from its first
 * {@code sh} block, so that a test replays exactly what a reader types: build conelab
 * ({@code ./conelab …}), generate a project ({@code mvn …:generate -D…}), build it
 * ({@code cd <artifactId> && mvn …}) and copy its jar ({@code cp target/<jar> <load folder>}).
 * A trailing backslash continues a line; a {@code #} after white space starts a comment.
 *
 * @param generate the arguments of the generate command after {@code mvn}
 * @param build the arguments of the build command after {@code mvn}
 * @param jar the jar the copy command takes, relative to the generated project
 */
record ExtensionCommands(List<String> generate, List<String> build, String jar) {

    static final String SECTION = "## Writing an extension bundle";
    private static final String ARTIFACT_ID = "-DartifactId=";
    private static final String KIND = "-Dkind=";
    private static final String ARCHETYPE_VERSION = "-DarchetypeVersion=";

    ExtensionCommands {
        generate = List.copyOf(generate);
        build = List.copyOf(build);
    }

    /**
     * @throws IllegalStateException naming what is missing when the section does not hold the four
     *     commands in that order
     */
    static ExtensionCommands fromReadme(Path readme) throws IOException {
        List<List<String>> commands = commands(Files.readAllLines(readme, StandardCharsets.UTF_8));
        if (commands.size() != 4) {
            throw problem("expected four commands in its first sh block, found " + commands.size() + ": " + commands);
        }
        expect(commands.get(0), "./conelab", "first command builds conelab");
        List<String> generate = commands.get(1);
        expect(generate, "mvn", "second command runs Maven");
        if (generate.stream().noneMatch(t -> t.endsWith(":generate"))) {
            throw problem("second command is not archetype:generate: " + generate);
        }
        List<String> build = commands.get(2);
        if (build.size() < 4 || !build.get(0).equals("cd") || !build.get(2).equals("&&") || !build.get(3).equals("mvn")) {
            throw problem("third command is not 'cd <artifactId> && mvn …': " + build);
        }
        List<String> copy = commands.get(3);
        expect(copy, "cp", "fourth command copies the jar");
        ExtensionCommands parsed = new ExtensionCommands(generate.subList(1, generate.size()), build.subList(4, build.size()),
                copy.get(1));
        if (!build.get(1).equals(parsed.artifactId()) || !parsed.jar.startsWith("target/" + parsed.artifactId())) {
            throw problem("the cd and cp commands do not name the generated project " + parsed.artifactId() + ": " + build + ", " + copy);
        }
        return parsed;
    }

    /** @return the generate arguments with {@code -DartifactId} and {@code -Dkind} replaced */
    List<String> generate(String artifactId, String kind) {
        return generate.stream()
                .map(t -> t.startsWith(ARTIFACT_ID) ? ARTIFACT_ID + artifactId : t.startsWith(KIND) ? KIND + kind : t)
                .toList();
    }

    /** @return the README's {@code -DartifactId} */
    String artifactId() {
        return value(ARTIFACT_ID);
    }

    /** @return the README's {@code -DarchetypeVersion} */
    String archetypeVersion() {
        return value(ARCHETYPE_VERSION);
    }

    /** @return the jar of a project generated with {@code artifactId} instead of the README's */
    String jar(String artifactId) {
        return "target/" + artifactId + jar.substring(("target/" + artifactId()).length());
    }

    private String value(String option) {
        return generate.stream().filter(t -> t.startsWith(option)).map(t -> t.substring(option.length())).findFirst()
                .orElseThrow(() -> problem("the generate command has no " + option + ": " + generate));
    }

    private static List<List<String>> commands(List<String> lines) {
        int section = lines.indexOf(SECTION);
        if (section < 0) {
            throw problem("no such section");
        }
        int start = section + 1;
        while (start < lines.size() && !lines.get(start).equals("```sh")) {
            start++;
        }
        List<List<String>> commands = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        for (int i = start + 1; i < lines.size() && !lines.get(i).equals("```"); i++) {
            String line = lines.get(i).replaceAll("\\s#.*$", "").strip();
            boolean continued = line.endsWith("\\");
            command.append(continued ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continued && !command.toString().isBlank()) {
                commands.add(Arrays.asList(command.toString().strip().split("\\s+")));
                command.setLength(0);
            }
        }
        return commands;
    }

    private static void expect(List<String> command, String first, String what) {
        if (!command.get(0).equals(first)) {
            throw problem("the " + what + " with '" + first + "', got " + command);
        }
    }

    private static IllegalStateException problem(String detail) {
        return new IllegalStateException("README section '" + SECTION + "': " + detail);
    }
}
