package org.conelab.shell;

import java.util.ArrayList;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;

/**
 * Adapts {@link Completions} to gogo.jline: reads the line being completed from the session
 * variable {@value #COMMAND_LINE} (set while a {@code complete -a} expression is evaluated) and
 * returns JLine candidates. Only this class and {@link TerminalConsole} touch JLine.
 */
final class JlineCompletion {

    /** The session variable in which gogo.jline puts the parsed line during completion. */
    static final String COMMAND_LINE = ".commandLine";

    private JlineCompletion() {
    }

    /**
     * @param session the shell session
     * @param completions what the conelab commands offer
     * @return the candidates for the word under the cursor; none outside completion
     */
    static List<Object> candidates(CommandSession session, Completions completions) {
        if (!(session.get(COMMAND_LINE) instanceof ParsedLine line) || line.wordIndex() < 1) {
            return List.of();
        }
        String command = line.words().get(0);
        command = command.substring(command.indexOf(':') + 1);
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        List<String> before = line.words().subList(0, line.wordIndex());
        List<Object> candidates = new ArrayList<>();
        for (Suggestion s : completions.suggest(command, before, word)) {
            candidates.add(new Candidate(s.value(), s.value(), null, s.description().isEmpty() ? null : s.description(),
                    null, null, s.complete()));
        }
        return candidates;
    }
}
