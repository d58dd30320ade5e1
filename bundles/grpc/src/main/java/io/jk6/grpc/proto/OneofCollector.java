package io.jk6.grpc.proto;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import java.util.ArrayList;
import java.util.List;

/**
 * A message's oneofs: those the file declares, then one synthetic oneof per proto3 {@code optional} field
 * ({@code _name}), which protoc and protobuf-java require after every declared one.
 */
final class OneofCollector {

    private record Synthetic(int fieldIndex, String fieldName) {
    }

    private final DescriptorProto.Builder message;
    private final List<Synthetic> synthetic = new ArrayList<>();

    OneofCollector(DescriptorProto.Builder message) {
        this.message = message;
    }

    /** A declared oneof; its index for the fields inside it. */
    int add(String name) {
        message.addOneofDecl(OneofDescriptorProto.newBuilder().setName(name));
        return message.getOneofDeclCount() - 1;
    }

    void synthetic(int fieldIndex, String fieldName) {
        synthetic.add(new Synthetic(fieldIndex, fieldName));
    }

    /** Called once the message is read, when the declared oneofs are all known. */
    void addSynthetic() {
        for (Synthetic optional : synthetic) {
            message.addOneofDecl(OneofDescriptorProto.newBuilder().setName("_" + optional.fieldName()));
            message.getFieldBuilder(optional.fieldIndex()).setOneofIndex(message.getOneofDeclCount() - 1);
        }
    }
}
