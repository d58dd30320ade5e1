package io.jk6.output.prometheusrw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrometheusRwConfigTest {

    @Test
    void k6sDefaults() {
        PrometheusRwConfig config = PrometheusRwConfig.of(Map.of());

        assertThat(config.serverUrl()).isEqualTo("http://localhost:9090/api/v1/write");
        assertThat(config.pushInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.trendStats()).extracting(TrendStat::suffix).containsExactly("p99");
        assertThat(config.username()).isNull();
        assertThat(config.headers()).isEmpty();
        assertThat(config.staleMarkers()).isFalse();
        assertThat(config.insecureSkipTlsVerify()).isFalse();
        assertThat(config.tls12()).isFalse();
    }

    @Test
    void theVariablesSetEverything() {
        PrometheusRwConfig config = PrometheusRwConfig.of(Map.ofEntries(
                Map.entry("K6_PROMETHEUS_RW_SERVER_URL", "https://prom.example:9443/write"),
                Map.entry("K6_PROMETHEUS_RW_USERNAME", "k6"),
                Map.entry("K6_PROMETHEUS_RW_PASSWORD", "secret"),
                Map.entry("K6_PROMETHEUS_RW_BEARER_TOKEN", "token"),
                Map.entry("K6_PROMETHEUS_RW_HEADERS_X-Scope-OrgID", "tenant1"),
                Map.entry("K6_PROMETHEUS_RW_HTTP_HEADERS", "X-A:1,X-Scope-OrgID:tenant2"),
                Map.entry("K6_PROMETHEUS_RW_INSECURE_SKIP_TLS_VERIFY", "true"),
                Map.entry("K6_PROMETHEUS_RW_TLS_MINIMUM_VERSION", "1.2"),
                Map.entry("K6_PROMETHEUS_RW_PUSH_INTERVAL", "250ms"),
                Map.entry("K6_PROMETHEUS_RW_TREND_STATS", "p(95),max,count"),
                Map.entry("K6_PROMETHEUS_RW_STALE_MARKERS", "1"),
                Map.entry("K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM", "false")));

        assertThat(config.serverUrl()).isEqualTo("https://prom.example:9443/write");
        assertThat(config.username()).isEqualTo("k6");
        assertThat(config.password()).isEqualTo("secret");
        assertThat(config.bearerToken()).isEqualTo("token");
        assertThat(config.headers()).as("HTTP_HEADERS over HEADERS_*, as in k6")
                .isEqualTo(Map.of("X-Scope-OrgID", "tenant2", "X-A", "1"));
        assertThat(config.insecureSkipTlsVerify()).isTrue();
        assertThat(config.tls12()).isTrue();
        assertThat(config.pushInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.trendStats()).extracting(TrendStat::suffix).containsExactly("p95", "max", "count");
        assertThat(config.staleMarkers()).isTrue();
        assertThat(config.trendAsNativeHistogram()).isFalse();
    }

    @Test
    void anEmptyPushIntervalIsNoSetting() {
        assertThat(PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_PUSH_INTERVAL", "")).pushInterval())
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void badSettingsFailBeforeTheTestInK6sWordsOrNamingTheVariable() {
        assertThatThrownBy(() -> PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_HTTP_HEADERS", "X-A:1,broken")))
                .hasMessage("parse environment variables options failed: the provided header (broken) does not"
                        + " respect the expected format <header key>:<value>");
        assertThatThrownBy(() -> PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_STALE_MARKERS", "maybe")))
                .hasMessage("parse environment variables options failed: K6_PROMETHEUS_RW_STALE_MARKERS: \"maybe\" is"
                        + " not a boolean (true or false)");
        assertThatThrownBy(() -> PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_PUSH_INTERVAL", "soon")))
                .hasMessageStartingWith("parse environment variables options failed: K6_PROMETHEUS_RW_PUSH_INTERVAL:"
                        + " invalid duration \"soon\"");
        assertThatThrownBy(() -> PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_PUSH_INTERVAL", "0s")))
                .hasMessage("K6_PROMETHEUS_RW_PUSH_INTERVAL: the push interval must be positive, not 0s");
        assertThatThrownBy(() -> PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_TREND_STATS", "p(95),")))
                .hasMessage("invalid trend stat '', unknown format");
        assertThatThrownBy(() -> PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_SERVER_URL", "localhost:9090")))
                .hasMessageStartingWith("failed to initialize the Prometheus remote write client:"
                        + " K6_PROMETHEUS_RW_SERVER_URL:");
        assertThatThrownBy(() -> PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_SIGV4_REGION", "eu-west-1")))
                .hasMessageContaining("K6_PROMETHEUS_RW_SIGV4_REGION").hasMessageContaining("does not support sigv4");
    }

    @Test
    void tlsIsTheJdksDefaultUnlessInsecureOrAClientCertificateIsSet() {
        assertThat(PrometheusRwConfig.of(Map.of()).tls()).isNull();
        assertThat(PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_CLIENT_CERTIFICATE", "",
                "K6_PROMETHEUS_RW_CLIENT_CERTIFICATE_KEY", "")).tls()).as("empty: no setting").isNull();
        assertThat(PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_INSECURE_SKIP_TLS_VERIFY", "true")).tls()).isNotNull();
    }

    @Test
    void aClientCertificateWithoutItsKeyOrAFileThatIsNoPemIsRefusedNamingTheVariable(@TempDir Path dir)
            throws Exception {
        String notPem = Files.writeString(dir.resolve("client.pem"), "not a certificate").toString();

        assertThatThrownBy(() -> PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_CLIENT_CERTIFICATE", notPem)))
                .hasMessage("failed to load the TLS certificate: K6_PROMETHEUS_RW_CLIENT_CERTIFICATE is set without"
                        + " K6_PROMETHEUS_RW_CLIENT_CERTIFICATE_KEY");
        assertThatThrownBy(() -> PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_CLIENT_CERTIFICATE_KEY", notPem)))
                .hasMessage("failed to load the TLS certificate: K6_PROMETHEUS_RW_CLIENT_CERTIFICATE_KEY is set"
                        + " without K6_PROMETHEUS_RW_CLIENT_CERTIFICATE");
        assertThatThrownBy(() -> PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_CLIENT_CERTIFICATE", notPem,
                "K6_PROMETHEUS_RW_CLIENT_CERTIFICATE_KEY", notPem)))
                .hasMessage("failed to load the TLS certificate: K6_PROMETHEUS_RW_CLIENT_CERTIFICATE (" + notPem
                        + "): no certificate in the PEM text");
    }

    @Test
    void trendsAsNativeHistogramsIsAGoBoolAndTheTrendStatsAreStillChecked() {
        assertThat(PrometheusRwConfig.of(Map.of()).trendAsNativeHistogram()).isFalse();
        assertThat(PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM", "true"))
                .trendAsNativeHistogram()).isTrue();
        assertThat(PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM", "T"))
                .trendAsNativeHistogram()).isTrue();
        assertThatThrownBy(() -> PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM", "yes")))
                .hasMessageStartingWith("parse environment variables options failed: ");
        assertThatThrownBy(() -> PrometheusRwConfig.of(Map.of("K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM", "true",
                "K6_PROMETHEUS_RW_TREND_STATS", "p(101)"))).hasMessageStartingWith("invalid percentile trend stat");
    }
}
