package io.jk6.grpc;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.google.protobuf.DynamicMessage;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.protobuf.ProtoFileDescriptorSupplier;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.grpc.stub.ServerCalls;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real grpc-java server on 127.0.0.1 serving jk6.test.Echo (see {@link EchoHandlers}) from the hand-written
 * descriptors of {@link EchoProtos}, with server reflection (v1) and the health service. Each reply carries the
 * header {@code x-echo} (the request's {@code x-token}, or {@code none}) and the trailer {@code x-trailer: done}.
 */
final class EchoServer implements BeforeAllCallback, AfterAllCallback {

    private final boolean reflection;
    private final KeyManagerFactory tls;
    private final X509Certificate clientCa;
    private Server server;

    EchoServer(boolean reflection) {
        this(reflection, null, null);
    }

    /**
     * A server speaking TLS with the key and certificate of {@code tls} (null: plaintext), which requires clients
     * to present a certificate signed by {@code clientCa} when that is not null (mutual TLS).
     */
    EchoServer(boolean reflection, KeyManagerFactory tls, X509Certificate clientCa) {
        this.reflection = reflection;
        this.tls = tls;
        this.clientCa = clientCa;
    }

    /** {@code 127.0.0.1:port}, as a script connects to it. */
    String address() {
        return "127.0.0.1:" + server.getPort();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        HealthStatusManager health = new HealthStatusManager();
        health.setStatus("jk6.test.Echo", io.grpc.health.v1.HealthCheckResponse.ServingStatus.SERVING);
        health.setStatus("jk6.test.Down", io.grpc.health.v1.HealthCheckResponse.ServingStatus.NOT_SERVING);
        NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(ServerInterceptors.intercept(echoService(), new EchoMetadata()))
                .addService(health.getHealthService());
        if (reflection) {
            builder.addService(ProtoReflectionServiceV1.newInstance());
        }
        if (tls != null) {
            SslContextBuilder ssl = SslContextBuilder.forServer(tls);
            if (clientCa != null) {
                ssl.trustManager(clientCa).clientAuth(ClientAuth.REQUIRE);
            }
            builder.sslContext(GrpcSslContexts.configure(ssl).build());
        }
        server = builder.build().start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.shutdownNow();
    }

    private static ServerServiceDefinition echoService() {
        ServiceDescriptor service = EchoProtos.ECHO.findServiceByName("Echo");
        io.grpc.ServiceDescriptor.Builder descriptor = io.grpc.ServiceDescriptor.newBuilder(service.getFullName())
                .setSchemaDescriptor((ProtoFileDescriptorSupplier) () -> EchoProtos.ECHO);
        io.grpc.MethodDescriptor<DynamicMessage, DynamicMessage>[] methods = new io.grpc.MethodDescriptor[5];
        for (int i = 0; i < service.getMethods().size(); i++) {
            methods[i] = grpcMethod(service.getMethods().get(i));
            descriptor.addMethod(methods[i]);
        }
        EchoHandlers handlers = new EchoHandlers(EchoProtos.ECHO.findMessageTypeByName("EchoReply"));
        return ServerServiceDefinition.builder(descriptor.build())
                .addMethod(methods[0], ServerCalls.asyncUnaryCall(handlers::say))
                .addMethod(methods[1], ServerCalls.asyncUnaryCall(handlers::fail))
                .addMethod(methods[2], ServerCalls.asyncClientStreamingCall(handlers::collect))
                .addMethod(methods[3], ServerCalls.asyncServerStreamingCall(handlers::repeat))
                .addMethod(methods[4], ServerCalls.asyncBidiStreamingCall(handlers::chat))
                .build();
    }

    private static io.grpc.MethodDescriptor<DynamicMessage, DynamicMessage> grpcMethod(MethodDescriptor method) {
        io.grpc.MethodDescriptor.MethodType type = method.isClientStreaming()
                ? (method.isServerStreaming() ? io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING
                        : io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
                : (method.isServerStreaming() ? io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING
                        : io.grpc.MethodDescriptor.MethodType.UNARY);
        return io.grpc.MethodDescriptor.<DynamicMessage, DynamicMessage>newBuilder().setType(type)
                .setFullMethodName(io.grpc.MethodDescriptor.generateFullMethodName(
                        method.getService().getFullName(), method.getName()))
                .setRequestMarshaller(marshaller(method.getInputType()))
                .setResponseMarshaller(marshaller(method.getOutputType()))
                .build();
    }

    private static io.grpc.MethodDescriptor.Marshaller<DynamicMessage> marshaller(Descriptor type) {
        return ProtoUtils.marshaller(DynamicMessage.getDefaultInstance(type));
    }

    /** The header and trailer every call of Echo gets. */
    private static final class EchoMetadata implements ServerInterceptor {

        private static final Metadata.Key<String> TOKEN = Metadata.Key.of("x-token", Metadata.ASCII_STRING_MARSHALLER);
        private static final Metadata.Key<String> ECHO = Metadata.Key.of("x-echo", Metadata.ASCII_STRING_MARSHALLER);
        private static final Metadata.Key<String> TRAILER = Metadata.Key.of("x-trailer",
                Metadata.ASCII_STRING_MARSHALLER);

        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                ServerCallHandler<Q, R> next) {
            String token = headers.containsKey(TOKEN) ? headers.get(TOKEN) : "none";
            return next.startCall(new SimpleForwardingServerCall<>(call) {
                @Override
                public void sendHeaders(Metadata responseHeaders) {
                    responseHeaders.put(ECHO, token);
                    super.sendHeaders(responseHeaders);
                }

                @Override
                public void close(io.grpc.Status status, Metadata trailers) {
                    trailers.put(TRAILER, "done");
                    super.close(status, trailers);
                }
            }, headers);
        }
    }
}
