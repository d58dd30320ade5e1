package io.jk6.grpc.proto;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import io.jk6.grpc.proto.ProtoTokens.Token;

/**
 * A field's options in brackets. Those that change the wire or the JSON form are kept: {@code json_name}
 * (protojson's name of the field), {@code packed}, {@code default} (proto2); the rest are read and dropped.
 */
final class FieldOptions {

    private FieldOptions() {
    }

    static void read(ProtoCursor parser, FieldDescriptorProto.Builder field) {
        parser.expect("[");
        while (true) {
            String name = parser.optionName();
            parser.expect("=");
            Token value = parser.optionValue();
            switch (name) {
                case "json_name" -> field.setJsonName(value.text());
                case "packed" -> field.getOptionsBuilder().setPacked(value.is("true"));
                case "default" -> field.setDefaultValue(value.text());
                default -> { }
            }
            if (parser.peek().is("]")) {
                parser.next();
                return;
            }
            parser.expect(",");
        }
    }
}
