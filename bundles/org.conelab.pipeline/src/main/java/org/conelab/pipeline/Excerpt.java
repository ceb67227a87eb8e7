package org.conelab.pipeline;

/**
 * A short, printable excerpt of file content for an error message: at most {@value #MAX} characters
 * (then {@code …}), control characters shown as {@code ?}, so that a message never carries more
 * than a glimpse of a file someone sent, nor anything that could move a terminal's cursor.
 */
final class Excerpt {

    /** The most characters of content a message quotes. */
    static final int MAX = 40;

    private Excerpt() {
    }

    /** @return {@code text} shortened to {@value #MAX} characters and made printable, in single quotes */
    static String quoted(String text) {
        StringBuilder shown = new StringBuilder("'");
        int end = Math.min(text.length(), MAX);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            shown.append(Character.isISOControl(c) ? '?' : c);
        }
        return shown.append(text.length() > MAX ? "…'" : "'").toString();
    }
}
