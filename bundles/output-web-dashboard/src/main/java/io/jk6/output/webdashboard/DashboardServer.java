package io.jk6.output.webdashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The live dashboard on the JDK's HTTP server (the REST API's, exported by jk6's system bundle),
 * requests on virtual threads:
 *
 * <pre>
 * GET /        the page, with the run so far in it (it draws at once, then follows /events)
 * GET /events  server-sent events: "state" (everything) on connect, "point" each period, "end"
 * GET /state   the state as JSON
 * GET /report  the self-contained report of the run so far, as a download
 * </pre>
 */
final class DashboardServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
    private final Supplier<String> state;
    private final DashboardPage page;

    private DashboardServer(HttpServer server, Supplier<String> state, DashboardPage page) {
        this.server = server;
        this.state = state;
        this.page = page;
    }

    /**
     * Listens on {@code host:port} and answers at once.
     *
     * @param state the run's state as JSON, read at each request
     * @throws IOException the address cannot be bound (in use, or not this machine's)
     */
    static DashboardServer start(String host, int port, Supplier<String> state, DashboardPage page)
            throws IOException {
        InetSocketAddress address = host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new IOException("unknown host \"" + host + "\"");
        }
        DashboardServer dashboard = new DashboardServer(HttpServer.create(address, 16), state, page);
        dashboard.server.setExecutor(dashboard.executor);
        dashboard.server.createContext("/", dashboard::handle);
        dashboard.server.start();
        return dashboard;
    }

    /** The bound port (the free one picked for port 0). */
    int port() {
        return server.getAddress().getPort();
    }

    /** Sends an event to every open page. */
    void broadcast(String event, String data) {
        streams.forEach(s -> s.send(event, data));
    }

    /** Ends every event stream, then stops listening; pages keep what they drew. */
    @Override
    public void close() {
        streams.forEach(EventStream::end);
        server.stop(1); // the streams end at once; other requests get a second
        executor.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain", "method not allowed\n");
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case "/", "/index.html" -> send(exchange, 200, "text/html", page.live(state.get()));
                case "/state" -> send(exchange, 200, "application/json", state.get());
                case "/report" -> {
                    exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"jk6-report.html\"");
                    send(exchange, 200, "text/html", page.report(state.get()));
                }
                case "/events" -> events(exchange);
                default -> send(exchange, 404, "text/plain", "not found\n");
            }
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        EventStream stream = new EventStream();
        // registered before the state is read: a point broadcast in between is queued before a state
        // that already holds it (the page replaces everything on "state"), never lost between the two
        streams.add(stream);
        stream.send("state", state.get());
        try {
            stream.serve(exchange);
        } catch (IOException e) {
            // the browser went away: nothing to tell anyone
        } finally {
            streams.remove(stream);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
