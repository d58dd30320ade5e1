package io.jk6.grpc.client;

import com.google.protobuf.Descriptors.MethodDescriptor;
import io.grpc.MethodDescriptor.Marshaller;
import io.grpc.MethodDescriptor.MethodType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * grpc-java's view of a method loaded from a {@code .proto}: messages travel as bytes (the script's JSON is
 * turned into them before the call, and back after), so one marshaller serves every method and counts what
 * goes through it.
 */
public final class RawMethods {

    private RawMethods() {
    }

    /** {@code /pkg.Service/Method}'s descriptor for one call, whose marshaller counts into {@code wire}. */
    public static io.grpc.MethodDescriptor<byte[], byte[]> of(MethodDescriptor method, WireCount wire) {
        MethodType type = method.isClientStreaming()
                ? (method.isServerStreaming() ? MethodType.BIDI_STREAMING : MethodType.CLIENT_STREAMING)
                : (method.isServerStreaming() ? MethodType.SERVER_STREAMING : MethodType.UNARY);
        return io.grpc.MethodDescriptor.<byte[], byte[]>newBuilder()
                .setType(type)
                .setFullMethodName(io.grpc.MethodDescriptor.generateFullMethodName(
                        method.getService().getFullName(), method.getName()))
                .setRequestMarshaller(new Counting(wire, true))
                .setResponseMarshaller(new Counting(wire, false))
                .build();
    }

    private record Counting(WireCount wire, boolean requests) implements Marshaller<byte[]> {

        @Override
        public InputStream stream(byte[] value) {
            if (requests) {
                wire.sent(value.length);
            }
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                byte[] bytes = stream.readAllBytes();
                if (!requests) {
                    wire.received(bytes.length);
                }
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
