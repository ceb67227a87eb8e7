package org.conelab.api;

/**
 * Bad input from a user: a pipeline key, a value, a file line or an index that the platform
 * cannot use. The message is one line and starts with the subject at fault, for example
 * {@code n: must be a positive integer, got '0'}, so a shell can print it as it is.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String subject;

    /**
     * @param subject the key, file, line or index at fault, as the user would name it
     * @param problem what is wrong with it and, where useful, what is accepted
     */
    public InvalidInputException(String subject, String problem) {
        super(subject + ": " + problem);
        this.subject = subject;
    }

    /** @return the key, file, line or index at fault */
    public String subject() {
        return subject;
    }
}
