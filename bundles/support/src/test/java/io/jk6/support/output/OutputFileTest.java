package io.jk6.support.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where file outputs write: a file, a gzipped file, or stdout kept open for the summary. */
class OutputFileTest {

    @TempDir
    Path dir;

    @Test
    void aGzNameIsGzippedAndAPlainNameIsNot() throws Exception {
        try (OutputStream out = OutputFile.open("a.txt.gz", dir, System.out)) {
            out.write("zipped".getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream out = OutputFile.open("b.txt", dir, System.out)) {
            out.write("plain".getBytes(StandardCharsets.UTF_8));
        }

        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("a.txt.gz")))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("zipped");
        }
        assertThat(Files.readString(dir.resolve("b.txt"))).isEqualTo("plain");
    }

    @Test
    void dashAndNoNameWriteToStdoutWhichStaysOpenAfterClose() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(captured, false, StandardCharsets.UTF_8);

        try (OutputStream out = OutputFile.open("-", dir, stdout)) {
            out.write("rows\n".getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream out = OutputFile.open("", dir, stdout)) {
            out.write("more\n".getBytes(StandardCharsets.UTF_8));
        }
        stdout.println("summary");
        stdout.flush();

        assertThat(stdout.checkError()).as("stdout was not closed").isFalse();
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("rows\nmore\nsummary\n");
        assertThat(dir.resolve("-")).doesNotExist();
    }
}
