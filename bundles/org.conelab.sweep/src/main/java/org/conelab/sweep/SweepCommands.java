package org.conelab.sweep;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.conelab.api.CommandFailure;
import org.conelab.api.InvalidInputException;
import org.conelab.api.progress.Progress;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code conelab:sweep}, {@code conelab:sweepmerge} and {@code conelab:worker} (batch mode:
 * {@code ./conelab sweep}, {@code sweep-merge}, {@code worker}). They live beside the service
 * they call, in the {@code conelab} scope, as the audit's {@code paper} does, so the shell bundle
 * does not depend on sweeps. Expected failures (bad input, an unwritable folder, cancellation)
 * end a command with their one line ({@link CommandFailure}); anything else keeps its type.
 */
@Component(service = SweepCommands.class, property = {"osgi.command.scope=conelab", "osgi.command.function=sweep",
    "osgi.command.function=sweepmerge", "osgi.command.function=worker"})
public final class SweepCommands {

    @Reference
    Sweeps sweeps;

    @Descriptor("run a sweep: sweep FILE [key=value ...] [--shard K/N] [--resume DIR] [--cluster NAME [--members HOST:PORT,...]];"
            + " every point is a pipeline run; writes out/<name>-sweep-<timestamp>/ with sweep.csv; a restart resumes it")
    public String sweep(CommandSession session,
            @Descriptor("a pipeline file with sweep.* keys, key=value overrides and options") String... arguments) {
        try {
            return sweeps.sweep(List.of(arguments), console(session), Progress.NONE);
        } catch (InvalidInputException | UncheckedIOException | CancellationException e) {
            throw new CommandFailure(e);
        }
    }

    @Descriptor("merge the folders of a sweep's shards (--shard K/N) into one sweep folder: sweepmerge DIR ... [output=DIR]")
    public String sweepmerge(@Descriptor("the shards' sweep folders, and output=DIR") String... arguments) {
        try {
            return sweeps.merge(List.of(arguments));
        } catch (InvalidInputException | UncheckedIOException e) {
            throw new CommandFailure(e);
        }
    }

    @Descriptor("join a Hazelcast cluster as a member that runs sweep points: worker --cluster NAME [--members HOST:PORT,...]"
            + " [--port N] [--parallel N|auto]; runs until stopped")
    public String worker(CommandSession session, @Descriptor("--cluster NAME and options") String... arguments)
            throws InterruptedException {
        try {
            return sweeps.worker(List.of(arguments), console(session));
        } catch (InvalidInputException | UncheckedIOException e) {
            throw new CommandFailure(e);
        }
    }

    private static Consumer<String> console(CommandSession session) {
        PrintStream console = session == null || session.getConsole() == null ? System.err : session.getConsole();
        return line -> {
            console.println(line);
            console.flush();
        };
    }
}
