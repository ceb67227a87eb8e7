package org.conelab.shell;

/**
 * One completion the shell offers for the word under the cursor.
 *
 * @param value the whole word it completes to
 * @param description a short explanation shown beside it, or the empty string
 * @param complete whether the word is finished (a space follows); false for {@code key=} and
 *     folders, which go on
 */
record Suggestion(String value, String description, boolean complete) {
}
