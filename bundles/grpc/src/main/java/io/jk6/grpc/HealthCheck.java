package io.jk6.grpc;

import com.google.gson.JsonObject;
import io.grpc.Channel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.jk6.grpc.client.Messages;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code client.healthCheck(service)}: grpc.health.v1's {@code Check} (an empty service: the whole server). The
 * response's {@code message.status} is the serving status's number, which the module's {@code HealthCheck*}
 * constants name, as in k6's documented check {@code r.message.status === grpc.HealthCheckServing}.
 */
final class HealthCheck {

    private HealthCheck() {
    }

    static Response check(Channel channel, String service) throws InterruptedException, ExecutionException {
        CompletableFuture<Response> result = new CompletableFuture<>();
        var call = channel.newCall(HealthGrpc.getCheckMethod(), io.grpc.CallOptions.DEFAULT);
        Metadata[] headers = new Metadata[1];
        call.start(new io.grpc.ClientCall.Listener<>() {
            private HealthCheckResponse response;

            @Override
            public void onHeaders(Metadata received) {
                headers[0] = received;
            }

            @Override
            public void onMessage(HealthCheckResponse message) {
                response = message;
            }

            @Override
            public void onClose(Status status, Metadata trailers) {
                JsonObject message = new JsonObject();
                message.addProperty("status", response == null ? 0 : response.getStatusValue());
                result.complete(new Response(status.getCode().value(), message.toString(),
                        Messages.metadataJson(headers[0]), Messages.metadataJson(trailers),
                        status.isOk() ? null : Messages.errorJson(status, trailers)));
            }
        }, new Metadata());
        call.request(1);
        call.sendMessage(HealthCheckRequest.newBuilder().setService(service).build());
        call.halfClose();
        return result.get();
    }
}
