package io.jk6.output.webdashboard;

import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.OutputParams;
import io.jk6.api.output.PeriodicFlusher;
import io.jk6.api.output.WithThresholds;
import java.io.IOException;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * k6's web dashboard: every period the samples since the last one become a point of the charts and
 * update the run's totals and thresholds; the live page gets them as an event, and at the end the
 * self-contained report is written. Samples are only buffered on the dispatcher's thread; all the
 * aggregation happens on the flusher's.
 */
final class WebDashboardOutput implements WithThresholds {

    private final OutputParams params;
    private final DashboardConfig config;
    private final DashboardPage page;
    /**
     * Guards the aggregator: samples are added as they arrive (the dispatcher's thread), a period is
     * closed by the flusher. Buffered until the period's end, as before, ten seconds of a busy test
     * outgrew the buffer's million samples and the dashboard counted fewer requests than were made.
     */
    private final Object aggregating = new Object();
    private final List<Threshold> thresholds = new ArrayList<>();
    private final ReportFile report;
    private RunAggregator aggregator;
    private long startMillis;
    private DashboardServer server;
    private PeriodicFlusher flusher;
    private volatile boolean stopping;
    // The state the page draws is the points, which only grow, and the rest (totals, verdicts), which
    // changes each period: the points are appended once, the rest written anew; a request joins them.
    private final StringBuilder points = new StringBuilder(); // guarded by itself
    private volatile String rest;

    WebDashboardOutput(OutputParams params, DashboardConfig config) {
        this.params = params;
        this.config = config;
        this.page = new DashboardPage(params.scriptPath().getFileName().toString());
        this.report = config.export().isEmpty() ? null : new ReportFile(params.workingDirectory(), config.export());
    }

    @Override
    public String description() {
        if (!config.serves()) {
            return "web-dashboard";
        }
        return config.port() == 0 ? "web-dashboard (" + config.host() + ", a free port)" : "web-dashboard " + config.url(config.port());
    }

    @Override
    public void setThresholds(Map<String, List<String>> byMetric) {
        byMetric.forEach((metric, expressions) -> expressions.forEach(expression -> {
            try {
                thresholds.add(Threshold.parse(metric, expression));
            } catch (IllegalArgumentException e) {
                params.logger().log(System.Logger.Level.WARNING, "web-dashboard: " + e.getMessage()
                        + "; the dashboard does not show it");
            }
        }));
    }

    @Override
    public void start() throws IOException {
        if (report != null) {
            report.checkWritable();
        }
        startMillis = System.currentTimeMillis();
        aggregator = new RunAggregator(startMillis, thresholds);
        rest = rest(startMillis, false);
        if (config.serves()) {
            server = listen();
        }
        flusher = PeriodicFlusher.start(config.period(), this::flush);
    }

    private DashboardServer listen() throws IOException {
        String address = (config.host().isEmpty() ? "every interface" : config.host()) + ", port " + config.port();
        DashboardServer started;
        try {
            started = DashboardServer.start(config.host(), config.port(), this::state, page);
        } catch (BindException e) {
            String why = "cannot listen on " + address + " (" + e.getMessage() + "): set K6_WEB_DASHBOARD_PORT to a free"
                    + " port, 0 for any, or -1 for no live page";
            if (config.port() != DashboardConfig.DEFAULT_PORT) {
                throw new IOException(why, e);
            }
            // as k6: the default port taken (another test's dashboard, say) costs the live page, not the run
            params.logger().log(System.Logger.Level.WARNING, "web-dashboard " + why + "; the test goes on without it");
            return null;
        } catch (IOException e) {
            throw new IOException("cannot listen on " + address + " (K6_WEB_DASHBOARD_HOST, K6_WEB_DASHBOARD_PORT): "
                    + e.getMessage(), e);
        }
        String url = config.url(started.port());
        params.logger().log(System.Logger.Level.INFO, "web dashboard: " + url);
        if (config.open()) {
            params.logger().log(System.Logger.Level.INFO, "K6_WEB_DASHBOARD_OPEN: jk6 opens no browser itself;"
                    + " open " + url + " in yours");
        }
        return started;
    }

    @Override
    public void addMetricSamples(List<SampleContainer> samples) {
        synchronized (aggregating) {
            aggregator.add(samples);
        }
    }

    /** On the flusher's thread only. */
    private void flush() {
        long now = System.currentTimeMillis();
        String point;
        synchronized (aggregating) {
            // the fraction of a period left at the end is a point only when long enough to mean something
            // (a few requests in 50 ms would chart as a spike); its samples count in the totals anyway
            boolean charted = !points.isEmpty();
            if (stopping && charted && now - aggregator.periodStartMillis() < config.period().toMillis() / 2) {
                return;
            }
            point = aggregator.closePeriod(now);
            synchronized (points) {
                points.append(charted ? "," : "").append(point);
            }
            rest = rest(now, false);
        }
        if (server != null) {
            server.broadcast("point", "{\"point\":" + point + "," + rest + "}");
        }
    }

    @Override
    public void stop() throws IOException {
        stopping = true;
        flusher.stop(); // the last period, on the flusher's thread
        synchronized (aggregating) {
            rest = rest(System.currentTimeMillis(), true);
        }
        String last = state();
        try {
            if (report != null) {
                report.write(page.report(last));
                params.logger().log(System.Logger.Level.INFO, "web dashboard report: " + report.path());
            }
        } finally {
            if (server != null) {
                server.broadcast("end", last);
                server.close();
            }
        }
    }

    /** The page's state: {@code {"points":[...],"meta":{...},"scenarios":[...],...}}. */
    private String state() {
        synchronized (points) {
            return "{\"points\":[" + points + "]," + rest + "}";
        }
    }

    /** The state but its points, as members of an object. */
    private String rest(long nowMillis, boolean ended) {
        JsonText json = new JsonText();
        json.key("meta").beginObject()
                .member("script", params.scriptPath().getFileName().toString())
                .member("started", startMillis)
                .member("period", config.period().toMillis() / 1000.0)
                .member("ended", ended)
                .endObject();
        aggregator.writeTo(json, nowMillis);
        return json.toString();
    }
}
