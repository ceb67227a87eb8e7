package org.conelab.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.conelab.api.InvalidInputException;
import org.conelab.api.pipeline.PipelineRunner;
import org.conelab.api.pipeline.RunReport;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * The {@code conelab} scope of the Gogo shell: {@code conelab:run} and {@code conelab:list}.
 * Commands return text; Gogo prints it.
 */
@Component(service = ConelabCommands.class, property = {
    "osgi.command.scope=conelab",
    "osgi.command.function=run",
    "osgi.command.function=list"})
public final class ConelabCommands {

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile PipelineRunner runner;

    @Reference
    ServiceComponentRuntime components;

    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    /**
     * Runs a pipeline and returns its summary; first warns, on the error stream, of providers that
     * cannot serve (so that {@code auto} passing over a broken one is not silent). Expected failures (bad input, a provider that
     * went away, cancellation, an unwritable output) end the command with their one-line
     * message (a CancellationException is an IllegalStateException); anything else is a bug and keeps its type, for {@code $exception printStackTrace}.
     *
     * @param arguments a pipeline file and/or key=value pairs that override it
     * @return the run's summary and where its outputs are
     */
    @Descriptor("run a pipeline: conelab:run FILE [key=value ...] or conelab:run key=value ...; writes out/<name>-<timestamp>/")
    public String run(@Descriptor("a .properties pipeline file, then key=value overrides") String[] arguments) {
        for (String[] row : UnavailableProviders.rows(components, ProviderListing.KINDS)) {
            System.err.println("warning: " + row[0] + " '" + row[1] + "' (" + row[2] + ") is not available: " + row[3]);
        }
        try (ConsoleProgress progress = new ConsoleProgress(System.err, System.console() != null)) {
            RunReport report = runner.run(PipelineArguments.parse(arguments), progress);
            return summary(report.outputDirectory()) + "output: " + report.outputDirectory() + "\n";
        } catch (InvalidInputException | IllegalStateException | UncheckedIOException e) {
            throw new CommandFailure(e);
        }
    }

    /**
     * @return every graph, loss, kernel, solver and analyzer service with its id, ranking and
     *     bundle, then the providers that cannot serve and why
     */
    @Descriptor("list the graph, loss, kernel, solver and analyzer services (id, ranking, bundle, description) and any that cannot serve")
    public String list() {
        String table = ProviderListing.table(context);
        List<String[]> unavailable = UnavailableProviders.rows(components, ProviderListing.KINDS);
        if (unavailable.isEmpty()) {
            return table;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"kind", "id", "bundle", "why not available"});
        rows.addAll(unavailable);
        return table + "\nnot available:\n" + TextTable.format(rows);
    }

    private static String summary(Path folder) {
        try {
            return Files.readString(folder.resolve("summary.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(summary unreadable: " + e.getMessage() + ")\n";
        }
    }
}
