package org.conelab.pipeline;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.conelab.api.InvalidInputException;

/**
 * The entries of a pipeline file's text with the line each starts on: Java properties syntax
 * ({@code key = value}, {@code key: value} or {@code key value}; {@code #} and {@code !} comment
 * lines; a trailing backslash continues a line; escapes as in {@link Properties#load(java.io.Reader)},
 * which decodes each logical line), plus the pipeline's rule that whitespace then {@code #} ends a
 * value. A key must be made of letters, digits, {@code _}, {@code -} and dots; anything else is
 * a line that is not {@code key = value}, and is reported with its line and a short excerpt.
 */
final class PropertyLines {

    /** One entry: its key, its value (inline comment removed, trimmed) and the line it starts on (1-based). */
    record Entry(String key, String value, int line) {
    }

    private static final Pattern INLINE_COMMENT = Pattern.compile("\\s+#.*$");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    private PropertyLines() {
    }

    /**
     * @param name the file's name, for messages
     * @param text the file's text
     * @return its entries in file order (a key may occur more than once)
     * @throws InvalidInputException naming the file and line of a line that is not key = value
     */
    static List<Entry> parse(String name, String text) {
        String[] lines = LINE_BREAK.split(text, -1);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String first = lines[i].stripLeading();
            if (first.isEmpty() || first.startsWith("#") || first.startsWith("!")) {
                continue;
            }
            int start = i;
            StringBuilder logical = new StringBuilder(first);
            while (continues(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(lines[++i].stripLeading());
            }
            entries.add(entry(name, logical.toString(), start + 1));
        }
        return entries;
    }

    private static Entry entry(String name, String logical, int line) {
        Properties one = new Properties();
        try {
            one.load(new StringReader(logical));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name + " line " + line, "malformed escape in " + Excerpt.quoted(logical)
                    + " (\\uXXXX needs four hex digits)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String key = one.stringPropertyNames().stream().findFirst().orElse("");
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException(name + " line " + line, "expected key = value, got " + Excerpt.quoted(logical)
                    + " (keys are letters, digits, '_', '-' and '.')");
        }
        String value = INLINE_COMMENT.matcher(one.getProperty(key)).replaceFirst("").trim();
        return new Entry(key, value, line);
    }

    /** @return whether the line ends in an odd number of backslashes, i.e. continues on the next */
    private static boolean continues(CharSequence line) {
        int slashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }
}
