package io.jk6.grpc.proto;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import java.util.Map;

/** The scalar types of the proto language, and the nested entry message protoc writes for a map field. */
final class FieldTypes {

    private static final Map<String, Type> SCALARS = Map.ofEntries(
            Map.entry("double", Type.TYPE_DOUBLE), Map.entry("float", Type.TYPE_FLOAT),
            Map.entry("int64", Type.TYPE_INT64), Map.entry("uint64", Type.TYPE_UINT64),
            Map.entry("int32", Type.TYPE_INT32), Map.entry("fixed64", Type.TYPE_FIXED64),
            Map.entry("fixed32", Type.TYPE_FIXED32), Map.entry("bool", Type.TYPE_BOOL),
            Map.entry("string", Type.TYPE_STRING), Map.entry("bytes", Type.TYPE_BYTES),
            Map.entry("uint32", Type.TYPE_UINT32), Map.entry("sfixed32", Type.TYPE_SFIXED32),
            Map.entry("sfixed64", Type.TYPE_SFIXED64), Map.entry("sint32", Type.TYPE_SINT32),
            Map.entry("sint64", Type.TYPE_SINT64));

    private FieldTypes() {
    }

    /**
     * A scalar sets the field's type; any other name is a message or an enum, left for protobuf-java to
     * resolve in the field's scope (it sets the type once it found which).
     */
    static void setType(FieldDescriptorProto.Builder field, String name) {
        Type scalar = SCALARS.get(name);
        if (scalar != null) {
            field.setType(scalar);
        } else {
            field.setTypeName(name);
        }
    }

    /** {@code map_field} is {@code MapFieldEntry}, as protoc names it. */
    static String mapEntryName(String fieldName) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (char c : fieldName.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.append("Entry").toString();
    }

    static DescriptorProto mapEntry(String name, String keyType, String valueType) {
        FieldDescriptorProto.Builder key = FieldDescriptorProto.newBuilder().setName("key").setNumber(1)
                .setJsonName("key").setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL);
        setType(key, keyType);
        FieldDescriptorProto.Builder value = FieldDescriptorProto.newBuilder().setName("value").setNumber(2)
                .setJsonName("value").setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL);
        setType(value, valueType);
        DescriptorProto.Builder entry = DescriptorProto.newBuilder().setName(name).addField(key).addField(value);
        entry.getOptionsBuilder().setMapEntry(true);
        return entry.build();
    }
}
