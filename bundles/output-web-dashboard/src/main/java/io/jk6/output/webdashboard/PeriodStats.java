package io.jk6.output.webdashboard;

import io.jk6.api.metrics.Sample;

/**
 * What one period adds to the charts, for the whole run or one scenario: requests, their durations,
 * failures, checks, iterations and bytes, from k6's built-in metrics. Rates are per second of the
 * period; a period without a value of a kind gives no point (JSON null) rather than a zero.
 */
final class PeriodStats {

    private double requests;
    private final Distribution duration = new Distribution();
    private long failed;
    private long failedCount;
    private long checksPassed;
    private long checksCount;
    private double iterations;
    private double sent;
    private double received;

    /** Takes the sample when it is one of the charted metrics; ignores it otherwise. */
    void add(Sample sample) {
        double v = sample.value();
        switch (sample.metric().name()) {
            case "http_reqs" -> requests += v;
            case "http_req_duration" -> duration.add(v);
            case "http_req_failed" -> {
                failedCount++;
                failed += v != 0 ? 1 : 0;
            }
            case "checks" -> {
                checksCount++;
                checksPassed += v != 0 ? 1 : 0;
            }
            case "iterations" -> iterations += v;
            case "data_sent" -> sent += v;
            case "data_received" -> received += v;
            default -> {
                // not charted: the metrics table has every metric
            }
        }
    }

    /** The point's members for this period of {@code seconds}. */
    void write(JsonText json, double seconds) {
        json.member("reqs", requests / seconds)
                .member("dAvg", duration.avg())
                .member("d90", duration.percentile(90))
                .member("d95", duration.percentile(95))
                .member("d99", duration.percentile(99))
                .member("failed", failedCount == 0 ? Double.NaN : (double) failed / failedCount)
                .member("checks", checksCount == 0 ? Double.NaN : (double) checksPassed / checksCount)
                .member("iters", iterations / seconds)
                .member("sent", sent / seconds)
                .member("recv", received / seconds);
    }
}
