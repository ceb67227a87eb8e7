package org.conelab.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.conelab.api.InvalidInputException;

/**
 * The text of a pipeline file, or one line saying why it is not one: missing, a directory, not
 * readable, larger than {@value #MAX_BYTES} bytes, binary (a NUL byte or another control
 * character than tab and line ends), UTF-16, or not valid UTF-8 (with the byte offset and line).
 * A UTF-8 byte-order mark is accepted and dropped.
 */
final class PipelineText {

    /** The largest pipeline file read: far above any real one (a few kB), small enough to read whole. */
    static final int MAX_BYTES = 1 << 20;

    private PipelineText() {
    }

    /**
     * @param file the pipeline file
     * @return its text
     * @throws InvalidInputException with the file as subject (and line where it applies)
     */
    static String read(Path file) {
        String why = FileReasons.unreadable(file);
        if (why != null) {
            throw new InvalidInputException(file.toString(), "cannot read the pipeline file: " + why);
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidInputException(file.toString(), "is " + Files.size(file) + " bytes, more than a pipeline file's "
                        + MAX_BYTES + "; is it the right file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the pipeline file: " + FileReasons.of(e));
        }
        return decode(file.toString(), bytes);
    }

    /**
     * @param name the file's name for messages
     * @param bytes its content
     * @return the content as text, without a byte-order mark
     */
    static String decode(String name, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new InvalidInputException(name, "is UTF-16 text; a pipeline file is UTF-8: save it as UTF-8");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                throw new InvalidInputException(name + " line " + lineAt(bytes, i), String.format(Locale.ROOT,
                        "a binary file, not a pipeline file (control byte 0x%02X at offset %d); a pipeline file is key = value text", b, i));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new InvalidInputException(name + " line " + lineAt(bytes, offset), String.format(Locale.ROOT,
                    "not UTF-8 text (byte 0x%02X at offset %d is not part of a UTF-8 character); save the file as UTF-8",
                    bytes[offset] & 0xFF, offset));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
