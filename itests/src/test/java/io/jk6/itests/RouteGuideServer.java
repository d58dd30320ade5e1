package io.jk6.itests;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Label;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.google.protobuf.DynamicMessage;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.ProtoFileDescriptorSupplier;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.grpc.stub.ServerCalls;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server k6's gRPC examples talk to (k6's internal/lib/testutils/grpcservice): main.FeatureExplorer and
 * main.RouteGuide of compat/grpc/route_guide.proto, with server reflection, on 127.0.0.1, in this framework's
 * JVM. grpc-java and protobuf-java are embedded in the test bundle (tests.bnd). Its descriptors are written
 * out here, not parsed by jk6, so the scripts' .proto and the server meet only on the wire.
 */
final class RouteGuideServer implements BeforeAllCallback, AfterAllCallback {

    static final FileDescriptor FILE = file();

    private Server server;

    String address() {
        return "127.0.0.1:" + server.getPort();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        RouteGuideHandlers handlers = new RouteGuideHandlers(FILE);
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(service("FeatureExplorer", (builder, methods) -> builder
                        .addMethod(methods[0], ServerCalls.asyncUnaryCall(handlers::getFeature))
                        .addMethod(methods[1], ServerCalls.asyncServerStreamingCall(handlers::listFeatures))))
                .addService(service("RouteGuide", (builder, methods) -> builder
                        .addMethod(methods[0], ServerCalls.asyncClientStreamingCall(handlers::recordRoute))
                        .addMethod(methods[1], ServerCalls.asyncBidiStreamingCall(handlers::routeChat))))
                .addService(ProtoReflectionServiceV1.newInstance())
                .build().start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.shutdownNow();
    }

    private interface Binder {
        ServerServiceDefinition.Builder bind(ServerServiceDefinition.Builder builder,
                io.grpc.MethodDescriptor<DynamicMessage, DynamicMessage>[] methods);
    }

    @SuppressWarnings("unchecked")
    private static ServerServiceDefinition service(String name, Binder binder) {
        ServiceDescriptor service = FILE.findServiceByName(name);
        io.grpc.ServiceDescriptor.Builder descriptor = io.grpc.ServiceDescriptor.newBuilder(service.getFullName())
                .setSchemaDescriptor((ProtoFileDescriptorSupplier) () -> FILE);
        io.grpc.MethodDescriptor<DynamicMessage, DynamicMessage>[] methods =
                new io.grpc.MethodDescriptor[service.getMethods().size()];
        for (int i = 0; i < methods.length; i++) {
            methods[i] = grpcMethod(service.getMethods().get(i));
            descriptor.addMethod(methods[i]);
        }
        return binder.bind(ServerServiceDefinition.builder(descriptor.build()), methods).build();
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

    /** route_guide.proto as protoc describes it. */
    private static FileDescriptor file() {
        FileDescriptorProto proto = FileDescriptorProto.newBuilder().setName("route_guide.proto")
                .setPackage("main").setSyntax("proto3")
                .addMessageType(message("Point", field("latitude", 1, Type.TYPE_INT32),
                        field("longitude", 2, Type.TYPE_INT32)))
                .addMessageType(message("Rectangle", point("lo", 1), point("hi", 2)))
                .addMessageType(message("Feature", field("name", 1, Type.TYPE_STRING), point("location", 2)))
                .addMessageType(message("RouteNote", point("location", 1), field("message", 2, Type.TYPE_STRING)))
                .addMessageType(message("RouteSummary", field("point_count", 1, Type.TYPE_INT32),
                        field("feature_count", 2, Type.TYPE_INT32), field("distance", 3, Type.TYPE_INT32),
                        field("elapsed_time", 4, Type.TYPE_INT32)))
                .addService(ServiceDescriptorProto.newBuilder().setName("FeatureExplorer")
                        .addMethod(rpc("GetFeature", "Point", "Feature", false, false))
                        .addMethod(rpc("ListFeatures", "Rectangle", "Feature", false, true)))
                .addService(ServiceDescriptorProto.newBuilder().setName("RouteGuide")
                        .addMethod(rpc("RecordRoute", "Point", "RouteSummary", true, false))
                        .addMethod(rpc("RouteChat", "RouteNote", "RouteNote", true, true)))
                .build();
        try {
            return FileDescriptor.buildFrom(proto, new FileDescriptor[0]);
        } catch (DescriptorValidationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static DescriptorProto message(String name, FieldDescriptorProto... fields) {
        DescriptorProto.Builder message = DescriptorProto.newBuilder().setName(name);
        for (FieldDescriptorProto field : fields) {
            message.addField(field);
        }
        return message.build();
    }

    private static FieldDescriptorProto field(String name, int number, Type type) {
        return FieldDescriptorProto.newBuilder().setName(name).setNumber(number).setType(type)
                .setLabel(Label.LABEL_OPTIONAL).build();
    }

    private static FieldDescriptorProto point(String name, int number) {
        return field(name, number, Type.TYPE_MESSAGE).toBuilder().setTypeName(".main.Point").build();
    }

    private static MethodDescriptorProto rpc(String name, String in, String out, boolean clientStreams,
            boolean serverStreams) {
        return MethodDescriptorProto.newBuilder().setName(name).setInputType(".main." + in)
                .setOutputType(".main." + out).setClientStreaming(clientStreams).setServerStreaming(serverStreams)
                .build();
    }
}
