package org.conelab.launcher;

import java.util.List;

/**
 * Quotes command-line words for the Gogo parser. Inside single quotes Gogo takes every character
 * literally ({@code $}, {@code \}, {@code ;}, {@code {}}, spaces); a single quote itself is
 * written as {@code '\''} (close, escaped quote, reopen), as in a POSIX shell.
 */
final class GogoQuoting {

    private GogoQuoting() {
    }

    /** {@code word} as one single-quoted Gogo word. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** {@code command} followed by each argument quoted. */
    static String commandLine(String command, List<String> arguments) {
        StringBuilder line = new StringBuilder(command);
        for (String argument : arguments) {
            line.append(' ').append(quote(argument));
        }
        return line.toString();
    }
}
