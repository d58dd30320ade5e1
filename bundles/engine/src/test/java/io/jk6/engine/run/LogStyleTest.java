package io.jk6.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** k6's logging choices in {@link RunLog}: JSON and raw lines, -v's debug lines, a file's level, --console-output. */
class LogStyleTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private RunLog log(LogStyle.Format format, String minimum, boolean verbose, boolean ownConsole) {
        return new RunLog(stream(err), false, new LogStyle(format, null, minimum, verbose,
                ownConsole ? stream(console) : null));
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesAreLogrusJsonWithSortedKeysAndWarningSpelledOut() {
        RunLog log = log(LogStyle.Format.JSON, null, false, false);
        log.module(Level.WARNING, "Request \"Failed\"", Map.of("url", "http://x/"));
        log.log("info", "hello");

        String[] lines = text(err).split("\\R");
        assertThat(lines[0]).matches("\\{\"level\":\"warning\",\"msg\":\"Request \\\\\"Failed\\\\\"\",\"time\":\"\\d{4}-"
                + "\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\",\"url\":\"http://x/\"}");
        assertThat(lines[1]).startsWith("{\"level\":\"info\",\"msg\":\"hello\",\"source\":\"console\",\"time\":");
    }

    @Test
    void rawLinesAreTheMessageAlone() {
        RunLog log = log(LogStyle.Format.RAW, null, false, false);
        log.error("boom", Map.of("hint", "script exception"));

        assertThat(text(err)).isEqualTo("boom" + System.lineSeparator());
    }

    @Test
    void debugLinesOnlyWhenVerbose() {
        log(LogStyle.Format.TEXT, null, false, false).log("debug", "hidden");
        log(LogStyle.Format.TEXT, null, true, false).log("debug", "shown");
        log(LogStyle.Format.TEXT, null, true, false).module(Level.DEBUG, "module detail", Map.of());

        assertThat(text(err)).doesNotContain("hidden").contains("DEBU[0000] shown").contains("DEBU[0000] module detail");
    }

    @Test
    void aFilesLevelKeepsOutLowerLines() {
        RunLog log = log(LogStyle.Format.TEXT, "warn", false, false);
        log.info("not written");
        log.warn("written");

        assertThat(text(err)).doesNotContain("not written").contains("WARN[0000] written");
    }

    @Test
    void consoleOutputTakesTheScriptsLinesOnly() {
        RunLog log = log(LogStyle.Format.TEXT, null, false, true);
        log.log("info", "from the script");
        log.warn("from jk6");

        assertThat(text(console)).contains("from the script").doesNotContain("from jk6");
        assertThat(text(err)).contains("from jk6").doesNotContain("from the script");
    }
}
