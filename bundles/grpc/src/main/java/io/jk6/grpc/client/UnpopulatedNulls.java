package io.jk6.grpc.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code null}s k6's protojson ({@code EmitUnpopulated}) writes and protobuf-java's printer leaves out: a
 * field that has presence (a message, a proto2 or proto3 {@code optional} scalar) outside a oneof, when unset.
 * Messages that have no such field anywhere inside are printed as they are, without this second pass.
 */
final class UnpopulatedNulls {

    private static final Map<Descriptor, Boolean> NEEDED = new ConcurrentHashMap<>();

    private UnpopulatedNulls() {
    }

    static String add(Descriptor type, String json) {
        if (!needed(type)) {
            return json;
        }
        return fill(type, com.google.gson.JsonParser.parseString(json)).toString();
    }

    /** {@code value} with the nulls added, its fields in the message's order (protojson's). */
    private static JsonElement fill(Descriptor type, JsonElement value) {
        if (!value.isJsonObject() || wellKnown(type)) {
            return value;
        }
        JsonObject object = value.getAsJsonObject();
        JsonObject ordered = new JsonObject();
        for (FieldDescriptor field : type.getFields()) {
            JsonElement present = object.remove(field.getJsonName());
            if (present == null) {
                if (field.hasPresence() && field.getRealContainingOneof() == null) {
                    ordered.add(field.getJsonName(), JsonNull.INSTANCE);
                }
                continue;
            }
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
                present = fillField(field, present);
            }
            ordered.add(field.getJsonName(), present);
        }
        object.entrySet().forEach(e -> ordered.add(e.getKey(), e.getValue()));
        return ordered;
    }

    private static JsonElement fillField(FieldDescriptor field, JsonElement present) {
        if (field.isMapField()) {
            FieldDescriptor valueField = field.getMessageType().findFieldByNumber(2);
            if (valueField.getJavaType() == FieldDescriptor.JavaType.MESSAGE && present.isJsonObject()) {
                present.getAsJsonObject().entrySet()
                        .forEach(e -> e.setValue(fill(valueField.getMessageType(), e.getValue())));
            }
            return present;
        }
        if (field.isRepeated() && present.isJsonArray()) {
            JsonArray items = present.getAsJsonArray();
            for (int i = 0; i < items.size(); i++) {
                items.set(i, fill(field.getMessageType(), items.get(i)));
            }
            return items;
        }
        return fill(field.getMessageType(), present);
    }

    /** Whether a message of {@code type} can have a field to fill, at any depth. */
    private static boolean needed(Descriptor type) {
        Boolean known = NEEDED.get(type);
        if (known == null) {
            known = scan(type, new java.util.HashSet<>());
            NEEDED.put(type, known);
        }
        return known;
    }

    private static boolean scan(Descriptor type, java.util.Set<Descriptor> seen) {
        if (wellKnown(type) || !seen.add(type)) {
            return false;
        }
        for (FieldDescriptor field : type.getFields()) {
            if (field.hasPresence() && field.getRealContainingOneof() == null) {
                return true;
            }
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && scan(field.getMessageType(), seen)) {
                return true;
            }
        }
        return false;
    }

    /** Printed in their own JSON form (a string, a number, any value): nothing to fill inside. */
    private static boolean wellKnown(Descriptor type) {
        return type.getFile().getName().startsWith("google/protobuf/");
    }
}
