package io.jk6.grpc.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.grpc.Metadata;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;

/**
 * What k6 shows of a call besides its messages ({@link JsonCodec}): metadata as JSON, a failed call's error as
 * {@code google.rpc.Status} in JSON; and the metadata a script sends.
 */
public final class Messages {

    /** Where grpc-java's servers (and grpc-go's) put a status's details. */
    private static final Metadata.Key<com.google.rpc.Status> DETAILS = Metadata.Key.of("grpc-status-details-bin",
            io.grpc.protobuf.ProtoUtils.metadataMarshaller(com.google.rpc.Status.getDefaultInstance()));

    /** google.rpc's error details (ErrorInfo, BadRequest, RetryInfo...), which k6's protojson knows too. */
    private static final JsonFormat.Printer STATUS_PRINTER = JsonFormat.printer().alwaysPrintFieldsWithNoPresence()
            .omittingInsignificantWhitespace().usingTypeRegistry(JsonFormat.TypeRegistry.newBuilder()
                    .add(com.google.rpc.ErrorDetailsProto.getDescriptor().getMessageTypes()).build());

    private Messages() {
    }

    /** gRPC metadata as k6 shows it: each key to the list of its values (binary ones as Latin-1 text). */
    public static String metadataJson(Metadata metadata) {
        JsonObject out = new JsonObject();
        if (metadata != null) {
            for (String key : metadata.keys()) {
                JsonArray values = new JsonArray();
                if (key.endsWith(Metadata.BINARY_HEADER_SUFFIX)) {
                    for (byte[] value : metadata.getAll(Metadata.Key.of(key, Metadata.BINARY_BYTE_MARSHALLER))) {
                        values.add(new String(value, StandardCharsets.ISO_8859_1));
                    }
                } else {
                    for (String value : metadata.getAll(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER))) {
                        values.add(value);
                    }
                }
                out.add(key, values);
            }
        }
        return out.toString();
    }

    /**
     * A failed call's {@code error} as k6 gives it: the status as {@code google.rpc.Status} in JSON, with the
     * details the server put in {@code grpc-status-details-bin} (google.rpc's error details by their
     * {@code @type}; a detail of another type, which no descriptor here describes, as its type and bytes).
     */
    public static String errorJson(Status status, Metadata trailers) {
        com.google.rpc.Status details = trailers == null ? null : trailers.get(DETAILS);
        com.google.rpc.Status.Builder error = com.google.rpc.Status.newBuilder().setCode(status.getCode().value())
                .setMessage(status.getDescription() != null ? status.getDescription()
                        : status.getCause() != null ? String.valueOf(status.getCause().getMessage()) : "");
        if (details != null && details.getCode() == status.getCode().value()) {
            error.addAllDetails(details.getDetailsList());
        }
        try {
            return STATUS_PRINTER.print(error);
        } catch (InvalidProtocolBufferException e) {
            JsonObject plain = new JsonObject();
            plain.addProperty("code", error.getCode());
            plain.addProperty("message", error.getMessage());
            plain.add("details", new JsonArray());
            return plain.toString();
        }
    }

    /** Metadata to send: ASCII values, or the bytes of a {@code -bin} key's text. */
    public static Metadata outgoing(java.util.Map<String, String> values) {
        Metadata metadata = new Metadata();
        values.forEach((key, value) -> {
            String name = key.toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(Metadata.BINARY_HEADER_SUFFIX)) {
                metadata.put(Metadata.Key.of(name, Metadata.BINARY_BYTE_MARSHALLER),
                        value.getBytes(StandardCharsets.ISO_8859_1));
            } else {
                metadata.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value);
            }
        });
        return metadata;
    }
}
