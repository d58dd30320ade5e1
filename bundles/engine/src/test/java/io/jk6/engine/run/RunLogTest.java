package io.jk6.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run's log lines as k6 prints them: the console's and the modules'. */
class RunLogTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RunLog log = new RunLog(new PrintStream(err, true, StandardCharsets.UTF_8), true);

    private String printed() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aModuleWarningHasK6sLevelAndItsFieldsQuotedAsLogrusDoes() {
        log.module(Level.WARNING, "Request Failed",
                Map.of("error", "Get \"http://127.0.0.1:1/\": dial tcp 127.0.0.1:1: connect: connection refused"));
        assertThat(printed()).isEqualTo(String.format("%-40s %s%n", "WARN[0000] Request Failed",
                "error=\"Get \\\"http://127.0.0.1:1/\\\": dial tcp 127.0.0.1:1: connect: connection refused\""));
    }

    @Test
    void fieldsComeSortedByNamePlainValuesUnquoted() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("url", "http://x/a b");
        fields.put("count", 3);
        fields.put("name", "tab\there");
        log.module(Level.ERROR, "boom", fields);
        assertThat(printed()).startsWith("ERRO[0000] boom").endsWith(
                " count=3 name=\"tab\\there\" url=\"http://x/a b\"" + System.lineSeparator());
    }

    @Test
    void debugLinesAreLeftOutAsK6DoesWithoutVerbose() {
        log.module(Level.DEBUG, "details", Map.of());
        log.module(Level.INFO, "shown even when quiet", Map.of());
        assertThat(printed()).doesNotContain("details").contains("INFO[0000] shown even when quiet");
    }

    @Test
    void aSecretIsRedactedInMessagesAndFieldsOnceFetchedInOnePass() {
        log.log("info", "before: hunter2");
        log.redact("hunter2");
        log.redact("RED");
        log.redact(" ");
        log.log("info", "after: hunter2 and hunter2-RED");
        log.module(Level.WARNING, "failed", Map.of("error", "token hunter2 refused"));
        assertThat(printed()).contains("INFO[0000] before: hunter2")
                .contains("INFO[0000] after: ***SECRET_REDACTED*** and ***SECRET_REDACTED***-***SECRET_REDACTED***")
                .contains("error=\"token ***SECRET_REDACTED*** refused\"")
                .doesNotContain("***SECRET_***SECRET_REDACTED***");
    }
}
