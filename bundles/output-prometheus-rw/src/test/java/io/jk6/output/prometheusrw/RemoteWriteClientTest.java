package io.jk6.output.prometheusrw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a tiny HTTP server on 127.0.0.1: headers as k6 sends them, the body decoded back. */
class RemoteWriteClientTest {

    private record Received(String method, String path, Headers headers, byte[] body) {
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/write", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private RemoteWriteClient client(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("K6_PROMETHEUS_RW_SERVER_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/write");
        return new RemoteWriteClient(PrometheusRwConfig.of(all));
    }

    private Received next() throws InterruptedException {
        Received request = received.poll(10, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    @Test
    void aBatchIsSnappyProtobufWithTheRemoteWriteHeaders() throws Exception {
        List<TimeSeries> series = List.of(
                new TimeSeries(List.of(new TimeSeries.Label("__name__", "k6_orders_total"),
                        new TimeSeries.Label("shop", "a b")), 400, 1_700_000_000_123L),
                new TimeSeries(List.of(new TimeSeries.Label("__name__", "k6_vus")), 0, 1_700_000_000_124L),
                new TimeSeries(List.of(new TimeSeries.Label("__name__", "k6_wait_p99")), SeriesStore.STALE_NAN, 5));

        RemoteWriteClient client = client(Map.of());
        client.store(series);
        client.close();

        Received request = next();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.headers().getFirst("Content-Encoding")).isEqualTo("snappy");
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/x-protobuf");
        assertThat(request.headers().getFirst("X-Prometheus-Remote-Write-Version")).isEqualTo("0.1.0");
        assertThat(request.headers().getFirst("User-Agent")).isEqualTo("k6-prometheus-rw-output");
        assertThat(request.headers().containsKey("Authorization")).isFalse();
        List<TimeSeries> decoded = WriteRequestDecoder.decode(request.body());
        assertThat(decoded).isEqualTo(series);
        assertThat(Double.doubleToRawLongBits(decoded.get(2).value())).as("the stale marker's very bits")
                .isEqualTo(0x7ff0000000000002L);
    }

    @Test
    void theWireBytesAreProtobufsOwn() {
        // WriteRequest{timeseries: {labels: {name: "a", value: "b"}, samples: {value: 1.0, timestamp: 2}}}
        byte[] message = WriteRequest.protobuf(List.of(new TimeSeries(List.of(new TimeSeries.Label("a", "b")), 1, 2)));

        assertThat(message).containsExactly(0x0a, 0x15, 0x0a, 0x06, 0x0a, 0x01, 'a', 0x12, 0x01, 'b',
                0x12, 0x0b, 0x09, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0x10, 0x02);
    }

    @Test
    void aHistogramsWireBytesAreProtobufsOwn() {
        // TimeSeries{labels: {a: b}, histograms: {count_int: 1, sum: 1.0, schema: 3, zero_threshold: 2^-128,
        //     zero_count_int: 0, positive_spans: {offset: 0, length: 1}, positive_deltas: [1], timestamp: 2}}
        NativeHistogram histogram = new NativeHistogram();
        histogram.add(1);
        byte[] message = WriteRequest.protobuf(List.of(new TimeSeries(List.of(new TimeSeries.Label("a", "b")),
                histogram.snapshot(), 2)));

        assertThat(message).containsExactly(0x0a, 0x2b, 0x0a, 0x06, 0x0a, 0x01, 'a', 0x12, 0x01, 'b',
                0x22, 0x21,
                0x08, 0x01, // count_int 1
                0x19, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, // sum 1.0
                0x20, 0x06, // schema 3, zigzag
                0x29, 0, 0, 0, 0, 0, 0, 0xf0, 0x37, // zero_threshold 2^-128
                0x30, 0x00, // zero_count_int 0, a oneof: sent though zero
                0x5a, 0x02, 0x10, 0x01, // positive span: offset 0 (left out), length 1
                0x62, 0x01, 0x02, // positive deltas, packed: [1] zigzag
                0x78, 0x02); // timestamp 2
    }

    @Test
    void histogramsAndFloatsDecodeBackAsSent() throws Exception {
        NativeHistogram histogram = new NativeHistogram();
        for (double value : new double[] {0.001, 0.1, 0.099, 0, -3, 1e6, 0.25, 0.25}) {
            histogram.add(value);
        }
        NativeHistogram empty = new NativeHistogram();
        List<TimeSeries> series = List.of(
                new TimeSeries(List.of(new TimeSeries.Label("__name__", "k6_wait_seconds")), histogram.snapshot(),
                        1_700_000_000_123L),
                new TimeSeries(List.of(new TimeSeries.Label("__name__", "k6_none")), empty.snapshot(), 7),
                new TimeSeries(List.of(new TimeSeries.Label("__name__", "k6_vus")), 3, 8));

        assertThat(WriteRequestDecoder.decode(WriteRequest.body(series))).isEqualTo(series);
    }

    @Test
    void basicAuthHeadersAndTheBearerTokenAreSent() throws Exception {
        RemoteWriteClient client = client(Map.of("K6_PROMETHEUS_RW_USERNAME", "k6", "K6_PROMETHEUS_RW_PASSWORD", "pw",
                "K6_PROMETHEUS_RW_HEADERS_X-Scope-OrgID", "tenant", "K6_PROMETHEUS_RW_HTTP_HEADERS",
                "Content-Type:text/plain"));
        client.store(List.of(new TimeSeries(List.of(new TimeSeries.Label("__name__", "k6_x")), 1, 1)));
        Received basic = next();
        assertThat(basic.headers().getFirst("Authorization")).isEqualTo("Basic azY6cHc=");
        assertThat(basic.headers().getFirst("X-Scope-OrgID")).isEqualTo("tenant");
        assertThat(basic.headers().getFirst("Content-Type")).as("the specification's header wins")
                .isEqualTo("application/x-protobuf");
        client.close();

        RemoteWriteClient bearer = client(Map.of("K6_PROMETHEUS_RW_USERNAME", "k6", "K6_PROMETHEUS_RW_BEARER_TOKEN", "t0k"));
        bearer.store(List.of(new TimeSeries(List.of(new TimeSeries.Label("__name__", "k6_x")), 1, 1)));
        assertThat(next().headers().getFirst("Authorization")).isEqualTo("Bearer t0k");
        bearer.close();
    }

    @Test
    void anAnswerOtherThan2xxIsAnErrorInK6sWords() {
        status.set(400);
        RemoteWriteClient client = client(Map.of());

        assertThatThrownBy(() -> client.store(List.of(new TimeSeries(List.of(new TimeSeries.Label("__name__", "k6_x")),
                1, 1)))).hasMessage("got status code: 400 instead expected a 2xx successful status code");
        client.close();
    }

    @Test
    void aHeaderJavaCannotSendFailsBeforeTheTest() {
        assertThatThrownBy(() -> client(Map.of("K6_PROMETHEUS_RW_HEADERS_Host", "elsewhere")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Host");
    }
}
