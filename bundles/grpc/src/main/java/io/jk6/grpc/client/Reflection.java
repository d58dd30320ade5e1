package io.jk6.grpc.client;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server reflection client of {@code connect(..., {reflect: true})}: the server's services, the files
 * that define them and every file those import, as k6 asks for them; {@code grpc.reflection.v1} first, then
 * {@code v1alpha} for older servers. Both versions have the same messages on the wire, so one set of
 * classes (v1's) reads both.
 */
public final class Reflection {

    private static final List<String> SERVICES = List.of("grpc.reflection.v1.ServerReflection",
            "grpc.reflection.v1alpha.ServerReflection");

    private Reflection() {
    }

    /** The files the server describes, by name. */
    public static List<FileDescriptorProto> files(Channel channel, Metadata metadata, Duration timeout)
            throws InterruptedException {
        StatusError last = null;
        for (String service : SERVICES) {
            try {
                return files(channel, service, metadata, timeout);
            } catch (StatusError e) {
                if (e.status.getCode() != Status.Code.UNIMPLEMENTED) {
                    throw new IllegalStateException("can't list services: " + describe(e.status), e);
                }
                last = e;
            }
        }
        throw new IllegalStateException("can't list services: " + describe(last.status), last);
    }

    private static List<FileDescriptorProto> files(Channel channel, String service, Metadata metadata,
            Duration timeout) throws InterruptedException {
        BlockingQueue<Object> replies = new LinkedBlockingQueue<>();
        ClientCall<ServerReflectionRequest, ServerReflectionResponse> call = channel.newCall(method(service),
                CallOptions.DEFAULT.withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS));
        call.start(new ClientCall.Listener<>() {
            @Override
            public void onMessage(ServerReflectionResponse message) {
                replies.add(message);
                call.request(1);
            }

            @Override
            public void onClose(Status status, Metadata trailers) {
                replies.add(status);
            }
        }, metadata);
        call.request(1);
        try {
            ServerReflectionResponse listed = ask(call, replies, ServerReflectionRequest.newBuilder().setListServices(""));
            Map<String, FileDescriptorProto> files = new LinkedHashMap<>();
            Deque<String> missing = new ArrayDeque<>();
            for (ServiceResponse listedService : listed.getListServicesResponse().getServiceList()) {
                if (listedService.getName().startsWith("grpc.reflection.")) {
                    continue;
                }
                add(files, missing, ask(call, replies, ServerReflectionRequest.newBuilder()
                        .setFileContainingSymbol(listedService.getName())));
            }
            while (!missing.isEmpty()) {
                String name = missing.pop();
                if (!files.containsKey(name)) {
                    add(files, missing, ask(call, replies, ServerReflectionRequest.newBuilder().setFileByFilename(name)));
                }
            }
            return new ArrayList<>(files.values());
        } finally {
            call.halfClose();
        }
    }

    private static void add(Map<String, FileDescriptorProto> files, Deque<String> missing,
            ServerReflectionResponse response) {
        if (response.hasErrorResponse()) {
            throw new IllegalStateException("can't get method on service: " + response.getErrorResponse()
                    .getErrorMessage());
        }
        for (ByteString bytes : response.getFileDescriptorResponse().getFileDescriptorProtoList()) {
            try {
                FileDescriptorProto file = FileDescriptorProto.parseFrom(bytes);
                if (files.putIfAbsent(file.getName(), file) == null) {
                    missing.addAll(file.getDependencyList());
                }
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("can't parse the file descriptor: " + e.getMessage(), e);
            }
        }
    }

    private static ServerReflectionResponse ask(ClientCall<ServerReflectionRequest, ServerReflectionResponse> call,
            BlockingQueue<Object> replies, ServerReflectionRequest.Builder request) throws InterruptedException {
        call.sendMessage(request.build());
        Object reply = replies.take();
        if (reply instanceof Status status) {
            throw new StatusError(status);
        }
        return (ServerReflectionResponse) reply;
    }

    private static String describe(Status status) {
        return "rpc error: code = " + Statuses.goName(status.getCode()) + " desc = " + status.getDescription();
    }

    private static MethodDescriptor<ServerReflectionRequest, ServerReflectionResponse> method(String service) {
        return MethodDescriptor.<ServerReflectionRequest, ServerReflectionResponse>newBuilder()
                .setType(MethodDescriptor.MethodType.BIDI_STREAMING)
                .setFullMethodName(MethodDescriptor.generateFullMethodName(service, "ServerReflectionInfo"))
                .setRequestMarshaller(new Proto<>(ServerReflectionRequest::parseFrom))
                .setResponseMarshaller(new Proto<>(ServerReflectionResponse::parseFrom))
                .build();
    }

    private interface Parser<T> {
        T parse(byte[] bytes) throws InvalidProtocolBufferException;
    }

    private record Proto<T extends com.google.protobuf.Message>(Parser<T> parser)
            implements MethodDescriptor.Marshaller<T> {

        @Override
        public InputStream stream(T value) {
            return new ByteArrayInputStream(value.toByteArray());
        }

        @Override
        public T parse(InputStream stream) {
            try {
                return parser.parse(stream.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class StatusError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Status status;

        StatusError(Status status) {
            super(status.toString());
            this.status = status;
        }
    }
}
