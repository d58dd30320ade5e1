package io.jk6.grpc;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Label;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.AnyProto;
import com.google.protobuf.TimestampProto;

/**
 * echo.proto and common/point.proto written out by hand, as protoc would describe them: the test server's
 * descriptors, made without jk6's parser, so a parser that misreads the file shows up as a mismatch with the
 * server instead of agreeing with itself.
 */
final class EchoProtos {

    static final FileDescriptor POINT;
    static final FileDescriptor ECHO;

    static {
        try {
            POINT = FileDescriptor.buildFrom(FileDescriptorProto.newBuilder().setName("common/point.proto")
                    .setPackage("jk6.test").setSyntax("proto3")
                    .addMessageType(DescriptorProto.newBuilder().setName("Point")
                            .addField(field("x", 1, Type.TYPE_DOUBLE)).addField(field("y", 2, Type.TYPE_DOUBLE)))
                    .build(), new FileDescriptor[0]);
            ECHO = FileDescriptor.buildFrom(echo(), new FileDescriptor[] {TimestampProto.getDescriptor(), POINT,
                    AnyProto.getDescriptor()});
        } catch (DescriptorValidationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private EchoProtos() {
    }

    private static FileDescriptorProto echo() {
        DescriptorProto.Builder request = DescriptorProto.newBuilder().setName("EchoRequest");
        common(request);
        request.addField(field("note", 9, Type.TYPE_STRING).setProto3Optional(true).setOneofIndex(1))
                .addField(field("left", 10, Type.TYPE_STRING).setOneofIndex(0))
                .addField(field("right", 11, Type.TYPE_INT32).setOneofIndex(0))
                .addField(field("extra", 12, Type.TYPE_MESSAGE).setTypeName(".google.protobuf.Any"))
                .addOneofDecl(OneofDescriptorProto.newBuilder().setName("choice"))
                .addOneofDecl(OneofDescriptorProto.newBuilder().setName("_note"));
        DescriptorProto.Builder reply = DescriptorProto.newBuilder().setName("EchoReply");
        common(reply);
        reply.addField(field("extra", 12, Type.TYPE_MESSAGE).setTypeName(".google.protobuf.Any"));
        return FileDescriptorProto.newBuilder().setName("echo.proto").setPackage("jk6.test").setSyntax("proto3")
                .addDependency("google/protobuf/timestamp.proto").addDependency("common/point.proto")
                .addDependency("google/protobuf/any.proto")
                .addEnumType(EnumDescriptorProto.newBuilder().setName("Kind")
                        .addValue(EnumValueDescriptorProto.newBuilder().setName("KIND_UNSPECIFIED").setNumber(0))
                        .addValue(EnumValueDescriptorProto.newBuilder().setName("LOUD").setNumber(1)))
                .addMessageType(request).addMessageType(reply)
                .addService(ServiceDescriptorProto.newBuilder().setName("Echo")
                        .addMethod(method("Say", false, false)).addMethod(method("Fail", false, false))
                        .addMethod(method("Collect", true, false)).addMethod(method("Repeat", false, true))
                        .addMethod(method("Chat", true, true)))
                .build();
    }

    private static void common(DescriptorProto.Builder message) {
        DescriptorProto.Builder entry = DescriptorProto.newBuilder().setName("LabelsEntry")
                .addField(field("key", 1, Type.TYPE_STRING)).addField(field("value", 2, Type.TYPE_STRING));
        entry.getOptionsBuilder().setMapEntry(true);
        message.addNestedType(entry)
                .addField(field("text", 1, Type.TYPE_STRING))
                .addField(field(message.getName().equals("EchoReply") ? "count" : "repeat", 2, Type.TYPE_INT32))
                .addField(field("big_number", 3, Type.TYPE_INT64))
                .addField(field("point", 4, Type.TYPE_MESSAGE).setTypeName(".jk6.test.Point"))
                .addField(field("labels", 5, Type.TYPE_MESSAGE).setLabel(Label.LABEL_REPEATED)
                        .setTypeName(".jk6.test." + message.getName() + ".LabelsEntry"))
                .addField(field("at", 6, Type.TYPE_MESSAGE).setTypeName(".google.protobuf.Timestamp"))
                .addField(field("kind", 7, Type.TYPE_ENUM).setTypeName(".jk6.test.Kind"))
                .addField(field("words", 8, Type.TYPE_STRING).setLabel(Label.LABEL_REPEATED));
    }

    private static FieldDescriptorProto.Builder field(String name, int number, Type type) {
        return FieldDescriptorProto.newBuilder().setName(name).setNumber(number).setType(type)
                .setLabel(Label.LABEL_OPTIONAL);
    }

    private static MethodDescriptorProto method(String name, boolean clientStreaming, boolean serverStreaming) {
        return MethodDescriptorProto.newBuilder().setName(name).setInputType(".jk6.test.EchoRequest")
                .setOutputType(".jk6.test.EchoReply").setClientStreaming(clientStreaming)
                .setServerStreaming(serverStreaming).build();
    }
}
