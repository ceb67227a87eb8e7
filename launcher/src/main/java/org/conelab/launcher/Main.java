package org.conelab.launcher;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code conelab run FILE [key=value …] | paper [FOLDER] | list | shell | help}: starts the platform in batch mode
 * (run a pipeline, list the providers) or as an interactive Gogo shell.
 *
 * <p>Exit status: 0 on success, 1 when the launch or the command fails (one line
 * {@code conelab: <message>} on standard error), 2 for a misused command line, 3 when
 * {@code --fail-on-fails} is given and a finding of the outputs fails.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int MISUSE = 2;
    /** {@code --fail-on-fails}: the command ran, and a finding of its outputs has the verdict {@code fails}. */
    static final int FINDINGS_FAIL = 3;
    static final String FAIL_ON_FAILS = "--fail-on-fails";

    static final String USAGE = """
            usage: conelab <mode> [arguments]

              run FILE [key=value ...]   run a pipeline file; key=value pairs override its keys;
                                         prints the findings table, writes the run folder
              run key=value ...          run a pipeline given only by keys
              paper [FOLDER] [output=DIR] the paper audit: runs FOLDER/*.properties (default
                                         examples/paper), writes DIR/paper-<timestamp>/report.html
                                         with a measured verdict for every claim (default DIR: out)
              list                       list the installed graphs, losses, kernels, solvers, analyzers
              shell                      interactive Gogo shell (prompt 'conelab> ', 'exit' or Ctrl-D ends)
              help                       this text

            options of run and paper:
              --fail-on-fails            exit with status 3 when a finding's verdict is 'fails'

            examples:
              conelab run examples/paper-tridiagonal.properties
              conelab run examples/paper-tridiagonal.properties n=401 steps=80 solver=dense
              conelab run name=quick n=101 kernel=tridiagonal kernel.beta=-0.3
              conelab paper --fail-on-fails
            every pipeline key is documented in README.md ("Pipeline keys"); outputs go to out/

            exit status: 0 success, 1 failure (one line on standard error), 2 misuse,
            3 a finding fails (with --fail-on-fails)
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
        List<String> given = Arrays.asList(args).subList(1, args.length);
        boolean failOnFails = given.contains(FAIL_ON_FAILS)
                && (args[0].equals("run") || args[0].equals("paper"));
        List<String> rest = failOnFails ? given.stream().filter(a -> !a.equals(FAIL_ON_FAILS)).toList() : given;
        LauncherLog log = new LauncherLog(err);
        return switch (args[0]) {
            case "run" -> rest.isEmpty() ? misuse(err, "run needs a pipeline file or key=value pairs")
                    : new BatchCommand(distribution, log).execute("run", rest, out, failOnFails);
            case "paper" -> new BatchCommand(distribution, log).execute("paper", rest, out, failOnFails);
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
