package io.jk6.http.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.http.HttpModule;
import io.jk6.launcher.testserver.TestServer;
import io.jk6.testing.ModuleScript;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** k6/experimental/tracing: the headers the test server receives from k6/http, and k6's errors. */
class TracingModuleTest {

    private static TestServer server;
    private ModuleScript script;

    @BeforeAll
    static void startServer() {
        server = new TestServer(0).start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void newVu() {
        script = new ModuleScript().module("k6/http", new HttpModule())
                .module("k6/experimental/tracing", new TracingModule()).set("BASE", server.baseUrl());
    }

    @AfterEach
    void closeVu() {
        script.close();
    }

    @Test
    void instrumentHttpPutsANewW3cTraceOnEveryRequest() throws InterruptedException {
        script.evaluate("""
                import http from 'k6/http';
                import tracing from 'k6/experimental/tracing';
                tracing.instrumentHTTP({ propagator: 'w3c' });
                globalThis.sent = () => [1, 2].map(() => http.get(BASE + '/echo', { headers: { traceparent: 'mine' } }).json().headers);
                try { tracing.instrumentHTTP({ propagator: 'w3c' }); } catch (e) { globalThis.twice = e.message; }
                """);
        script.vu().startIterations();
        String headers = script.eval("JSON.stringify(sent())").asString();
        assertThat(headers).containsPattern("\"Traceparent\":\"00-dc0718[0-9a-f]{26}-[1-9a-f]{16}-01\".*"
                + "\"Traceparent\":\"00-dc0718[0-9a-f]{26}-[1-9a-f]{16}-01\"").doesNotContain("mine");
        assertThat(script.eval("twice").asString()).startsWith("tracing module's instrumentHTTP can only be called once.");
    }

    @Test
    void aClientTracesOnlyItsOwnRequestsWithJaeger() throws InterruptedException {
        script.evaluate("""
                import http from 'k6/http';
                import { Client } from 'k6/experimental/tracing';
                const client = new Client({ propagator: 'jaeger' });
                globalThis.sent = () => [client.post(BASE + '/echo', 'x').json().headers, http.get(BASE + '/echo').json().headers];
                globalThis.bad = [];
                for (const o of [{ propagator: 'zipkin' }, { propagator: 'w3c', sampling: 2 }]) {
                  try { new Client(o); } catch (e) { bad.push(e.message); }
                }
                """);
        script.vu().startIterations();
        String headers = script.eval("JSON.stringify(sent())").asString();
        assertThat(headers).containsPattern("^\\[\\{[^}]*\"Uber-trace-id\":\"dc0718[0-9a-f]{26}:[1-9a-f]{8}:0:1\"")
                .containsOnlyOnce("Uber-trace-id");
        assertThat(script.eval("bad.join('|')").asString()).isEqualTo(
                "failed initializing tracing client, invalid configuration; reason: invalid options: unknown propagator: zipkin|"
                        + "failed initializing tracing client, invalid configuration; reason: invalid options:"
                        + " sampling rate must be between 0.0 and 1.0");
    }

    @Test
    void traceIdsAreK6sVarintsOfPrefixCodeAndTime() {
        String id = new TraceHeaders("w3c", 1, false).traceId(Instant.ofEpochSecond(1_700_000_000L));
        // 0o756 and 12 zig-zagged (dc07, 18), then 1.7e18 ns in 9 varint bytes, then 4 random bytes
        assertThat(id).hasSize(32).startsWith("dc07188080d0e2c6bfce972f");
    }
}
