package io.jk6.launcher.testserver;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small httpbin-like HTTP server on 127.0.0.1 for the demo and the tests: no network, no
 * third-party code. Every exchange runs on its own virtual thread, so {@code /delay} costs no
 * platform thread. Endpoints are documented in {@link TestEndpoints}.
 */
public final class TestServer implements AutoCloseable {

    /** Pending connections the kernel may queue: load tests open many at once. */
    private static final int BACKLOG = 1024;

    private final int requestedPort;
    private HttpServer server;
    private ExecutorService executor;

    /** A server that will listen on {@code port}; 0 picks any free port. */
    public TestServer(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.requestedPort = port;
    }

    /** Binds 127.0.0.1 and starts answering. Returns this, for chaining. */
    public synchronized TestServer start() {
        if (server != null) {
            throw new IllegalStateException("test server already started");
        }
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            HttpServer created = HttpServer.create(new InetSocketAddress(loopback, requestedPort), BACKLOG);
            created.createContext("/", new TestEndpoints());
            executor = Executors.newVirtualThreadPerTaskExecutor();
            created.setExecutor(executor);
            created.start();
            server = created;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test server on 127.0.0.1:" + requestedPort, e);
        }
    }

    /** Stops at once, dropping exchanges in flight. Idempotent. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        server = null;
        executor = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** The port listened on; the real one when 0 was asked for. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("test server not started");
        }
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** {@code --port N} (default 0); prints the address and serves until the process is killed. */
    public static void main(String[] args) throws InterruptedException {
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            if ("--port".equals(args[i]) && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            } else if (args[i].startsWith("--port=")) {
                port = Integer.parseInt(args[i].substring("--port=".length()));
            } else {
                System.err.println("usage: TestServer [--port N]");
                System.exit(2);
            }
        }
        TestServer server = new TestServer(port).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-server-stop"));
        System.out.println("test server listening on " + server.baseUrl());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
