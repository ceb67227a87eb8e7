package org.conelab.audit;

import java.nio.file.Path;
import java.util.Map;
import org.apache.felix.service.command.Descriptor;
import org.conelab.api.InvalidInputException;
import org.conelab.api.audit.AuditReport;
import org.conelab.api.audit.ClaimVerdict;
import org.conelab.api.audit.PaperAudit;
import org.conelab.api.progress.Progress;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code conelab:paper [FOLDER] [output=DIR]}: runs the audit and returns its verdict table and
 * where the report is. (The command lives beside the service it calls, in the {@code conelab}
 * scope, so the shell bundle does not depend on the audit.)
 */
@Component(service = PaperCommand.class, property = {"osgi.command.scope=conelab", "osgi.command.function=paper"})
public final class PaperCommand {

    /** The folder of the audit's pipelines, relative to the working directory. */
    static final String DEFAULT_PIPELINES = "examples/paper";
    static final String DEFAULT_OUTPUT = "out";

    @Reference
    PaperAudit audit;

    @Descriptor("run the paper audit: conelab:paper [FOLDER] [output=DIR]; runs FOLDER/*.properties (default examples/paper), writes DIR/paper-<timestamp>/report.html (default out)")
    public String paper(@Descriptor("an optional folder of pipelines, then output=DIR") String... arguments) {
        Path pipelines = Path.of(DEFAULT_PIPELINES);
        Path output = Path.of(DEFAULT_OUTPUT);
        boolean folderSeen = false;
        for (String argument : arguments) {
            if (argument.startsWith("output=")) {
                output = Path.of(argument.substring("output=".length()));
            } else if (!folderSeen && !argument.contains("=")) {
                pipelines = Path.of(argument);
                folderSeen = true;
            } else {
                throw new InvalidInputException(argument, "expected a folder of pipelines (first) or output=DIR");
            }
        }
        AuditReport report = audit.audit(pipelines, output, Progress.NONE);
        return table(report);
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
