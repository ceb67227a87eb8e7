package org.conelab.shell;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.conelab.api.CommandFailure;
import org.conelab.api.InvalidInputException;
import org.conelab.api.pipeline.PipelineFiles;
import org.conelab.api.pipeline.PipelineRunner;
import org.conelab.api.pipeline.RunReport;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * The {@code conelab} scope of the Gogo shell: {@code list}, {@code run}, {@code runs},
 * {@code show} and {@code use} ({@code paper} is the audit bundle's), and {@code __complete}, the
 * completion function the distribution's {@code gosh_profile} names. Commands return text; Gogo
 * prints it. While a command runs, progress and warnings go to the session's {@link Console}.
 *
 * <p>Expected failures (bad input, a provider that went away, cancellation, an unwritable output,
 * too little memory) end a command with one line ({@link CommandFailure}); anything else is a bug
 * and keeps its type, which the shell prints and {@code e} traces. Every reference is optional
 * and dynamic: a missing engine or Config Admin makes the commands that need it say so, and
 * leaves the others working, with this session's run history intact. The component is immediate:
 * a delayed one would be disposed, history and all, whenever Gogo releases it after a command.
 */
@Component(service = ConelabCommands.class, immediate = true, property = {
    "osgi.command.scope=conelab",
    "osgi.command.function=list",
    "osgi.command.function=run",
    "osgi.command.function=runs",
    "osgi.command.function=show",
    "osgi.command.function=use",
    "osgi.command.function=__complete"})
public final class ConelabCommands {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile PipelineRunner runner;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile PipelineFiles pipelineFiles;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ConfigurationAdmin configurationAdmin;

    @Reference
    ServiceComponentRuntime components;

    private final RunHistory history = new RunHistory();
    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    /**
     * Runs a pipeline and returns its report's summary and folder; first warns of providers that
     * cannot serve (so that {@code auto} passing over a broken one is not silent). In a terminal a
     * progress bar is redrawn in place and Ctrl-C cancels the run at its next unit of work.
     *
     * @param session the Gogo session, for its terminal
     * @param quiet whether to show no progress
     * @param arguments a pipeline file and/or key=value pairs that override it
     * @return the run's summary and where its outputs are
     */
    @Descriptor("run a pipeline: run [-q] FILE [key=value ...] or run [-q] key=value ...; writes out/<name>-<timestamp>/; Ctrl-C cancels")
    public String run(CommandSession session,
            @Descriptor("show no progress bar or progress lines")
            @Parameter(names = {"-q", "--quiet"}, presentValue = "true", absentValue = "false") boolean quiet,
            @Descriptor("a .properties pipeline file, then key=value pairs that override its keys") String... arguments) {
        PipelineRunner engine = require(runner, "the pipeline engine");
        PipelineFiles files = require(pipelineFiles, "the pipeline file reader");
        Console console = Console.of(session);
        warnUnavailable(console);
        ConsoleProgress progress = new ConsoleProgress(console, quiet);
        try (progress; Console.Interrupts ctrlC = console.onInterrupt(progress::cancel)) {
            RunReport report = engine.run(files.parse(List.of(arguments)), progress);
            history.add(report);
            return RunText.of(report);
        } catch (CancellationException e) {
            // the user's Ctrl-C, or the engine's: a provider the run used went away (its message names it)
            throw new CommandFailure(progress.isCancelled() || e.getMessage() == null ? ConsoleProgress.CANCELLED : e.getMessage(), e);
        } catch (InvalidInputException | IllegalStateException | UncheckedIOException e) {
            throw new CommandFailure(e);
        } catch (OutOfMemoryError e) {
            throw outOfMemory(e);
        } catch (RuntimeException e) {
            if (OutOfMemory.in(e).isPresent()) {
                throw outOfMemory(e);
            }
            throw e;
        }
    }

    /**
     * @param kind only this kind of provider, or every kind when empty
     * @return every graph, loss, kernel, target generator, solver and analyzer service with its id, ranking and
     *     bundle, then the providers that cannot serve and why
     */
    @Descriptor("list the graph, loss, kernel, target, solver and analyzer services (id, ranking, bundle, description) and any that cannot serve")
    public String list(
            @Descriptor("only this kind: graph, loss, kernel, targets, solver or analyzer")
            @Parameter(names = {"-k", "--kind"}, absentValue = "") String kind) {
        if (!kind.isEmpty() && !ProviderListing.KINDS.containsKey(kind)) {
            throw new CommandFailure(new InvalidInputException("--kind", "must be one of "
                    + String.join(", ", ProviderListing.KINDS.keySet()) + ", got '" + kind + "'"));
        }
        String table = ProviderListing.table(context, kind);
        List<String[]> unavailable = UnavailableProviders.rows(components, ProviderListing.KINDS).stream()
                .filter(row -> kind.isEmpty() || row[0].equals(kind)).toList();
        if (unavailable.isEmpty()) {
            return table;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"kind", "id", "bundle", "why not available"});
        rows.addAll(unavailable);
        return table + "\nnot available:\n" + TextTable.format(rows);
    }

    /** @return this session's runs: number, verdict counts, solver and folder */
    @Descriptor("list this session's runs: number (for show), verdict counts, solver, folder")
    public String runs() {
        return RunText.list(history.all());
    }

    /**
     * @param which a run's number from {@code runs}, or a run folder
     * @return the run's summary (set-up and findings) and folder
     */
    @Descriptor("show a run's set-up and findings again: show NUMBER (from runs) or show FOLDER")
    public String show(@Descriptor("a run's number from conelab:runs, or a run folder (out/<name>-<timestamp>)") String which) {
        try {
            return RunText.show(history, which);
        } catch (InvalidInputException e) {
            throw new CommandFailure(e);
        }
    }

    /** @return the preferences of {@code auto}, one line each */
    @Descriptor("show which providers auto prefers (set with: use KEY ID)")
    public String use() {
        PipelineRunner engine = require(runner, "the pipeline engine");
        Map<String, String> preferred = preferences().current(engine.keys());
        if (preferred.isEmpty()) {
            return "auto takes the highest-ranked provider that supports the problem (no preference; use solver ID sets one)\n";
        }
        StringBuilder text = new StringBuilder();
        preferred.forEach((key, id) -> text.append(key).append(" = auto prefers ").append(id).append('\n'));
        return text.toString();
    }

    /**
     * @param key a pipeline key that accepts {@code auto}, such as {@code solver}
     * @param id the provider to prefer from now on, or {@code auto} to clear the preference
     * @return what {@code auto} does from now on
     */
    @Descriptor("prefer a provider for auto from now on: use solver dense; use solver auto clears it")
    public String use(@Descriptor("a pipeline key that accepts auto: solver") String key,
            @Descriptor("a provider id to prefer while it is registered and supports the problem, or auto") String id) {
        PipelineRunner engine = require(runner, "the pipeline engine");
        try {
            preferences().set(engine.keys(), key, id);
        } catch (InvalidInputException | UncheckedIOException e) {
            throw new CommandFailure(e);
        }
        return id.equals(org.conelab.api.ServiceProperties.AUTO)
                ? key + " = auto: the highest-ranked " + key + " that supports the problem\n"
                : key + " = auto now prefers " + id + " while it is registered and supports the problem"
                        + " (use " + key + " auto clears it)\n";
    }

    /**
     * The completion function of the distribution's {@code gosh_profile} ({@code complete -c
     * conelab:run -a conelab:__complete}, and likewise for use, show and list).
     *
     * @param session the shell session, holding the line being completed
     * @return the candidates for the word under the cursor
     */
    @Descriptor("completion candidates for the conelab commands (called by Tab)")
    public List<Object> __complete(CommandSession session) {
        PipelineRunner engine = runner;
        Completions completions = new Completions(engine == null ? List.of() : engine.keys(),
                List.copyOf(ProviderListing.KINDS.keySet()), history.all(), Path.of("").toAbsolutePath());
        return JlineCompletion.candidates(session, completions);
    }

    private AutoPreferenceStore preferences() {
        return new AutoPreferenceStore(require(configurationAdmin, "Config Admin"), context);
    }

    private void warnUnavailable(Console console) {
        for (String[] row : UnavailableProviders.rows(components, ProviderListing.KINDS)) {
            console.print("warning: " + row[0] + " '" + row[1] + "' (" + row[2] + ") is not available: " + row[3] + "\n");
        }
        console.flush();
    }

    private static CommandFailure outOfMemory(Throwable failure) {
        return new CommandFailure(OutOfMemory.message(Runtime.getRuntime().maxMemory()), failure);
    }

    private static <T> T require(T service, String what) {
        if (service == null) {
            throw new CommandFailure(what + " is not available (conelab:list shows what is; lb shows the bundles)", null);
        }
        return service;
    }
}
