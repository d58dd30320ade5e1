package io.jk6.output.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collector that fails every export with a status worth trying again (503): each export is sent
 * three times in all, as jk6's other outputs try a write, and then logged once; the run ends with
 * its summary and exit code 0.
 */
class OtelRetryRunTest {

    @TempDir
    Path dir;

    @Test
    void anExportTheCollectorAnswers503IsTriedThreeTimesThenLoggedOnce() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        HttpServer collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/v1/metrics", exchange -> {
            attempts.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        collector.start();
        try {
            RunRecord run = ScriptRun.of(dir, """
                    export const options = { iterations: 2 };
                    export default function () { }
                    """)
                    .env("K6_OTEL_EXPORTER_PROTOCOL", "http/protobuf")
                    .env("K6_OTEL_HTTP_EXPORTER_ENDPOINT", "127.0.0.1:" + collector.getAddress().getPort())
                    .env("K6_OTEL_HTTP_EXPORTER_INSECURE", "true")
                    .env("K6_OTEL_EXPORT_INTERVAL", "1h") // one export: the last, when the run stops
                    .output("opentelemetry", new OtelOutputFactory())
                    .run();

            long failedExports = run.log().lines().filter(l -> l.contains("Failed to export metrics")).count();
            assertThat(run.exitCode()).as(run.log()).isZero();
            assertThat(run.completeIterations()).isEqualTo(2);
            assertThat(failedExports).as(run.log()).isPositive();
            assertThat(attempts.get()).as("each failed export sent three times in all (the SDK's default is five)")
                    .isEqualTo(3 * failedExports);
        } finally {
            collector.stop(0);
        }
    }
}
