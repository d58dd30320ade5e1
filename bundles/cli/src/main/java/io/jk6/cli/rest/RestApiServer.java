package io.jk6.cli.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jk6.api.runner.TestExecution;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * k6's REST API ({@code --address}), on the JDK's HTTP server: bound once the test is prepared,
 * before its VUs initialize (so a taken address fails before anything runs, k6's exit code 106),
 * then answering for the test until after the summary. Requests run on a few platform threads of their own, never on the VUs' virtual
 * threads: VUs running JavaScript keep every carrier thread busy (a busy loop never parks), and a
 * Kubernetes probe ({@code GET /v1/status}, 1 s timeout, as k6-operator sets it) must still be
 * answered under full load. The routes are k6's {@code api/v1} ones, see docs/operations.md
 * "REST API":
 *
 * <pre>
 * GET, PATCH /v1/status          {@link StatusRoutes}
 * GET /v1/metrics, /v1/metrics/ID {@link MetricRoutes}
 * GET /v1/groups, /v1/groups/ID   {@link GroupRoutes}
 * GET /metrics                    {@link PrometheusText}
 * GET /ping, /                    "ok"
 * </pre>
 */
public final class RestApiServer implements AutoCloseable {

    /** A PATCH body larger than this is refused: the status document is a few hundred bytes. */
    private static final int MAX_BODY = 64 * 1024;

    /** Requests answered at once; more wait in the queue. Each answer takes microseconds. */
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS,
            Thread.ofPlatform().daemon().name("jk6-rest-", 1).factory());
    private volatile StatusRoutes status;
    private volatile MetricRoutes metrics;
    private volatile GroupRoutes groups;
    private volatile TestExecution test;

    private RestApiServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Binds {@code address} ({@code host:port}); nothing is answered before {@link #start}.
     *
     * @throws IOException with a message naming the address when it is malformed or cannot be bound
     */
    public static RestApiServer bind(String address) throws IOException {
        InetSocketAddress socket;
        try {
            socket = RestAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid address \"" + address + "\": " + e.getMessage(), e);
        }
        try {
            return new RestApiServer(HttpServer.create(socket, 16));
        } catch (IOException e) {
            throw new IOException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
    }

    /** Where it listens (the real port when bound to port 0). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Starts answering for this test. */
    public void start(TestExecution running) {
        this.test = running;
        this.status = new StatusRoutes(running);
        this.metrics = new MetricRoutes(running);
        this.groups = new GroupRoutes(running);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Stops listening at once; requests being answered get at most a second. */
    @Override
    public void close() {
        if (test != null) {
            server.stop(1);
        } else {
            server.stop(0);
        }
        executor.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            try {
                route(exchange, method, path);
            } catch (ApiError e) {
                if (e.allow() != null) {
                    exchange.getResponseHeaders().set("Allow", e.allow());
                }
                send(exchange, e.status(), "application/json; charset=utf-8", e.document());
            } catch (RuntimeException e) {
                ApiError error = new ApiError(500, "Internal error", String.valueOf(e));
                send(exchange, 500, "application/json; charset=utf-8", error.document());
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path) throws IOException {
        switch (path) {
            case "/v1/status" -> {
                if (method.equals("GET")) {
                    json(exchange, status.get());
                } else if (method.equals("PATCH")) {
                    json(exchange, status.patch(body(exchange)));
                } else {
                    throw ApiError.methodNotAllowed(method, path, "GET, PATCH");
                }
            }
            case "/v1/metrics" -> json(exchange, get(method, path, metrics::list));
            case "/v1/groups" -> json(exchange, get(method, path, groups::list));
            case "/metrics" -> {
                String text = get(method, path, () -> PrometheusText.of(test.metrics()));
                send(exchange, 200, PrometheusText.CONTENT_TYPE, text.getBytes(StandardCharsets.UTF_8));
            }
            case "/", "/ping" -> send(exchange, 200, "text/plain; charset=utf-8",
                    get(method, path, () -> "ok").getBytes(StandardCharsets.UTF_8));
            case "/v1/setup", "/v1/teardown" -> throw new ApiError(501, "Not Implemented",
                    "jk6 runs setup() and teardown() itself; " + path + " is not supported");
            default -> {
                if (path.startsWith("/v1/metrics/")) {
                    String id = path.substring("/v1/metrics/".length());
                    json(exchange, get(method, path, () -> metrics.one(id)));
                } else if (path.startsWith("/v1/groups/")) {
                    String id = path.substring("/v1/groups/".length());
                    json(exchange, get(method, path, () -> groups.one(id)));
                } else {
                    throw ApiError.notFound("no such endpoint: " + path);
                }
            }
        }
    }

    /** A GET-only endpoint's answer; any other method is 405. */
    private static <T> T get(String method, String path, java.util.function.Supplier<T> answer) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw ApiError.methodNotAllowed(method, path, "GET");
        }
        return answer.get();
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new ApiError(413, "Request too large", "the body is over " + MAX_BODY + " bytes");
            }
            return body;
        }
    }

    private static void json(HttpExchange exchange, byte[] body) throws IOException {
        send(exchange, 200, "application/json; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
