package io.jk6.grpc;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.Descriptors.MethodDescriptor;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.TagSet;
import io.jk6.grpc.client.CallParams;
import io.jk6.grpc.client.Channels;
import io.jk6.grpc.client.ConnectParams;
import io.jk6.grpc.client.Messages;
import io.jk6.grpc.client.RawMethods;
import io.jk6.grpc.client.Reflection;
import io.jk6.grpc.client.Rpc;
import io.jk6.grpc.client.WireCount;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.graalvm.polyglot.Value;

/**
 * One {@code grpc.Client} of a VU, as k6's: methods loaded in the init context ({@link MethodTable}), one
 * connection at a time, calls that block the VU ({@code invoke}) or settle a Promise on its event loop
 * ({@code asyncInvoke}). Everything here runs on the VU's thread, except what the futures complete.
 */
public final class GrpcClient {

    /** k6's timeout of a call whose params name none. */
    private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

    private final GrpcInstance module;
    private final MethodTable methods;
    private ManagedChannel channel;
    private String address;
    private long maxSendSize;

    GrpcClient(GrpcInstance module) {
        this.module = module;
        this.methods = new MethodTable(module.vu());
    }

    /** {@code client.load(importPaths, ...files)}: the methods found, as k6's MethodInfo list in JSON. */
    public String load(Value importPaths, Value files) {
        try {
            return methods.load(importPaths, files);
        } catch (RuntimeException e) {
            throw module.errors().of(e);
        }
    }

    public String loadProtoset(String file) {
        try {
            return methods.loadProtoset(file);
        } catch (RuntimeException e) {
            throw module.errors().of(e);
        }
    }

    /** {@code client.connect(address, params)}: blocks until the connection is ready, as k6's dial. */
    public boolean connect(String address, String paramsJson) throws InterruptedException {
        VUState state = module.vu().state().orElseThrow(() -> module.errors()
                .error("connecting to a gRPC server in the init context is not supported"));
        ConnectParams params;
        try {
            params = ConnectParams.of(parse(paramsJson));
        } catch (RuntimeException e) {
            throw module.errors().error("invalid grpc.connect() parameters: " + e.getMessage());
        }
        shutdown();
        Map<String, Object> options = state.options();
        boolean insecure = Boolean.TRUE.equals(options.get("insecureSkipTLSVerify"));
        Object userAgent = options.get("userAgent");
        try {
            channel = Channels.connect(address, params, insecure, userAgent instanceof String s ? s : null);
        } catch (IllegalStateException e) {
            throw module.errors().of(e);
        }
        module.connected(this);
        this.address = address;
        this.maxSendSize = params.maxSendSize();
        if (params.reflect()) {
            try {
                methods.addReflected(Reflection.files(channel, Messages.outgoing(params.reflectMetadata()),
                        params.timeout()));
            } catch (RuntimeException e) {
                throw module.errors().of(e);
            }
        }
        return true;
    }

