package io.jk6.output.opentelemetry;

import io.jk6.support.GoBool;
import io.jk6.support.GoDuration;
import io.jk6.support.tls.ClientTls;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The output's settings, consolidated as k6's {@code GetConsolidatedConfig}: defaults, then
 * {@code OTEL_SERVICE_NAME}, then the {@code K6_OTEL_*} variables. The {@code --out opentelemetry=ARG}
 * argument is ignored, as k6 does.
 *
 * @param protocol        {@link #GRPC} (k6's default) or {@link #HTTP_PROTOBUF}
 * @param httpEndpoint    host and port, no scheme (k6's rule)
 * @param flushInterval   k6's interval for recording buffered samples into the SDK; jk6 records them as they
 *                        arrive, and only checks it
 * @param exportInterval  how often the SDK's periodic reader exports to the collector
 * @param tls             the exporter's TLS from {@code K6_OTEL_TLS_*} ({@link OtelTls}); null: the SDK's default
 */
record OtelConfig(String serviceName, String serviceVersion, String metricPrefix, Duration flushInterval,
        Duration exportInterval, String protocol, String httpEndpoint, String httpUrlPath, boolean httpInsecure,
        String grpcEndpoint, boolean grpcInsecure, Map<String, String> headers, ClientTls tls) {

    static final String GRPC = "grpc";
    static final String HTTP_PROTOBUF = "http/protobuf";

    private static final String PREFIX = "K6_OTEL_";

    /** @throws IllegalArgumentException a setting that cannot be used, in k6's words or naming the variable */
    static OtelConfig of(Map<String, String> env) {
        String serviceName = env.getOrDefault(PREFIX + "SERVICE_NAME", env.getOrDefault("OTEL_SERVICE_NAME", "k6"));
        String serviceVersion = env.getOrDefault(PREFIX + "SERVICE_VERSION", jk6Version());
        String protocol = protocol(env);
        OtelConfig config = new OtelConfig(serviceName, serviceVersion, env.getOrDefault(PREFIX + "METRIC_PREFIX", ""),
                duration(env, "FLUSH_INTERVAL", Duration.ofSeconds(1)),
                duration(env, "EXPORT_INTERVAL", Duration.ofSeconds(10)), protocol,
                env.getOrDefault(PREFIX + "HTTP_EXPORTER_ENDPOINT", "localhost:4318"),
                env.getOrDefault(PREFIX + "HTTP_EXPORTER_URL_PATH", "/v1/metrics"), bool(env, "HTTP_EXPORTER_INSECURE"),
                env.getOrDefault(PREFIX + "GRPC_EXPORTER_ENDPOINT", "localhost:4317"), bool(env, "GRPC_EXPORTER_INSECURE"),
                headers(env.get(PREFIX + "HEADERS")), null);
        config.validate();
        // after the validation, as k6 reads the files when it creates the exporter
        return config.withTls(OtelTls.of(env));
    }

    private OtelConfig withTls(ClientTls clientTls) {
        return new OtelConfig(serviceName, serviceVersion, metricPrefix, flushInterval, exportInterval, protocol,
                httpEndpoint, httpUrlPath, httpInsecure, grpcEndpoint, grpcInsecure, headers, clientTls);
    }

    /** {@code K6_OTEL_EXPORTER_PROTOCOL}, else the deprecated {@code K6_OTEL_EXPORTER_TYPE} ({@code http}, {@code grpc}). */
    private static String protocol(Map<String, String> env) {
        String protocol = env.get(PREFIX + "EXPORTER_PROTOCOL");
        if (protocol != null) {
            return protocol;
        }
        String type = env.get(PREFIX + "EXPORTER_TYPE");
        if (type == null) {
            return GRPC;
        }
        if (!type.equals("http") && !type.equals(GRPC)) {
            throw invalid("unsupported exporter type \"" + type + "\", only \"grpc\" and \"http\" are supported");
        }
        return type.equals("http") ? HTTP_PROTOBUF : GRPC;
    }

    private void validate() {
        if (serviceName.isEmpty()) {
            throw invalid("providing service name is required");
        }
        if (serviceVersion.isEmpty()) {
            throw invalid("providing service version is required");
        }
        if (!protocol.equals(GRPC) && !protocol.equals(HTTP_PROTOBUF)) {
            throw invalid("unsupported exporter protocol \"" + protocol + "\", only \"grpc\" and \"http/protobuf\""
                    + " are supported");
        }
        if (protocol.equals(GRPC)) {
            if (grpcEndpoint.isEmpty()) {
                throw invalid("gRPC exporter endpoint is required");
            }
            if (grpcEndpoint.startsWith("http://") || grpcEndpoint.startsWith("https://")) {
                throw invalid("gRPC exporter endpoint must only be host and port, no scheme");
            }
        }
        if (protocol.equals(HTTP_PROTOBUF)) {
            if (httpEndpoint.isEmpty()) {
                throw invalid("HTTP exporter endpoint is required");
            }
            if (httpEndpoint.startsWith("http://") || httpEndpoint.startsWith("https://")) {
                throw invalid("HTTP exporter endpoint must only be host and port, no scheme");
            }
        }
    }

    /** Where the SDK posts: the scheme follows {@code K6_OTEL_HTTP_EXPORTER_INSECURE}, as k6's exporter. */
    String httpUrl() {
        return (httpInsecure ? "http://" : "https://") + httpEndpoint + httpUrlPath;
    }

    /**
     * Where the SDK sends over gRPC: plaintext HTTP/2 when {@code K6_OTEL_GRPC_EXPORTER_INSECURE}
     * is set, TLS otherwise, as k6's exporter.
     */
    String grpcUrl() {
        return (grpcInsecure ? "http://" : "https://") + grpcEndpoint;
    }

    /** Where the exporter sends, by the protocol. */
    String url() {
        return protocol.equals(GRPC) ? grpcUrl() : httpUrl();
    }

    /** k6's description: {@code http/protobuf, http://localhost:4318/v1/metrics}. */
    @Override
    public String toString() {
        return protocol.equals(HTTP_PROTOBUF) ? protocol + ", " + httpUrl()
                : protocol + (grpcInsecure ? " (insecure)" : "") + ", " + grpcEndpoint;
    }

    private static IllegalArgumentException invalid(String message) {
        return new IllegalArgumentException("error validating OpenTelemetry output config: " + message);
    }

    /** W3C Correlation-Context without metadata: {@code k1=v1,k2=v2}, each side percent-decoded (Go's PathUnescape). */
    static Map<String, String> headers(String raw) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (raw == null) {
            return headers;
        }
        for (String header : raw.split(",", -1)) {
            int eq = header.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("failed to create OpenTelemetry exporter: failed to parse headers:"
                        + " invalid header \"" + header + "\", expected format key=value");
            }
            headers.put(unescape(header.substring(0, eq)), unescape(header.substring(eq + 1)));
        }
        return headers;
    }

    private static String unescape(String text) {
        // PathUnescape leaves '+' alone, URLDecoder would make it a space
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Duration duration(Map<String, String> env, String setting, Duration byDefault) {
        String value = env.get(PREFIX + setting);
        if (value == null) {
            return byDefault;
        }
        Duration duration;
        try {
            duration = GoDuration.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parse environment variables options failed: " + PREFIX + setting + ": "
                    + e.getMessage(), e);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(PREFIX + setting + ": the interval must be positive, not " + value);
        }
        return duration;
    }

    /** Go's {@code strconv.ParseBool}; false when unset. */
    private static boolean bool(Map<String, String> env, String setting) {
        return GoBool.fromEnvironment(env, PREFIX + setting);
    }

    /** The bundle's version (bnd writes it next to this class), k6's default being k6's own version. */
    private static String jk6Version() {
        try (InputStream in = OtelConfig.class.getResourceAsStream("jk6-version.txt")) {
            return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "dev";
        }
    }
}
