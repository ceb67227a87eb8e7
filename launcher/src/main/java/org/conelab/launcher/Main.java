package org.conelab.launcher;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code conelab run FILE [key=value …] | sweep FILE … | sweep-merge DIR … | worker … | paper [FOLDER] | list | shell | help}:
 * starts the platform in batch mode (run a pipeline or a sweep, serve as a cluster member, list the providers) or as an
 * interactive Gogo shell.
 *
 * <p>Exit status: 0 on success, 1 when the launch or the command fails (one line
 * {@code conelab: <message>} on standard error), 2 for a misused command line, 3 when
 * {@code --fail-on-fails} is given and a finding of the outputs fails. A failure that is not an
 * expected one (bad input and the like) names its exception class and suggests {@code --debug},
 * which prints its stack trace.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int MISUSE = 2;
    /** {@code --fail-on-fails}: the command ran, and a finding of its outputs has the verdict {@code fails}. */
    static final int FINDINGS_FAIL = 3;
    static final String FAIL_ON_FAILS = "--fail-on-fails";
    static final String DEBUG = "--debug";

    static final String USAGE = """
            usage: conelab <mode> [arguments]

              run FILE [key=value ...]   run a pipeline file; key=value pairs override its keys;
                                         prints the findings table, writes the run folder
              run key=value ...          run a pipeline given only by keys
              paper [FOLDER] [output=DIR] the paper audit: runs FOLDER/*.properties (default
                                         examples/paper), writes DIR/paper-<timestamp>/report.html
                                         with a measured verdict for every claim (default DIR: out)
              sweep FILE [key=value ...] [--shard K/N] [--resume DIR] [--cluster NAME [--members HOST:PORT,...]]
                                         run every point of the file's sweep.* keys as a pipeline run into
                                         out/<name>-sweep-<timestamp>/ (sweep.csv, charts); run again to resume
              sweep-merge DIR ... [output=DIR]  merge the folders of a sweep's shards into one sweep folder
              worker --cluster NAME [--members HOST:PORT,...] [--port N] [--parallel N|auto]
                                         join a Hazelcast cluster as a member that runs sweep points
              list [--kind KIND]         list the installed graphs, losses, kernels, solvers, analyzers
              shell                      interactive Gogo shell (prompt 'conelab> ', 'exit' or Ctrl-D ends)
              help                       this text

            options:
              --fail-on-fails            (run, paper) exit with status 3 when a finding's verdict is 'fails'
              --debug                    (run, sweep, paper, list) print the stack trace of a failure
              -q, --quiet                (run) no progress bar or progress lines

            examples:
              conelab run examples/paper-tridiagonal.properties
              conelab run examples/paper-tridiagonal.properties n=401 steps=80 solver=dense
              conelab run name=quick n=101 kernel=tridiagonal kernel.beta=-0.3
              conelab paper --fail-on-fails
              CONELAB_JAVA_OPTS=-Xmx4g conelab run examples/paper-tridiagonal.properties n=20000001
            every pipeline key is documented in README.md ("Pipeline keys"); outputs go to out/;
            CONELAB_JAVA_OPTS holds options for the JVM (the conelab script passes them on)

            exit status: 0 success, 1 failure (one line on standard error), 2 misuse,
            3 a finding fails (with --fail-on-fails)
            """;

    private Main() {
    }

    public static void main(String[] args) {
        PhaseClock.mark("main");
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
        String mode = args[0];
        List<String> given = Arrays.asList(args).subList(1, args.length);
        boolean failOnFails = (mode.equals("run") || mode.equals("paper")) && given.contains(FAIL_ON_FAILS);
        boolean debug = List.of("run", "sweep", "sweep-merge", "worker", "paper", "list").contains(mode) && given.contains(DEBUG);
        List<String> rest = given.stream().filter(a -> !(failOnFails && a.equals(FAIL_ON_FAILS)) && !(debug && a.equals(DEBUG)))
                .toList();
        LauncherLog log = new LauncherLog(err);
        BatchCommand batch = new BatchCommand(distribution, log, debug);
        return switch (mode) {
            case "run" -> rest.isEmpty() ? misuse(err, "run needs a pipeline file or key=value pairs")
                    : batch.execute("run", rest, out, failOnFails);
            case "paper" -> batch.execute("paper", rest, out, failOnFails);
            case "sweep" -> rest.isEmpty() ? misuse(err, "sweep needs a pipeline file with sweep.* keys")
                    : batch.execute("sweep", rest, out, false);
            case "sweep-merge" -> rest.isEmpty() ? misuse(err, "sweep-merge needs the shards' sweep folders")
                    : batch.execute("sweepmerge", rest, out, false);
            case "worker" -> batch.execute("worker", rest, out, false);
            case "list" -> rest.isEmpty() || isKindOption(rest) ? batch.execute("list", rest, out, false)
                    : misuse(err, "list takes no arguments but --kind KIND");
            case "shell" -> rest.isEmpty() ? new ShellCommand(distribution, log).execute()
                    : misuse(err, "shell takes no arguments");
            case "help", "-h", "--help" -> help(out);
            default -> misuse(err, "unknown mode '" + mode + "'");
        };
    }

    private static boolean isKindOption(List<String> arguments) {
        return arguments.size() == 2 && (arguments.get(0).equals("--kind") || arguments.get(0).equals("-k"));
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
