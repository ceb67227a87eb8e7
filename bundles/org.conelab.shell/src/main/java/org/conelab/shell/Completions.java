package org.conelab.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conelab.api.pipeline.PipelineKey;

/**
 * What Tab offers for the arguments of the conelab commands: for {@code run}, pipeline files and
 * {@code key=} (then the key's choices, such as provider ids, or files for {@code *.file} keys);
 * for {@code use}, the keys that accept {@code auto} and then their ids; for {@code show}, the
 * session's run numbers and folders; for {@code list --kind}, the kinds.
 */
final class Completions {

    static final String PIPELINE_SUFFIX = ".properties";

    private final List<PipelineKey> keys;
    private final List<String> kinds;
    private final List<RunHistory.Entry> runs;
    private final Path workingDirectory;

    /**
     * @param keys the pipeline's keys with their choices (none when no engine is registered)
     * @param kinds the provider kinds {@code list --kind} accepts
     * @param runs this session's runs
     * @param workingDirectory what relative file names are relative to
     */
    Completions(List<PipelineKey> keys, List<String> kinds, List<RunHistory.Entry> runs, Path workingDirectory) {
        this.keys = keys;
        this.kinds = kinds;
        this.runs = runs;
        this.workingDirectory = workingDirectory;
    }

    /**
     * @param command the command's name without scope, such as {@code run}
     * @param words the words before the one being completed, the command's name first
     * @param word what was typed of the word being completed
     * @return the suggestions; the shell keeps those that start with {@code word}
     */
    List<Suggestion> suggest(String command, List<String> words, String word) {
        String previous = words.isEmpty() ? "" : words.get(words.size() - 1);
        return switch (command) {
            case "run" -> run(word);
            case "use" -> words.size() == 1 ? autoKeys() : words.size() == 2 ? autoChoices(words.get(1)) : List.of();
            case "show" -> words.size() == 1 ? show(word) : List.of();
            case "list" -> previous.equals("-k") || previous.equals("--kind") ? plain(kinds) : List.of();
            default -> List.of();
        };
    }

    private List<Suggestion> run(String word) {
        int eq = word.indexOf('=');
        if (eq > 0) {
            return values(word.substring(0, eq), word.substring(eq + 1));
        }
        List<Suggestion> suggestions = new ArrayList<>(
                FileSuggestions.matching(workingDirectory, word, f -> f.toString().endsWith(PIPELINE_SUFFIX), ""));
        for (PipelineKey key : keys) {
            suggestions.add(new Suggestion(key.name() + "=", key.description(), false));
        }
        return suggestions;
    }

    /** The values of {@code key=}: its choices (the last item of a comma list for {@code analyzers}), or files. */
    private List<Suggestion> values(String name, String typed) {
        if (name.endsWith(".file")) {
            return FileSuggestions.matching(workingDirectory, typed, f -> true, name + "=");
        }
        Optional<PipelineKey> key = keys.stream().filter(k -> k.name().equals(name)).findFirst();
        if (key.isEmpty()) {
            return List.of();
        }
        String head = name.equals("analyzers") ? typed.substring(0, typed.lastIndexOf(',') + 1) : "";
        List<Suggestion> suggestions = new ArrayList<>();
        for (String choice : key.get().choices()) {
            suggestions.add(new Suggestion(name + "=" + head + choice, "", true));
        }
        return suggestions;
    }

    /** For {@code use <Tab>}: the keys whose {@code auto} can be steered. */
    private List<Suggestion> autoKeys() {
        return keys.stream().filter(AutoPreferenceStore::acceptsAuto).map(k -> new Suggestion(k.name(), k.description(), true))
                .toList();
    }

    /** For {@code use KEY <Tab>}: the key's choices, {@code auto} among them. */
    private List<Suggestion> autoChoices(String key) {
        return keys.stream().filter(k -> k.name().equals(key)).findFirst().map(k -> plain(k.choices())).orElse(List.of());
    }

    private List<Suggestion> show(String word) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (RunHistory.Entry run : runs) {
            suggestions.add(new Suggestion(Integer.toString(run.index()), run.report().outputDirectory().getFileName().toString(),
                    true));
        }
        suggestions.addAll(FileSuggestions.matching(workingDirectory, word, f -> false, ""));
        return suggestions;
    }

    private static List<Suggestion> plain(List<String> values) {
        return values.stream().map(v -> new Suggestion(v, "", true)).toList();
    }
}
