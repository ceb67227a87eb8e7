package org.conelab.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conelab.api.InvalidInputException;
import org.conelab.api.pipeline.RunReport;

/**
 * The text the commands return for runs: a finished run (its report's summary and where its
 * folder is), the session's run list, and a run shown again by number or folder.
 */
final class RunText {

    /** The line that names a run's folder; batch mode's {@code --fail-on-fails} reads it. */
    static final String OUTPUT_PREFIX = "output: ";
    static final String SUMMARY_FILE = "summary.txt";

    private RunText() {
    }

    /** @return the report's summary (set-up, findings, warnings), then its folder */
    static String of(RunReport report) {
        return withNewline(report.summary()) + OUTPUT_PREFIX + report.outputDirectory() + "\n";
    }

    /** @return one row per run: number, verdict counts, solver, folder */
    static String list(List<RunHistory.Entry> runs) {
        if (runs.isEmpty()) {
            return "no run in this session yet (conelab:run starts one)\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "verdicts", "solver", "folder"});
        for (RunHistory.Entry run : runs) {
            RunReport report = run.report();
            rows.add(new String[] {Integer.toString(run.index()), VerdictCounts.of(report.findings()),
                    String.valueOf(report.resolved().getOrDefault("solver", "")), report.outputDirectory().toString()});
        }
        return TextTable.format(rows);
    }

    /**
     * @param history this session's runs
     * @param which a run's number (see {@link #list}) or a run folder, this session's or not
     * @return the run's summary and folder; a folder's summary is its {@value #SUMMARY_FILE}
     * @throws InvalidInputException naming {@code which} when there is no such run or folder
     */
    static String show(RunHistory history, String which) {
        if (which.matches("[+-]?\\d{1,9}")) {
            return of(history.get(Integer.parseInt(which)).report());
        }
        Path folder = folder(which);
        Path summary = folder.resolve(SUMMARY_FILE);
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(which, "neither a run number (conelab:runs) nor a folder");
        }
        if (!Files.isRegularFile(summary)) {
            throw new InvalidInputException(which, "not a run folder: it holds no " + SUMMARY_FILE);
        }
        try {
            return withNewline(Files.readString(summary, StandardCharsets.UTF_8)) + OUTPUT_PREFIX
                    + folder.toAbsolutePath().normalize() + "\n";
        } catch (IOException e) {
            throw new InvalidInputException(which, "cannot read " + SUMMARY_FILE + ": " + e.getMessage());
        }
    }

    private static Path folder(String which) {
        try {
            return Path.of(which);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(which, "neither a run number nor a folder name: " + e.getReason());
        }
    }

    private static String withNewline(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }
}
