package org.conelab.audit;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.conelab.api.CommandFailure;
import org.conelab.api.InvalidInputException;
import org.conelab.api.audit.AuditReport;
import org.conelab.api.audit.ClaimVerdict;
import org.conelab.api.audit.PaperAudit;
import org.conelab.api.progress.Progress;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code conelab:paper [-o DIR] [FOLDER]}: runs the audit and returns its verdict table and where
 * the report is. (The command lives beside the service it calls, in the {@code conelab} scope, so
 * the shell bundle does not depend on the audit.) {@code output=DIR} is accepted for
 * {@code --output DIR}. Expected failures (bad input, an unwritable output, cancellation) end it
 * with their one-line message ({@link CommandFailure}); anything else keeps its type.
 */
@Component(service = PaperCommand.class, property = {"osgi.command.scope=conelab", "osgi.command.function=paper"})
public final class PaperCommand {

    /** The folder of the audit's pipelines, relative to the working directory. */
    static final String DEFAULT_PIPELINES = "examples/paper";
    static final String DEFAULT_OUTPUT = "out";
    private static final String OUTPUT_KEY = "output=";

    @Reference
    PaperAudit audit;

    @Descriptor("run the paper audit: paper [-o DIR] [FOLDER]; runs FOLDER/*.properties (default examples/paper), writes DIR/paper-<timestamp>/report.html (default out)")
    public String paper(
            @Descriptor("the folder that receives the audit's folder (also given as output=DIR)")
            @Parameter(names = {"-o", "--output"}, absentValue = DEFAULT_OUTPUT) String output,
            @Descriptor("an optional folder of pipelines (default examples/paper)") String... arguments) {
        Path pipelines = Path.of(DEFAULT_PIPELINES);
        Path outputFolder = Path.of(output);
        boolean folderSeen = false;
        try {
            for (String argument : arguments) {
                if (argument.startsWith(OUTPUT_KEY)) {
                    outputFolder = Path.of(argument.substring(OUTPUT_KEY.length()));
                } else if (!folderSeen && !argument.contains("=")) {
                    pipelines = Path.of(argument);
                    folderSeen = true;
                } else {
                    throw new InvalidInputException(argument, "expected a folder of pipelines (first) or output=DIR");
                }
            }
            return table(audit.audit(pipelines, outputFolder, Progress.NONE));
        } catch (InvalidInputException | UncheckedIOException | CancellationException e) {
            throw new CommandFailure(e);
        }
    }

    static String table(AuditReport report) {
        StringBuilder text = new StringBuilder("conelab paper audit\n\n");
        int width = report.verdicts().keySet().stream().mapToInt(String::length).max().orElse(5);
        text.append(String.format("%-" + width + "s  %s%n", "claim", "verdict"));
        for (Map.Entry<String, ClaimVerdict> e : report.verdicts().entrySet()) {
            text.append(String.format("%-" + width + "s  %s%n", e.getKey(), e.getValue().label()));
        }
        text.append('\n').append(report.failedFindings()).append(" findings fail\n");
        text.append("output: ").append(report.folder()).append('\n');
        text.append("report: ").append(report.folder().resolve("report.html")).append('\n');
        return text.toString();
    }
}
