package io.jk6.output.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtelConfigTest {

    private static final Map<String, String> HTTP = Map.of("K6_OTEL_EXPORTER_PROTOCOL", "http/protobuf");

    private static Map<String, String> http(String... pairs) {
        var env = new java.util.HashMap<>(HTTP);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void k6sDefaults() {
        OtelConfig config = OtelConfig.of(HTTP);

        assertThat(config.serviceName()).isEqualTo("k6");
        assertThat(config.serviceVersion()).isNotEmpty();
        assertThat(config.metricPrefix()).isEmpty();
        assertThat(config.flushInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.exportInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.httpUrl()).as("TLS unless insecure, as k6").isEqualTo("https://localhost:4318/v1/metrics");
        assertThat(config.headers()).isEmpty();
        assertThat(config).hasToString("http/protobuf, https://localhost:4318/v1/metrics");
    }

    @Test
    void theVariablesOverrideTheDefaults() {
        OtelConfig config = OtelConfig.of(http("K6_OTEL_SERVICE_NAME", "shop", "K6_OTEL_SERVICE_VERSION", "2",
                "K6_OTEL_METRIC_PREFIX", "k6_", "K6_OTEL_FLUSH_INTERVAL", "200ms", "K6_OTEL_EXPORT_INTERVAL", "3s",
                "K6_OTEL_HTTP_EXPORTER_ENDPOINT", "otel:9999", "K6_OTEL_HTTP_EXPORTER_URL_PATH", "/otlp/v1/metrics",
                "K6_OTEL_HTTP_EXPORTER_INSECURE", "true", "K6_OTEL_HEADERS", "a=1,X-Key=p%20q+r"));

        assertThat(config.serviceName()).isEqualTo("shop");
        assertThat(config.serviceVersion()).isEqualTo("2");
        assertThat(config.metricPrefix()).isEqualTo("k6_");
        assertThat(config.flushInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(config.exportInterval()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.httpUrl()).isEqualTo("http://otel:9999/otlp/v1/metrics");
        assertThat(config.headers()).containsExactly(Map.entry("a", "1"), Map.entry("X-Key", "p q+r"));
    }

    @Test
    void otelServiceNameIsUsedUnlessK6sIsSet() {
        assertThat(OtelConfig.of(http("OTEL_SERVICE_NAME", "std")).serviceName()).isEqualTo("std");
        assertThat(OtelConfig.of(http("OTEL_SERVICE_NAME", "std", "K6_OTEL_SERVICE_NAME", "k6s")).serviceName())
                .isEqualTo("k6s");
    }

    @Test
    void theDeprecatedExporterTypeHttpMeansHttpProtobuf() {
        assertThat(OtelConfig.of(Map.of("K6_OTEL_EXPORTER_TYPE", "http")).protocol()).isEqualTo("http/protobuf");
    }

    @Test
    void grpcIsK6sDefaultOverTlsToLocalhost4317UnlessInsecure() {
        OtelConfig byDefault = OtelConfig.of(Map.of());
        assertThat(byDefault.protocol()).isEqualTo("grpc");
        assertThat(byDefault.url()).isEqualTo("https://localhost:4317");
        OtelConfig insecure = OtelConfig.of(Map.of("K6_OTEL_GRPC_EXPORTER_ENDPOINT", "otel:4317",
                "K6_OTEL_GRPC_EXPORTER_INSECURE", "true"));
        assertThat(insecure.url()).isEqualTo("http://otel:4317");
        assertThat(insecure).hasToString("grpc (insecure), otel:4317");
        assertThatThrownBy(() -> OtelConfig.of(Map.of("K6_OTEL_GRPC_EXPORTER_ENDPOINT", "http://otel:4317")))
                .hasMessageEndingWith("gRPC exporter endpoint must only be host and port, no scheme");
    }

    @Test
    void invalidSettingsAreRefusedInK6sWords() {
        assertThatThrownBy(() -> OtelConfig.of(Map.of("K6_OTEL_EXPORTER_PROTOCOL", "udp")))
                .hasMessage("error validating OpenTelemetry output config: unsupported exporter protocol \"udp\","
                        + " only \"grpc\" and \"http/protobuf\" are supported");
        assertThatThrownBy(() -> OtelConfig.of(http("K6_OTEL_HTTP_EXPORTER_ENDPOINT", "http://otel:4318")))
                .hasMessageEndingWith("HTTP exporter endpoint must only be host and port, no scheme");
        assertThatThrownBy(() -> OtelConfig.of(http("K6_OTEL_SERVICE_NAME", "")))
                .hasMessageEndingWith("providing service name is required");
        assertThatThrownBy(() -> OtelConfig.of(http("K6_OTEL_HEADERS", "novalue")))
                .hasMessageContaining("invalid header \"novalue\", expected format key=value");
        assertThatThrownBy(() -> OtelConfig.of(http("K6_OTEL_EXPORT_INTERVAL", "soon")))
                .hasMessageContaining("K6_OTEL_EXPORT_INTERVAL");
        assertThatThrownBy(() -> OtelConfig.of(http("K6_OTEL_HTTP_EXPORTER_INSECURE", "yes")))
                .hasMessageContaining("is not a boolean");
        assertThatThrownBy(() -> OtelConfig.of(http("K6_OTEL_TLS_CERTIFICATE", "/ca.pem")))
                .hasMessageContaining("K6_OTEL_TLS_CERTIFICATE");
    }

    @Test
    void withoutTlsSettingsTheSdksOwnTlsIsUsed() {
        assertThat(OtelConfig.of(Map.of()).tls()).isNull();
        assertThat(OtelConfig.of(Map.of("K6_OTEL_TLS_INSECURE_SKIP_VERIFY", "false")).tls()).as("set, even false")
                .isNotNull();
    }

    @Test
    void tlsFilesThatCannotBeUsedNameTheVariable(@TempDir Path dir) throws Exception {
        String notPem = Files.writeString(dir.resolve("ca.pem"), "not a certificate").toString();
        assertThatThrownBy(() -> OtelConfig.of(Map.of("K6_OTEL_TLS_CERTIFICATE", notPem)))
                .hasMessage("failed to create OpenTelemetry exporter: failed to read root certificate:"
                        + " K6_OTEL_TLS_CERTIFICATE (" + notPem + "): no certificate in the PEM text");
        assertThatThrownBy(() -> OtelConfig.of(Map.of("K6_OTEL_TLS_CLIENT_CERTIFICATE", notPem)))
                .hasMessage("failed to create OpenTelemetry exporter: failed to load client certificate:"
                        + " K6_OTEL_TLS_CLIENT_CERTIFICATE is set without K6_OTEL_TLS_CLIENT_KEY");
        assertThatThrownBy(() -> OtelConfig.of(Map.of("K6_OTEL_TLS_CLIENT_KEY", notPem)))
                .hasMessage("failed to create OpenTelemetry exporter: failed to load client certificate:"
                        + " K6_OTEL_TLS_CLIENT_KEY is set without K6_OTEL_TLS_CLIENT_CERTIFICATE");
        assertThatThrownBy(() -> OtelConfig.of(Map.of("K6_OTEL_TLS_INSECURE_SKIP_VERIFY", "yes")))
                .hasMessageContaining("K6_OTEL_TLS_INSECURE_SKIP_VERIFY");
    }
}
