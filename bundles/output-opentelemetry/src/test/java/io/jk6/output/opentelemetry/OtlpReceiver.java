package io.jk6.output.opentelemetry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.grpc.InsecureServerCredentials;
import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import io.jk6.testing.SelfSignedTls;
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
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * An OTLP metrics receiver on 127.0.0.1, as a collector's {@code otlp} receiver: over HTTP
 * ({@link #start()}: {@code POST /v1/metrics} with an {@code application/x-protobuf}
 * {@code ExportMetricsServiceRequest}, answered 200) or gRPC ({@link #startGrpc()}: the
 * {@code MetricsService/Export} call), each in plaintext or over TLS, needing a client certificate or
 * not, as a collector's {@code tls} settings. It keeps each request decoded. No collector installs here,
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

    /**
     * A receiver of OTLP/HTTP over TLS (HTTPS), presenting {@code tls}'s certificate.
     *
     * @param client    non-null: the only client certificate accepted, and one is required
     * @param protocols the TLS versions it speaks ({@code TLSv1.2}...); none: the JDK's
     */
    static OtlpReceiver startTls(SelfSignedTls tls, SelfSignedTls client, String... protocols) throws Exception {
        OtlpReceiver receiver = new OtlpReceiver();
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        SSLContext context = client == null ? tls.serverContext() : tls.serverContext(client);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = context.getDefaultSSLParameters();
                parameters.setNeedClientAuth(client != null);
                if (protocols.length > 0) {
                    parameters.setProtocols(protocols);
                }
                params.setSSLParameters(parameters);
            }
        });
        server.createContext("/v1/metrics", receiver::receive);
        server.start();
        receiver.transport = () -> server.stop(0);
        receiver.port = server.getAddress().getPort();
        return receiver;
    }

    /** A receiver of OTLP/gRPC (plaintext HTTP/2). */
    static OtlpReceiver startGrpc() throws IOException {
        return startGrpc(InsecureServerCredentials.create());
    }

    /**
     * A receiver of OTLP/gRPC over TLS, presenting {@code tls}'s certificate.
     *
     * @param client non-null: the only client certificate accepted, and one is required
     */
    static OtlpReceiver startGrpcTls(SelfSignedTls tls, SelfSignedTls client) throws Exception {
        TlsServerCredentials.Builder credentials = TlsServerCredentials.newBuilder()
                .keyManager(keyManagers(tls));
        if (client != null) {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(client.keyStore());
            credentials.trustManager(trust.getTrustManagers()).clientAuth(TlsServerCredentials.ClientAuth.REQUIRE);
        }
        return startGrpc(credentials.build());
    }

    private static KeyManager[] keyManagers(SelfSignedTls tls) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(tls.keyStore(), "changeit".toCharArray());
        return keys.getKeyManagers();
    }

    private static OtlpReceiver startGrpc(ServerCredentials credentials) throws IOException {
        OtlpReceiver receiver = new OtlpReceiver();
        OtlpGrpcServer server = OtlpGrpcServer.start(receiver::record, credentials);
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
