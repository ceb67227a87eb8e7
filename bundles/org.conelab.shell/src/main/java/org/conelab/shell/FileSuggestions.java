package org.conelab.shell;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** File names that complete a typed prefix: the folders (they go on) and the accepted files of its folder. */
final class FileSuggestions {

    private FileSuggestions() {
    }

    /**
     * @param workingDirectory what a relative prefix is relative to
     * @param prefix what was typed of the path, such as {@code examples/pa}
     * @param accept which regular files to offer
     * @param valuePrefix put before each path in the suggestion (such as {@code graph.file=})
     * @return the entries of the prefix's folder that start with its last part, sorted; hidden
     *     ones only when that part starts with a dot
     */
    static List<Suggestion> matching(Path workingDirectory, String prefix, Predicate<Path> accept, String valuePrefix) {
        int slash = prefix.lastIndexOf('/');
        String folderPart = prefix.substring(0, slash + 1);
        String namePart = prefix.substring(slash + 1);
        List<Suggestion> suggestions = new ArrayList<>();
        Path folder;
        try {
            folder = folderPart.isEmpty() ? workingDirectory : workingDirectory.resolve(folderPart);
        } catch (InvalidPathException e) {
            return suggestions;
        }
        if (!Files.isDirectory(folder)) {
            return suggestions;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(namePart) || (name.startsWith(".") && !namePart.startsWith("."))) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    suggestions.add(new Suggestion(valuePrefix + folderPart + name + "/", "", false));
                } else if (accept.test(entry)) {
                    suggestions.add(new Suggestion(valuePrefix + folderPart + name, "", true));
                }
            }
        } catch (IOException e) {
            return suggestions;
        }
        suggestions.sort(java.util.Comparator.comparing(Suggestion::value));
        return suggestions;
    }
}
