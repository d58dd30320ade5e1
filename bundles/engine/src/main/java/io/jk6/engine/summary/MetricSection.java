package io.jk6.engine.summary;

import java.util.List;

/**
 * The headings k6's compact summary groups metrics under, in the order it prints them (custom
 * metrics first). Built-in metrics are recognised by name prefix, exactly as k6 does.
 */
public enum MetricSection {
    CUSTOM("CUSTOM"),
    HTTP("HTTP"),
    EXECUTION("EXECUTION"),
    NETWORK("NETWORK"),
    BROWSER("BROWSER"),
    WEB_VITALS("WEB_VITALS"),
    GRPC("GRPC"),
    WEBSOCKET("WEBSOCKET");

    private static final List<String> HTTP_METRICS = List.of("http_reqs", "http_req_failed", "http_req_duration",
            "http_req_blocked", "http_req_connecting", "http_req_tls_handshaking", "http_req_sending",
            "http_req_waiting", "http_req_receiving");
    private static final List<String> EXECUTION_METRICS = List.of("vus", "vus_max", "iterations",
            "iteration_duration", "dropped_iterations");
    private static final List<String> NETWORK_METRICS = List.of("data_sent", "data_received");
    private static final List<String> COMPACT_SKIPPED = List.of("checks", "group_duration", "http_req_blocked",
            "http_req_connecting", "http_req_receiving", "http_req_sending", "http_req_tls_handshaking",
            "http_req_waiting");

    private static final List<String> FULL_SKIPPED = List.of("checks", "group_duration");

    private final String title;

    MetricSection(String title) {
        this.title = title;
    }

    /** The heading as printed. */
    public String title() {
        return title;
    }

    /** The section of a metric or sub-metric name. */
    public static MetricSection of(String name) {
        if (startsWithAny(name, HTTP_METRICS)) {
            return HTTP;
        }
        if (startsWithAny(name, EXECUTION_METRICS)) {
            return EXECUTION;
        }
        if (startsWithAny(name, NETWORK_METRICS)) {
            return NETWORK;
        }
        if (name.startsWith("browser_web_vital_")) {
            return WEB_VITALS;
        }
        if (name.startsWith("browser_")) {
            return BROWSER;
        }
        if (name.startsWith("grpc_")) {
            return GRPC;
        }
        if (name.startsWith("ws_")) {
            return WEBSOCKET;
        }
        return CUSTOM;
    }

    /**
     * Whether the compact summary leaves the metric out: the raw checks metric (shown as
     * checks_total/succeeded/failed instead), group_duration and the HTTP timing breakdown.
     */
    public static boolean hiddenInCompactMode(String name) {
        return startsWithAny(name, COMPACT_SKIPPED);
    }

    /**
     * Whether the full summary leaves the metric out: the raw checks metric and group_duration
     * (k6 shows neither in any mode; the group sections stand for group_duration).
     */
    public static boolean hiddenInFullMode(String name) {
        return startsWithAny(name, FULL_SKIPPED);
    }

    // k6 matches by prefix, so sub-metrics follow their parent (and so do look-alike names).
    private static boolean startsWithAny(String name, List<String> prefixes) {
        for (String p : prefixes) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
