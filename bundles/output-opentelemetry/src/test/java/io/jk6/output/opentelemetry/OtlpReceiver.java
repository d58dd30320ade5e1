package io.jk6.output.opentelemetry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP metrics receiver on 127.0.0.1, as a collector's {@code otlp} receiver: over HTTP
 * ({@link #start()}: {@code POST /v1/metrics} with an {@code application/x-protobuf}
 * {@code ExportMetricsServiceRequest}, answered 200) or gRPC ({@link #startGrpc()}: the
 * {@code MetricsService/Export} call). It keeps each request decoded. No collector installs here,
 * so the tests bring their own.
 */
final class OtlpReceiver implements AutoCloseable {

    private final List<ExportMetricsServiceRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private AutoCloseable transport;
    private int port;

    private OtlpReceiver() {
    }

    /** A receiver of OTLP/HTTP. */
    static OtlpReceiver start() throws IOException {
        OtlpReceiver receiver = new OtlpReceiver();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/metrics", receiver::receive);
        server.start();
        receiver.transport = () -> server.stop(0);
        receiver.port = server.getAddress().getPort();
        return receiver;
    }

    /** A receiver of OTLP/gRPC (plaintext HTTP/2). */
    static OtlpReceiver startGrpc() throws IOException {
        OtlpReceiver receiver = new OtlpReceiver();
        OtlpGrpcServer server = OtlpGrpcServer.start(receiver::record);
        receiver.transport = server;
        receiver.port = server.port();
        return receiver;
    }

    /** {@code K6_OTEL_HTTP_EXPORTER_ENDPOINT} or {@code K6_OTEL_GRPC_EXPORTER_ENDPOINT}: host and port, no scheme. */
    String endpoint() {
        return "127.0.0.1:" + port;
    }

    /** One request as it arrived: decoded, with its content type and authorization (header or gRPC metadata). */
    void record(ExportMetricsServiceRequest request, String contentType, String authorization) {
        requests.add(request);
        contentTypes.add(String.valueOf(contentType));
        authorizations.add(String.valueOf(authorization));
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            record(ExportMetricsServiceRequest.parseFrom(body.readAllBytes()),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] response = ExportMetricsServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, response.length);
            exchange.getResponseBody().write(response);
        }
    }

    List<ExportMetricsServiceRequest> requests() {
        return List.copyOf(requests);
    }

    List<String> contentTypes() {
        return List.copyOf(contentTypes);
    }

    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** The metric of that name in the latest request holding it (cumulative: the latest has the totals). */
    Optional<Metric> latest(String name) {
        List<ExportMetricsServiceRequest> all = requests();
        for (int i = all.size() - 1; i >= 0; i--) {
            for (ResourceMetrics resource : all.get(i).getResourceMetricsList()) {
                for (ScopeMetrics scope : resource.getScopeMetricsList()) {
                    for (Metric metric : scope.getMetricsList()) {
                        if (metric.getName().equals(name)) {
                            return Optional.of(metric);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    static Map<String, String> attributes(List<KeyValue> attributes) {
        return attributes.stream().collect(Collectors.toMap(KeyValue::getKey, kv -> kv.getValue().getStringValue()));
    }

    /** A sum's points added up: the total over every series. */
    static double total(Metric sum) {
        return sum.getSum().getDataPointsList().stream()
                .mapToDouble(p -> p.getValueCase() == NumberDataPoint.ValueCase.AS_INT ? p.getAsInt() : p.getAsDouble())
                .sum();
    }

    @Override
    public void close() throws Exception {
        transport.close();
    }
}
