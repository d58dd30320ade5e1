package io.jk6.cli.rest;

import io.jk6.api.runner.TestExecution;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.run.RunListener;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.RunResult;
import io.jk6.engine.run.TestRun;
import io.jk6.engine.runner.EngineTestExecution;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A real {@link TestRun} of the engine, running a script in the background, seen through the API
 * as the REST API sees a test ({@link TestExecution}), with the REST API on 127.0.0.1 and a free
 * port in front of it; a small HTTP client for the tests. Closing stops the test and the server.
 * Scripts can import {@code k6/x/probe} for {@code probe.pause(ms)}, a sleep (the k6 module is
 * not there in these tests).
 */
final class LiveTest implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final TestRun run;
    final TestExecution execution;
    final RestApiServer server;
    final CompletableFuture<RunResult> result;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    /** @param beforeStart called with the run before it starts (e.g. to pause it) */
    LiveTest(SharedJsEngine js, Path dir, String script, java.util.function.Consumer<TestRun> beforeStart)
            throws IOException {
        Path file = dir.resolve("script.js");
        Files.writeString(file, script);
        RunLog log = new RunLog(new PrintStream(stderr, true, StandardCharsets.UTF_8), true);
        run = new TestRun(js.engine(), probeRegistry(), file, Map.of(), OptionLayer.empty(),
                log, new RunListener() {
                });
        execution = EngineTestExecution.over(run, file, log);
        beforeStart.accept(run);
        server = RestApiServer.bind("127.0.0.1:0");
        server.start(execution);
        result = CompletableFuture.supplyAsync(() -> {
            try {
                return run.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ModuleRegistry probeRegistry() {
        ModuleRegistry registry = new ModuleRegistry();
        registry.add(new ModuleRegistry.Registration("k6/x/probe", new PauseModule(), 1, "test"));
        return registry;
    }

    String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> request(String method, String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** PATCH /v1/status with these attributes, in k6's envelope. */
    HttpResponse<String> patchStatus(String attributes) {
        return request("PATCH", "/v1/status", "{\"data\":{\"type\":\"status\",\"id\":\"default\",\"attributes\":"
                + attributes + "}}");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits up to 10 s for the condition. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    RunResult awaitEnd() throws Exception {
        return result.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        run.abort();
        try {
            result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the test's own assertions said what went wrong
        } finally {
            run.close();
            server.close();
        }
    }
}
