package io.jk6.output.opentelemetry;

import io.grpc.Contexts;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerInterceptor;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * A grpc-java server (Netty, plaintext HTTP/2 or TLS) answering OTLP's {@code MetricsService/Export} as a
 * collector does. The messages are OTLP's protobuf classes, carried as bytes: opentelemetry-proto
 * ships no gRPC stubs, and the service is one unary method.
 */
final class OtlpGrpcServer implements AutoCloseable {

    /** Where a decoded request goes, with the call's content type and authorization metadata. */
    interface Sink {
        void accept(ExportMetricsServiceRequest request, String contentType, String authorization);
    }

    private static final String SERVICE = "opentelemetry.proto.collector.metrics.v1.MetricsService";
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final Metadata.Key<String> CONTENT_TYPE = Metadata.Key.of("content-type", Metadata.ASCII_STRING_MARSHALLER);
    private static final io.grpc.Context.Key<Metadata> HEADERS = io.grpc.Context.key("headers");

    private final Server server;

    private OtlpGrpcServer(Server server) {
        this.server = server;
    }

    static OtlpGrpcServer start(Sink sink) throws IOException {
        return start(sink, InsecureServerCredentials.create());
    }

    /** @param credentials TLS (a collector's {@code tls} settings) or plaintext */
    static OtlpGrpcServer start(Sink sink, ServerCredentials credentials) throws IOException {
        MethodDescriptor<byte[], byte[]> export = MethodDescriptor.<byte[], byte[]>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, "Export"))
                .setRequestMarshaller(new Bytes()).setResponseMarshaller(new Bytes()).build();
        ServerServiceDefinition service = ServerServiceDefinition.builder(SERVICE)
                .addMethod(export, ServerCalls.asyncUnaryCall((request, response) -> {
                    Metadata headers = HEADERS.get();
                    try {
                        sink.accept(ExportMetricsServiceRequest.parseFrom(request), headers.get(CONTENT_TYPE),
                                headers.get(AUTHORIZATION));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    response.onNext(ExportMetricsServiceResponse.getDefaultInstance().toByteArray());
                    response.onCompleted();
                })).build();
        ServerInterceptor keepHeaders = new ServerInterceptor() {
            @Override
            public <Q, R> io.grpc.ServerCall.Listener<Q> interceptCall(io.grpc.ServerCall<Q, R> call, Metadata headers,
                    io.grpc.ServerCallHandler<Q, R> next) {
                return Contexts.interceptCall(io.grpc.Context.current().withValue(HEADERS, headers), call, headers, next);
            }
        };
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0), credentials)
                .addService(ServerInterceptors.intercept(service, keepHeaders)).build().start();
        return new OtlpGrpcServer(server);
    }

    int port() {
        return server.getPort();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    /** A message as its bytes: the test decodes it with OTLP's protobuf classes. */
    private static final class Bytes implements MethodDescriptor.Marshaller<byte[]> {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
