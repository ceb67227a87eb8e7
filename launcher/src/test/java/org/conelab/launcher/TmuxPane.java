package org.conelab.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One tmux pane running a command in a real pseudo-terminal, on a tmux server of its own
 * ({@code tmux -L <socket>}): keys go in with {@code send-keys}, the screen comes out with
 * {@code capture-pane}. What a test asserts on is the captured text, as a user would read it.
 */
final class TmuxPane implements AutoCloseable {

    static final String SESSION = "conelab";
    /** How much of the pane's history {@link #capture()} includes. */
    static final int HISTORY_LINES = 2000;

    private final String socket;

    private TmuxPane(String socket) {
        this.socket = socket;
    }

    /** @return whether a tmux binary answers {@code tmux -V} */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts {@code command} (a shell command line) in a detached pane of {@code width} × {@code height}.
     *
     * @param socket the tmux server's name, unique to the test
     */
    static TmuxPane start(String socket, String command, int width, int height) throws IOException, InterruptedException {
        TmuxPane pane = new TmuxPane(socket);
        // keep the pane (and its last screen) after the command ends, so that a test can read why
        pane.tmux("new-session", "-d", "-s", SESSION, "-x", Integer.toString(width), "-y", Integer.toString(height),
                command + "; echo '[pane command ended]'; sleep 600");
        return pane;
    }

    /** Types {@code text} literally (no key names), then Enter. */
    void line(String text) throws IOException, InterruptedException {
        type(text);
        key("Enter");
    }

    /** Types {@code text} literally. */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", SESSION, "-l", "--", text);
    }

    /** Presses a key by its tmux name: {@code Tab}, {@code Enter}, {@code C-c}, {@code C-u}. */
    void key(String name) throws IOException, InterruptedException {
        tmux("send-keys", "-t", SESSION, name);
    }

    /**
     * @return the pane's text with its history, wrapped lines joined, each line without trailing
     *     spaces (as the eye reads it: a space cell and an empty one look the same), trailing
     *     blank lines dropped
     */
    String capture() throws IOException, InterruptedException {
        String text = tmux("capture-pane", "-p", "-J", "-S", "-" + HISTORY_LINES, "-t", SESSION);
        return String.join("\n", text.lines().map(String::stripTrailing).toList()).stripTrailing();
    }

    /**
     * Captures until {@code condition} holds on the text, at most {@code timeout}.
     *
     * @return the text that satisfied it
     * @throws AssertionError with the last capture when it never did
     */
    String await(Predicate<String> condition, Duration timeout, String what) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String text = capture();
        while (!condition.test(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("within " + timeout.toSeconds() + " s the pane did not show " + what
                        + "; it shows:\n" + text);
            }
            Thread.sleep(100);
            text = capture();
        }
        return text;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        tmux("kill-server");
    }

    private String tmux(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(Duration.ofSeconds(10).toSeconds(), TimeUnit.SECONDS) || (p.exitValue() != 0 && !arguments[0].equals("kill-server"))) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
