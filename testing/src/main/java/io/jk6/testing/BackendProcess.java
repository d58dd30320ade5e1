package io.jk6.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real backend an output writes to (a time-series database, a collector), run as a process of
 * its own for a test: started, awaited until it answers, stopped. Its output goes to a log file
 * that errors quote, so a backend that will not start says why.
 *
 * <pre>{@code
 * int port = BackendProcess.freePort();
 * BackendProcess influx = BackendProcess.start("influxd", List.of("/usr/bin/influxd", "-config", conf),
 *         dir.resolve("influxd.log"), URI.create("http://127.0.0.1:" + port + "/ping"), 204);
 * }</pre>
 */
public final class BackendProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final Path log;

    private BackendProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** A port nothing listens on now, for a backend to bind on 127.0.0.1. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Starts {@code command} and waits (up to 30 s) until {@code readiness} answers {@code status}.
     *
     * @throws IllegalStateException the executable is missing, the process exited, or it was not
     *                               ready in time (then it is stopped); the message holds its log
     */
    public static BackendProcess start(String name, List<String> command, Path log, URI readiness, int status)
            throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return start(name, command, log, readiness, status, http);
        }
    }

    /**
     * As {@link #start(String, List, Path, URI, int)}, asking {@code readiness} with {@code http}:
     * for a backend that speaks TLS, perhaps needing a client certificate.
     */
    public static BackendProcess start(String name, List<String> command, Path log, URI readiness, int status,
            HttpClient http) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(command.get(0)))) {
            throw new IllegalStateException("no " + name + " at " + command.get(0)
                    + ": install its Debian package (./test.sh installs it when it runs as root)");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        BackendProcess backend = new BackendProcess(name, process, log);
        backend.awaitReady(readiness, status, http);
        return backend;
    }

    private void awaitReady(URI readiness, int status, HttpClient http) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(readiness).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == status) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100); // the poll's pace, not a wait for a result
        }
        close();
        throw new IllegalStateException(name + " did not answer " + readiness + " within " + READY_WITHIN.toSeconds()
                + "s: " + Files.readString(log));
    }

    /** Stops the process, forcibly after 10 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