    /** {@code client.invoke(method, request, params)}: the response, whatever its status. */
    public Response invoke(String method, String requestJson, String paramsJson) throws InterruptedException {
        Prepared call = prepare(method, requestJson, paramsJson, "invoke");
        CompletableFuture<Rpc.Outcome> outcome = call.start();
        try {
            return finish(call, outcome.get());
        } catch (ExecutionException e) {
            throw module.errors().error(String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            outcome.cancel(true);
            throw e;
        }
    }

    /** {@code client.asyncInvoke(...)}: grpc.js's Promise settles through {@code resolve} or {@code reject}. */
    public void asyncInvoke(String method, String requestJson, String paramsJson, Value resolve, Value reject) {
        Prepared call;
        try {
            call = prepare(method, requestJson, paramsJson, "invoke");
        } catch (RuntimeException e) {
            reject.executeVoid(messageOf(e));
            return;
        }
        Consumer<Runnable> enqueue = module.vu().registerCallback();
        call.start().whenComplete((outcome, error) -> enqueue.accept(() -> {
            if (error != null) {
                reject.executeVoid(String.valueOf(error.getMessage()));
            } else {
                resolve.executeVoid(finish(call, outcome));
            }
        }));
    }

    /** {@code client.healthCheck(service)}: grpc.health.v1's Check, its status a number as k6's constants. */
    public Response healthCheck(String service) throws InterruptedException {
        if (channel == null) {
            throw module.errors().error("no gRPC connection, you must call connect first");
        }
        // as k6's stats handler sees every call: the check has its grpc_req_duration too
        TagSet tags = tags(module.vu().state().orElseThrow(), CallParams.of(null), "/grpc.health.v1.Health/Check");
        try {
            Instant start = Instant.now();
            Response response = HealthCheck.check(channel, service);
            module.vu().push(module.metrics().ended(tags, start, Instant.now(), response.status(),
                    new WireCount()));
            return response;
        } catch (ExecutionException e) {
            throw module.errors().error(String.valueOf(e.getCause().getMessage()));
        }
    }

    /** {@code new grpc.Stream(client, method, params)}: its events go to {@code dispatch} on the event loop. */
    public GrpcStream stream(String method, String paramsJson, Value dispatch) {
        VUState state = module.vu().state().orElseThrow(() -> module.errors()
                .error("creating a stream in the init context is not supported"));
        if (channel == null) {
            throw module.errors().error("no gRPC connection, you must call connect first");
        }
        MethodDescriptor descriptor = lookup(method);
        CallParams params = callParams(paramsJson, "Stream");
        TagSet tags = tags(state, params, MethodTable.fullName(descriptor));
        CallOptions options = callOptions(params.timeout());
        return GrpcStream.open(module, channel, descriptor, methods.codec(), options, metadata(params), tags,
                dispatch);
    }

    public void close() {
        shutdown();
    }

    void shutdown() {
        if (channel != null) {
            channel.shutdownNow();
            channel = null;
            module.closed(this);
        }
    }

    private Prepared prepare(String method, String requestJson, String paramsJson, String what) {
        VUState state = module.vu().state().orElseThrow(() -> module.errors()
                .error("invoking RPC methods in the init context is not supported"));
        if (channel == null) {
            throw module.errors().error("no gRPC connection, you must call connect first");
        }
        MethodDescriptor descriptor = lookup(method);
        CallParams params = callParams(paramsJson, "client." + what + "()");
        if (requestJson == null) {
            throw module.errors().error("request cannot be nil");
        }
        byte[] request;
        try {
            request = methods.codec().toBytes(descriptor.getInputType(), requestJson);
        } catch (IllegalArgumentException e) {
            throw module.errors().of(e);
        }
        Duration timeout = params.timeout().isZero() ? DEFAULT_CALL_TIMEOUT : params.timeout();
        TagSet tags = tags(state, params, MethodTable.fullName(descriptor));
        return new Prepared(channel, descriptor, callOptions(timeout), metadata(params), request,
                tags, params.discardResponseMessage());
    }

    private Response finish(Prepared call, Rpc.Outcome outcome) {
        module.vu().push(module.metrics().ended(call.tags(), outcome.start(), outcome.end(),
                outcome.status().getCode().value(), call.wire()));
        return Response.of(outcome, call.descriptor().getOutputType(), call.discard() ? null : methods.codec());
    }

    private MethodDescriptor lookup(String method) {
        if (method == null || method.isEmpty()) {
            throw module.errors().error("method to invoke cannot be empty");
        }
        String name = method.startsWith("/") ? method : "/" + method;
        MethodDescriptor descriptor = methods.get(name);
        if (descriptor == null) {
            throw module.errors().error("method \"" + name + "\" not found in file descriptors");
        }
        return descriptor;
    }

    private CallParams callParams(String json, String what) {
        try {
            return CallParams.of(parse(json));
        } catch (RuntimeException e) {
            throw module.errors().error("invalid GRPC's " + what + " parameters: " + e.getMessage());
        }
    }

    /** The call's metadata; a key gRPC does not allow (upper case is lowered, as grpc-go does) is k6's error. */
    private Metadata metadata(CallParams params) {
        try {
            return Messages.outgoing(params.metadata());
        } catch (IllegalArgumentException e) {
            throw module.errors().error("invalid metadata param: " + e.getMessage());
        }
    }

    private CallOptions callOptions(Duration timeout) {
        CallOptions options = CallOptions.DEFAULT;
        if (!timeout.isZero()) {
            options = options.withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        if (maxSendSize > 0) {
            options = options.withMaxOutboundMessageSize((int) Math.min(Integer.MAX_VALUE, maxSendSize));
        }
        return options;
    }

    /** k6's tags of a call: the VU's, the params', then url, service, method and name (unless the script named it). */
    private TagSet tags(VUState state, CallParams params, String fullName) {
        String[] parts = fullName.substring(1).split("/", 2);
        TagSet tags = state.tags().withAll(params.tags()).with("url", address + fullName)
                .with("service", parts[0]).with("method", parts[1]);
        return params.tags().containsKey("name") ? tags : tags.with("name", fullName);
    }

    private static JsonObject parse(String json) {
        return json == null ? null : JsonParser.parseString(json).getAsJsonObject();
    }

    private static String messageOf(RuntimeException e) {
        if (e instanceof org.graalvm.polyglot.PolyglotException p && p.isGuestException()) {
            return p.getMessage().startsWith("Error: ") ? p.getMessage().substring(7) : p.getMessage();
        }
        return String.valueOf(e.getMessage());
    }

    /** A call ready to start: what {@code invoke} and {@code asyncInvoke} share. */
    private record Prepared(ManagedChannel channel, MethodDescriptor descriptor, CallOptions options,
            Metadata metadata, byte[] request, TagSet tags, boolean discard, WireCount wire) {

        Prepared(ManagedChannel channel, MethodDescriptor descriptor, CallOptions options, Metadata metadata,
                byte[] request, TagSet tags, boolean discard) {
            this(channel, descriptor, options, metadata, request, tags, discard, new WireCount());
        }

        CompletableFuture<Rpc.Outcome> start() {
            return Rpc.unary(channel, RawMethods.of(descriptor, wire), options, metadata, request);
        }
    }
}
