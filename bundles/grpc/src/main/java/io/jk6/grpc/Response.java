package io.jk6.grpc;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import io.grpc.Status;
import io.jk6.grpc.client.JsonCodec;
import io.jk6.grpc.client.Messages;
import io.jk6.grpc.client.Rpc;

/**
 * What {@code invoke} returns, in JSON pieces grpc.js parses: {@code status} (the code's number),
 * {@code message}, {@code headers}, {@code trailers} (each key to its values) and {@code error} (null when OK).
 * As k6, a failed call's message is the output type's default, printed with its fields.
 */
public record Response(int status, String message, String headers, String trailers, String error) {

    /** @param codec null when the script discards the message ({@code discardResponseMessage}) */
    static Response of(Rpc.Outcome outcome, Descriptor output, JsonCodec codec) {
        Status status = outcome.status();
        String message = null;
        if (codec != null) {
            byte[] bytes = outcome.message() != null ? outcome.message()
                    : DynamicMessage.getDefaultInstance(output).toByteArray();
            message = codec.toJson(output, bytes);
        }
        return new Response(status.getCode().value(), message, Messages.metadataJson(outcome.headers()),
                Messages.metadataJson(outcome.trailers()), status.isOk() ? null : Messages.errorJson(status, outcome.trailers()));
    }
}
