package io.jk6.output.webdashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings as k6 reads them: defaults, K6_WEB_DASHBOARD_* variables, then the query-string argument. */
class DashboardConfigTest {

    private final RecordingLogger logger = new RecordingLogger();
    private final List<String> warnings = logger.lines;

    private DashboardConfig of(Map<String, String> env, String argument) {
        return DashboardConfig.of(env, argument, logger);
    }

    @Test
    void k6sDefaultsButOnTheLoopbackInterface() {
        assertThat(of(Map.of(), "")).isEqualTo(new DashboardConfig("127.0.0.1", 5665, Duration.ofSeconds(10), false, ""));
        assertThat(of(Map.of(), "").url(5665)).isEqualTo("http://127.0.0.1:5665");
    }

    @Test
    void theVariablesSetEverything() {
        DashboardConfig config = of(Map.of("K6_WEB_DASHBOARD_HOST", "0.0.0.0", "K6_WEB_DASHBOARD_PORT", "-1",
                "K6_WEB_DASHBOARD_PERIOD", "1m30s", "K6_WEB_DASHBOARD_OPEN", "true",
                "K6_WEB_DASHBOARD_EXPORT", "out/report.html"), "");

        assertThat(config).isEqualTo(new DashboardConfig("0.0.0.0", -1, Duration.ofSeconds(90), true, "out/report.html"));
        assertThat(config.serves()).as("-1 turns the server off, as in k6").isFalse();
        assertThat(config.url(5665)).as("every interface is reached on the loopback").isEqualTo("http://127.0.0.1:5665");
    }

    @Test
    void theArgumentIsAQueryStringWhoseNonEmptyValuesWin() {
        DashboardConfig config = of(Map.of("K6_WEB_DASHBOARD_PORT", "6000", "K6_WEB_DASHBOARD_EXPORT", "env.html"),
                "port=7000&host=&period=2s&open&export=a%20b.html");

        assertThat(config).isEqualTo(new DashboardConfig("127.0.0.1", 7000, Duration.ofSeconds(2), true, "a b.html"));
    }

    @Test
    void reportIsTheOlderNameOfExport() {
        assertThat(of(Map.of("K6_WEB_DASHBOARD_REPORT", "old.html"), "").export()).isEqualTo("old.html");
        assertThat(of(Map.of(), "report=old.html&export=new.html").export()).isEqualTo("new.html");
    }

    @Test
    void badValuesNameTheirSetting() {
        assertThatThrownBy(() -> of(Map.of("K6_WEB_DASHBOARD_PORT", "http"), ""))
                .hasMessageStartingWith("K6_WEB_DASHBOARD_PORT: \"http\" is not a port number");
        assertThatThrownBy(() -> of(Map.of(), "period=soon"))
                .hasMessageStartingWith("--out web-dashboard=period: invalid duration \"soon\"");
        assertThatThrownBy(() -> of(Map.of("K6_WEB_DASHBOARD_PERIOD", "0s"), ""))
                .hasMessage("K6_WEB_DASHBOARD_PERIOD: the duration must be positive (got \"0s\")");
        assertThatThrownBy(() -> of(Map.of(), "port=70000")).hasMessageContaining("beyond 65535");
        assertThatThrownBy(() -> of(Map.of("K6_WEB_DASHBOARD_RECORD", "events.ndjson"), ""))
                .hasMessageStartingWith("K6_WEB_DASHBOARD_RECORD: jk6's web dashboard does not record");
    }

    @Test
    void settingsJk6DoesNotActOnAreWarnedAbout() {
        of(Map.of("K6_WEB_DASHBOARD_TAGS", "group"), "colour=red");

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).startsWith("K6_WEB_DASHBOARD_TAGS is ignored");
        assertThat(warnings.get(1)).contains("unknown setting \"colour\"");
    }
}
