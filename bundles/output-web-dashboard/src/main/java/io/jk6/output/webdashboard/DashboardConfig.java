package io.jk6.output.webdashboard;

import io.jk6.support.GoBool;
import io.jk6.support.GoDuration;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard's settings, consolidated as k6's web dashboard does: defaults, then the
 * {@code K6_WEB_DASHBOARD_*} variables, then the {@code --out web-dashboard=ARG} argument, a query
 * string ({@code port=5665&host=0.0.0.0&period=2s&open&export=report.html}) whose non-empty values win.
 *
 * @param host   where the server listens; {@code 127.0.0.1} unless told otherwise (k6 listens on every
 *               interface), an empty host means every interface as in k6
 * @param port   the server's port; 0 for any free one, negative for no server (k6's {@code -1})
 * @param period how often the page gets a new point
 * @param open   whether the user asked for a browser (jk6 prints the address instead)
 * @param export where the self-contained HTML report is written at the end; empty for none
 */
record DashboardConfig(String host, int port, Duration period, boolean open, String export) {

    static final String PREFIX = "K6_WEB_DASHBOARD_";
    static final int DEFAULT_PORT = 5665;
    static final DashboardConfig DEFAULTS = new DashboardConfig("127.0.0.1", DEFAULT_PORT, Duration.ofSeconds(10),
            false, "");

    /** Whether the live page is served at all ({@code K6_WEB_DASHBOARD_PORT=-1} turns it off, e.g. in CI). */
    boolean serves() {
        return port >= 0;
    }

    /** The page's address as a user types it: an empty (every interface) host is reached on 127.0.0.1. */
    String url(int boundPort) {
        String shown = host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + boundPort;
    }

    /**
     * @param warnings where settings jk6 reads but does not act on are reported
     * @throws IllegalArgumentException a setting that cannot be used, named in the message
     */
    static DashboardConfig of(Map<String, String> env, String argument, System.Logger warnings) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String key : new String[] {"host", "port", "period", "open", "report", "export", "record", "tags"}) {
            String name = PREFIX + key.toUpperCase(java.util.Locale.ROOT);
            if (env.containsKey(name)) {
                settings.put(key, env.get(name));
            }
        }
        DashboardConfig config = DEFAULTS.with(settings, PREFIX, true, warnings);
        if (argument.isEmpty()) {
            return config;
        }
        return config.with(query(argument), "--out web-dashboard=", false, warnings);
    }

    /** Go's {@code url.ParseQuery}, first value of a key kept: {@code a=1&b&c=x%20y}. */
    private static Map<String, String> query(String argument) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : argument.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq), argument);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), argument);
            values.putIfAbsent(key, value);
        }
        return values;
    }

    private static String decode(String text, String argument) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid argument \"" + argument + "\": " + e.getMessage(), e);
        }
    }

    /**
     * This config with {@code settings} over it. From the environment every given value counts (an
     * empty host means every interface, an empty {@code OPEN} false); from the argument only
     * non-empty ones do, as in k6, and {@code open} given without a value means true.
     */
    private DashboardConfig with(Map<String, String> settings, String source, boolean fromEnv, System.Logger warnings) {
        String newHost = host;
        int newPort = port;
        Duration newPeriod = period;
        boolean newOpen = open;
        String newExport = export;
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String key = e.getKey();
            String value = e.getValue();
            String setting = fromEnv ? source + key.toUpperCase(java.util.Locale.ROOT) : source + key;
            if (value.isEmpty() && !fromEnv && !key.equals("open")) {
                continue;
            }
            switch (key) {
                case "host" -> newHost = value;
                case "port" -> newPort = port(setting, value);
                case "period" -> newPeriod = GoDuration.positive(setting, value);
                case "open" -> newOpen = value.isEmpty() ? !fromEnv : GoBool.parse(setting, value);
                // report is k6's older name of export; export wins when both are given
                case "export" -> newExport = value;
                case "report" -> {
                    if (!settings.containsKey("export")) {
                        newExport = value;
                    }
                }
                case "record" -> throw new IllegalArgumentException(setting + ": jk6's web dashboard does not record"
                        + " events to a file; use K6_WEB_DASHBOARD_EXPORT for a report, or --out json for every sample");
                case "tag", "tags" -> warnings.log(System.Logger.Level.WARNING, setting + " is ignored: jk6's web"
                        + " dashboard shows the whole run and each scenario, not values by other tags");
                default -> warnings.log(System.Logger.Level.WARNING, "web-dashboard: unknown setting \"" + key
                        + "\" in " + source + " is ignored");
            }
        }
        return new DashboardConfig(newHost, newPort, newPeriod, newOpen, newExport);
    }

    private static int port(String setting, String value) {
        int p;
        try {
            p = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting + ": \"" + value + "\" is not a port number (5665, 0 for any"
                    + " free port, -1 for no server)", e);
        }
        if (p > 65535) {
            throw new IllegalArgumentException(setting + ": port " + p + " is beyond 65535");
        }
        return p;
    }
}
