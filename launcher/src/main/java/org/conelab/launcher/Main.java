package org.conelab.launcher;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code conelab run FILE [key=value …] | list | shell | help}: starts the platform in batch mode
 * (run a pipeline, list the providers) or as an interactive Gogo shell.
 *
 * <p>Exit status: 0 on success, 1 when the launch or the command fails (one line
 * {@code conelab: <message>} on standard error), 2 for a misused command line.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int MISUSE = 2;

    static final String USAGE = """
            usage: conelab <mode> [arguments]

              run FILE [key=value ...]   run a pipeline file; key=value pairs override its keys;
                                         prints the findings table, writes the run folder
              run key=value ...          run a pipeline given only by keys
              list                       list the installed graphs, losses, kernels, solvers, analyzers
              shell                      interactive Gogo shell (prompt 'conelab> ', 'exit' or Ctrl-D ends)
              help                       this text

            examples:
              conelab run examples/paper-tridiagonal.properties
              conelab run examples/paper-tridiagonal.properties n=401 steps=80 solver=dense
              conelab run name=quick n=101 kernel=tridiagonal kernel.beta=-0.3
            every pipeline key is documented in README.md ("Pipeline keys"); outputs go to out/

            exit status: 0 success, 1 failure (one line on standard error), 2 misuse
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Distribution.locate(), args, System.out, System.err));
    }

    /**
     * Runs one launcher command; never calls {@code System.exit}.
     *
     * @return the exit status
     */
    static int run(Distribution distribution, String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return MISUSE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        LauncherLog log = new LauncherLog(err);
        return switch (args[0]) {
            case "run" -> rest.isEmpty() ? misuse(err, "run needs a pipeline file or key=value pairs")
                    : new BatchCommand(distribution, log).execute("run", rest, out);
            case "list" -> rest.isEmpty() ? new BatchCommand(distribution, log).execute("list", rest, out)
                    : misuse(err, "list takes no arguments");
            case "shell" -> rest.isEmpty() ? new ShellCommand(distribution, log).execute()
                    : misuse(err, "shell takes no arguments");
            case "help", "-h", "--help" -> help(out);
            default -> misuse(err, "unknown mode '" + args[0] + "'");
        };
    }

    private static int help(PrintStream out) {
        out.print(USAGE);
        return OK;
    }

    private static int misuse(PrintStream err, String problem) {
        err.println("conelab: " + problem);
        err.print(USAGE);
        return MISUSE;
    }
}
