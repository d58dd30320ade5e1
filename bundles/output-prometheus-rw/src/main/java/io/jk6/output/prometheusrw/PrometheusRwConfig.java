package io.jk6.output.prometheusrw;

import io.jk6.support.GoBool;
import io.jk6.support.GoDuration;
import io.jk6.support.tls.ClientTls;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The output's settings, consolidated as k6 does: defaults, then the {@code K6_PROMETHEUS_RW_*}
 * variables. k6 ignores the {@code --out experimental-prometheus-rw=ARG} argument (its parser
 * for it is commented out), and so does jk6.
 *
 * @param serverUrl     the remote write endpoint
 * @param username      basic auth's user; null: no basic auth (an empty one is still sent, as k6)
 * @param headers       sent with every request (after basic auth, before the bearer token)
 * @param tls12         {@code K6_PROMETHEUS_RW_TLS_MINIMUM_VERSION=1.2}; else TLS 1.3 at least, as k6
 * @param trendStats    the stats sent for each trend series, as gauges
 * @param trendAsNativeHistogram each trend series as one Prometheus native histogram instead of
 *                      gauges of {@code trendStats} (which are still checked, as k6 does)
 * @param staleMarkers  at the end, mark every series stale so it ends at once in Prometheus
 * @param tls           insecure skip verify and the client certificate ({@link RemoteWriteTls}); null: the JDK's
 *                      default TLS
 */
record PrometheusRwConfig(String serverUrl, String username, String password, String bearerToken,
        Map<String, String> headers, boolean insecureSkipTlsVerify, boolean tls12, Duration pushInterval,
        List<TrendStat> trendStats, boolean trendAsNativeHistogram, boolean staleMarkers, ClientTls tls) {

    static final String DEFAULT_SERVER_URL = "http://localhost:9090/api/v1/write";
    static final Duration DEFAULT_PUSH_INTERVAL = Duration.ofSeconds(5);
    static final List<String> DEFAULT_TREND_STATS = List.of("p(99)");

    private static final String PREFIX = "K6_PROMETHEUS_RW_";
    private static final String HEADER_PREFIX = PREFIX + "HEADERS_";

    /** k6 settings jk6 does not have yet: refused rather than silently ignored. */
    private static final List<String> UNSUPPORTED = List.of("SIGV4_REGION", "SIGV4_ACCESS_KEY", "SIGV4_SECRET_KEY");

    /** @throws IllegalArgumentException a setting that cannot be used, in k6's words or naming the variable */
    static PrometheusRwConfig of(Map<String, String> env) {
        String url = env.getOrDefault(PREFIX + "SERVER_URL", DEFAULT_SERVER_URL);
        checkUrl(url);
        Duration pushInterval = DEFAULT_PUSH_INTERVAL;
        String interval = env.get(PREFIX + "PUSH_INTERVAL");
        if (interval != null && !interval.isEmpty()) { // k6: an empty duration is no setting
            pushInterval = duration(PREFIX + "PUSH_INTERVAL", interval);
        }
        for (String setting : UNSUPPORTED) {
            if (!env.getOrDefault(PREFIX + setting, "").isEmpty()) {
                throw new IllegalArgumentException(PREFIX + setting + ": jk6's experimental-prometheus-rw output"
                        + " does not support sigv4 (AWS request signing) yet");
            }
        }
        String stats = env.get(PREFIX + "TREND_STATS");
        List<String> trendStats = stats == null ? DEFAULT_TREND_STATS : Arrays.asList(stats.split(",", -1));
        boolean insecure = bool(env, "INSECURE_SKIP_TLS_VERIFY");
        List<TrendStat> parsedStats = TrendStat.parse(trendStats);
        return new PrometheusRwConfig(url, env.get(PREFIX + "USERNAME"), env.getOrDefault(PREFIX + "PASSWORD", ""),
                env.getOrDefault(PREFIX + "BEARER_TOKEN", ""), headers(env), insecure,
                "1.2".equals(env.get(PREFIX + "TLS_MINIMUM_VERSION")), pushInterval, parsedStats,
                bool(env, "TREND_AS_NATIVE_HISTOGRAM"), bool(env, "STALE_MARKERS"), RemoteWriteTls.of(env, insecure));
    }

    /** {@code K6_PROMETHEUS_RW_HEADERS_<NAME>=value}, then {@code K6_PROMETHEUS_RW_HTTP_HEADERS=k:v,k2:v2}. */
    private static Map<String, String> headers(Map<String, String> env) {
        Map<String, String> headers = new LinkedHashMap<>();
        new TreeMap<>(env).forEach((name, value) -> {
            if (name.startsWith(HEADER_PREFIX)) {
                headers.put(name.substring(HEADER_PREFIX.length()), value);
            }
        });
        String list = env.get(PREFIX + "HTTP_HEADERS");
        if (list != null) {
            for (String pair : list.split(",", -1)) {
                String[] header = pair.split(":", -1);
                if (header.length != 2) {
                    throw new IllegalArgumentException("parse environment variables options failed: the provided header ("
                            + pair + ") does not respect the expected format <header key>:<value>");
                }
                headers.put(header[0], header[1]);
            }
        }
        return Map.copyOf(headers);
    }

    /** Go's {@code strconv.ParseBool}; false when unset. */
    private static boolean bool(Map<String, String> env, String setting) {
        return GoBool.fromEnvironment(env, PREFIX + setting);
    }

    private static Duration duration(String setting, String value) {
        Duration duration;
        try {
            duration = GoDuration.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parse environment variables options failed: " + setting + ": "
                    + e.getMessage(), e);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(setting + ": the push interval must be positive, not " + value);
        }
        return duration;
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new URISyntaxException(url, "an http:// or https:// URL with a host is expected");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("failed to initialize the Prometheus remote write client: "
                    + PREFIX + "SERVER_URL: " + e.getMessage(), e);
        }
    }
}
