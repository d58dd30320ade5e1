package io.jk6.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.rpc.ErrorInfo;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;

/** What the test server's jk6.test.Echo does, on dynamic messages (the server knows no generated class). */
final class EchoHandlers {

    private final Descriptor reply;

    EchoHandlers(Descriptor reply) {
        this.reply = reply;
    }

    /** The request back (see {@link #echo}). */
    void say(DynamicMessage request, StreamObserver<DynamicMessage> out) {
        out.onNext(echo(request, null));
        out.onCompleted();
    }

    /** Fails with the code `repeat` and the message `text`; with an ErrorInfo detail whose reason is `note`. */
    void fail(DynamicMessage request, StreamObserver<DynamicMessage> out) {
        FieldDescriptor note = request.getDescriptorForType().findFieldByName("note");
        if (!request.hasField(note)) {
            out.onError(Status.fromCodeValue(intOf(request, "repeat")).withDescription(stringOf(request, "text"))
                    .asRuntimeException());
            return;
        }
        out.onError(StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                .setCode(intOf(request, "repeat")).setMessage(stringOf(request, "text"))
                .addDetails(Any.pack(ErrorInfo.newBuilder().setReason((String) request.getField(note))
                        .setDomain("jk6.test").putMetadata("hint", "none").build()))
                .build()));
    }

    StreamObserver<DynamicMessage> collect(StreamObserver<DynamicMessage> out) {
        List<String> texts = new ArrayList<>();
        return new StreamObserver<>() {
            @Override
            public void onNext(DynamicMessage request) {
                texts.add(stringOf(request, "text"));
            }

            @Override
            public void onError(Throwable t) {
            }

            @Override
            public void onCompleted() {
                out.onNext(DynamicMessage.newBuilder(reply).setField(reply.findFieldByName("text"),
                        String.join("+", texts)).setField(reply.findFieldByName("count"), texts.size()).build());
                out.onCompleted();
            }
        };
    }

    void repeat(DynamicMessage request, StreamObserver<DynamicMessage> out) {
        int times = intOf(request, "repeat");
        if (times < 0) {
            out.onError(Status.INVALID_ARGUMENT.withDescription("repeat must not be negative").asRuntimeException());
            return;
        }
        for (int i = 1; i <= times; i++) {
            out.onNext(echo(request, stringOf(request, "text") + i));
        }
        out.onCompleted();
    }

    StreamObserver<DynamicMessage> chat(StreamObserver<DynamicMessage> out) {
        return new StreamObserver<>() {
            @Override
            public void onNext(DynamicMessage request) {
                out.onNext(echo(request, "re: " + stringOf(request, "text")));
            }

            @Override
            public void onError(Throwable t) {
            }

            @Override
            public void onCompleted() {
                out.onCompleted();
            }
        };
    }

    /**
     * The request as a reply: EchoReply's fields 1-8 are EchoRequest's (same numbers and types, `repeat` is
     * `count`), so the request's bytes parse as one; the fields a reply lacks are dropped.
     */
    private DynamicMessage echo(DynamicMessage request, String text) {
        try {
            DynamicMessage.Builder out = DynamicMessage.parseFrom(reply, request.toByteArray()).toBuilder()
                    .setUnknownFields(UnknownFieldSet.getDefaultInstance());
            if (text != null) {
                out.setField(reply.findFieldByName("text"), text);
            }
            return out.build();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int intOf(DynamicMessage message, String field) {
        return (Integer) message.getField(message.getDescriptorForType().findFieldByName(field));
    }

    private static String stringOf(DynamicMessage message, String field) {
        return (String) message.getField(message.getDescriptorForType().findFieldByName(field));
    }
}
