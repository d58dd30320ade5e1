package io.jk6.grpc.client;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.util.Collection;

/**
 * JSON and protobuf, as k6 converts them (protojson): the script's object, made JSON in JS, is parsed into a
 * message of the method's input type (both field names accepted); a response is printed with every field, in
 * lowerCamelCase: those without presence at their default, unset ones with presence as {@code null} (k6's
 * {@code EmitUnpopulated}; see {@link UnpopulatedNulls}). A {@code google.protobuf.Any} may hold any message the
 * client loaded, as k6 registers every loaded type with protojson.
 */
public final class JsonCodec {

    /** Before anything is loaded: the well-known types only. */
    public static final JsonCodec EMPTY = new JsonCodec(JsonFormat.TypeRegistry.getEmptyTypeRegistry());

    private final JsonFormat.Parser parser;
    private final JsonFormat.Printer printer;

    private JsonCodec(JsonFormat.TypeRegistry registry) {
        this.parser = JsonFormat.parser().usingTypeRegistry(registry);
        this.printer = JsonFormat.printer().alwaysPrintFieldsWithNoPresence().omittingInsignificantWhitespace()
                .usingTypeRegistry(registry);
    }

    /** A codec knowing every message of {@code files} (and of the files they import) for {@code Any}. */
    public static JsonCodec of(Collection<FileDescriptor> files) {
        JsonFormat.TypeRegistry.Builder registry = JsonFormat.TypeRegistry.newBuilder();
        files.forEach(file -> registry.add(file.getMessageTypes()));
        return new JsonCodec(registry.build());
    }

    /** The wire bytes of {@code json} as a {@code type}; k6's error text when it does not fit. */
    public byte[] toBytes(Descriptor type, String json) {
        DynamicMessage.Builder message = DynamicMessage.newBuilder(type);
        try {
            parser.merge(json, message);
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new IllegalArgumentException("unable to serialise request object to protocol buffer: "
                    + e.getMessage(), e);
        }
        return message.build().toByteArray();
    }

    /** The JSON of wire bytes of a {@code type}. */
    public String toJson(Descriptor type, byte[] bytes) {
        try {
            return UnpopulatedNulls.add(type, printer.print(DynamicMessage.parseFrom(type, bytes)));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("unable to parse the response message: " + e.getMessage(), e);
        }
    }
}
