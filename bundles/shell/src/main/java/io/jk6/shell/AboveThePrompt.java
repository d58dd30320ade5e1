package io.jk6.shell;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;

/**
 * Output of a test in the background on an interactive shell: each complete line is printed
 * above the prompt and the line being typed is redrawn, instead of being cut in two.
 */
final class AboveThePrompt extends OutputStream {

    private final LineReader reader;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    AboveThePrompt(LineReader reader) {
        this.reader = reader;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            reader.printAbove(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }
}
