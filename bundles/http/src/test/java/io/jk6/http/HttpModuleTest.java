package io.jk6.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.launcher.testserver.TestServer;
import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * k6/http against the embedded test server, driven from JavaScript in the engine's own VU
 * runtime (jk6-testing): the JS mapping and host access a script under jk6 run sees.
 */
class HttpModuleTest {

    private static TestServer server;
    private static String base;

    private ModuleScript script;
    private FakeVU vu;

    @BeforeAll
    static void startServer() {
        server = new TestServer(0).start();
        base = server.baseUrl();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void newVu() {
        script = new ModuleScript(new FakeVU().startIterations()).importing("http", new HttpModule()).set("BASE", base);
        vu = script.vu();
    }

    @AfterEach
    void closeVu() {
        script.close();
    }

    private Value js(String source) {
        return script.eval(source);
    }

    @Test
    void getReturnsStatusBodyAndK6Fields() {
        Value res = js("http.get(BASE + '/')");
        assertThat(res.getMember("status").asInt()).isEqualTo(200);
        assertThat(res.getMember("status_text").asString()).isEqualTo("200 OK");
        assertThat(res.getMember("body").asString()).contains("<h1>jk6 test server</h1>");
        assertThat(res.getMember("proto").asString()).isEqualTo("HTTP/1.1");
        assertThat(res.getMember("error").asString()).isEmpty();
        assertThat(res.getMember("error_code").asInt()).isZero();
        assertThat(res.getMember("url").asString()).isEqualTo(base + "/");
        assertThat(res.getMember("remote_ip").asString()).isEqualTo("127.0.0.1");
        assertThat(js("http.get(BASE + '/').headers['Content-Type']").asString())
                .isEqualTo("text/html; charset=utf-8");
        assertThat(js("http.get(BASE + '/').request.method").asString()).isEqualTo("GET");
    }

    /**
     * The Response reaches the script as the Java object itself, not a JS adapter made per request
     * (as a record-typed field would make it): the adapter halved a short test's requests.
     */
    @Test
    void theResponseIsTheJavaObjectItselfWithNoAdapterPerRequest() {
        Value res = js("http.get(BASE + '/')");
        assertThat(res.isHostObject()).as("k6/http's Response passes to JS unadapted").isTrue();
        assertThat(res.getMember("ocsp").getMember("status").asString()).as("plain HTTP: k6's zero value").isEmpty();
        assertThat(js("http.get(BASE + '/').ocsp.produced_at").asLong()).isZero();
    }

    @Test
    void aStatusOf400OrMoreGivesK6sErrorCodeOnTheResponseAndItsSamples() {
        Value notFound = js("http.get(BASE + '/status/404')");
        Value unavailable = js("http.get(BASE + '/status/503')");

        assertThat(notFound.getMember("error_code").asInt()).isEqualTo(1404);
        assertThat(notFound.getMember("error").asString()).isEmpty();
        assertThat(unavailable.getMember("error_code").asInt()).isEqualTo(1503);
        assertThat(vu.samples("http_reqs").stream().map(s -> s.tags().get("error_code")))
                .containsExactly("1404", "1503");
        assertThat(js("http.get(BASE + '/status/200')").getMember("error_code").asInt()).isZero();
        assertThat(vu.samples("http_reqs").get(2).tags().get("error_code")).isNull();
    }

    @Test
    void argumentsPastTheParamsAreIgnoredAsK6IgnoresThem() {
        // k6's examples call http.get(url, null, params): a GET has no body, the third argument is extra
        assertThat(js("http.get(BASE + '/status/201', null, { tags: { ignored: 'yes' } }).status").asInt()).isEqualTo(201);
        assertThat(js("http.post(BASE + '/echo', 'x', { tags: { kind: 'post' } }, 'extra').json().method").asString())
                .isEqualTo("POST");
        assertThat(vu.samples("http_reqs").get(0).tags().get("ignored")).isNull();
        assertThat(vu.samples("http_reqs").get(1).tags().get("kind")).isEqualTo("post");
    }

    @Test
    void jsonIsARealJsValue() {
        assertThat(js("http.get(BASE + '/json').json().name === 'jk6'").asBoolean()).isTrue();
        assertThat(js("const r = http.get(BASE + '/json'); r.json().items.length === 3 && Array.isArray(r.json().items)")
                .asBoolean()).isTrue();
        assertThat(js("http.get(BASE + '/json').json('items.1')").asInt()).isEqualTo(2);
        assertThat(js("http.get(BASE + '/json').json('items.#')").asInt()).isEqualTo(3);
        assertThat(js("http.get(BASE + '/json').json('nope.deeper')").isNull()).isTrue();
        assertThat(js("try { http.get(BASE + '/').json(); 'parsed' } catch (e) { e.name }").asString())
                .isEqualTo("SyntaxError");
    }

    @Test
    void secondRequestReusesTheConnection() {
        Value first = js("http.get(BASE + '/json').timings");
        Value second = js("http.get(BASE + '/json').timings");
        assertThat(first.getMember("connecting").asDouble()).isPositive();
        assertThat(second.getMember("connecting").asDouble()).isZero();
        assertThat(second.getMember("tls_handshaking").asDouble()).isZero();
        assertThat(second.getMember("blocked").asDouble()).isLessThan(5.0);
        double sum = second.getMember("sending").asDouble() + second.getMember("waiting").asDouble()
                + second.getMember("receiving").asDouble();
        assertThat(second.getMember("duration").asDouble()).isCloseTo(sum, within(1e-6));
        assertThat(second.getMember("waiting").asDouble()).isPositive();
    }

    @Test
    void connectionsSurviveAServerRestartForIdempotentRequests() throws IOException {
        try (TestServer restarting = new TestServer(freePort()).start()) {
            int port = restarting.port();
            script.set("OTHER", restarting.baseUrl());
            assertThat(js("http.get(OTHER + '/json').status").asInt()).isEqualTo(200);
            restarting.stop();
            try (TestServer again = new TestServer(port).start()) {
                // The pooled connection is dead; the GET is retried once on a fresh one.
                Value res = js("http.get(OTHER + '/json')");
                assertThat(res.getMember("status").asInt()).isEqualTo(200);
                assertThat(res.getMember("error_code").asInt()).isZero();
                assertThat(res.getMember("timings").getMember("connecting").asDouble()).isPositive();
            }
        }
    }

    @Test
    void redirectsAreFollowedToTheFinalUrl() {
        Value res = js("http.get(BASE + '/redirect/3')");
        assertThat(res.getMember("status").asInt()).isEqualTo(200);
        assertThat(res.getMember("url").asString()).isEqualTo(base + "/redirect/0");
        assertThat(vu.samples("http_reqs")).hasSize(4);
        assertThat(vu.samples("http_reqs").stream().map(s -> s.tags().get("status")))
                .containsExactly("302", "302", "302", "200");

        Value limited = js("http.get(BASE + '/redirect/3', { redirects: 1 })");
        assertThat(limited.getMember("status").asInt()).isEqualTo(302);
        assertThat(limited.getMember("url").asString()).isEqualTo(base + "/redirect/2");
    }

    @Test
    void aChainLongerThanTenRedirectsStopsWithK6sWarningUnlessTheLimitWasSet() {
        Value stopped = js("http.get(BASE + '/redirect/12')");
        assertThat(stopped.getMember("status").asInt()).isEqualTo(302);
        assertThat(stopped.getMember("url").asString()).as("10 redirects followed").isEqualTo(base + "/redirect/2");
        assertThat(vu.logged()).containsExactly("WARNING Stopped after 11 redirects and returned the redirection;"
                + " pass { redirects: n } in request params or set global maxRedirects to silence this"
                + " {url=" + base + "/redirect/12}");

        Value limited = js("http.get(BASE + '/redirect/12', { redirects: 10 })");
        assertThat(limited.getMember("url").asString()).isEqualTo(base + "/redirect/2");
        assertThat(vu.logged()).as("no warning when the request set its limit").hasSize(1);
    }

    @Test
    void maxRedirectsIsTheLimitOfRequestsThatSetNone() {
        vu.runningState().option("maxRedirects", 2);

        Value res = js("http.get(BASE + '/redirect/5')");
        Value own = js("http.get(BASE + '/redirect/5', { redirects: 5 })");

        assertThat(res.getMember("url").asString()).isEqualTo(base + "/redirect/3");
        assertThat(own.getMember("url").asString()).isEqualTo(base + "/redirect/0");
        assertThat(vu.logged()).as("the test set the limit: no warning, as in k6").isEmpty();
    }

    @Test
    void postWithAnObjectBodyIsFormEncoded() {
        Value echoed = js("http.post(BASE + '/echo', { b: 'two words', a: 1 }).json()");
        assertThat(echoed.getMember("method").asString()).isEqualTo("POST");
        assertThat(echoed.getMember("body").asString()).isEqualTo("a=1&b=two+words");
        assertThat(echoed.getMember("headers").getMember("Content-type").asString())
                .isEqualTo("application/x-www-form-urlencoded");
    }

    @Test
    void otherMethodsSendTheirBodyAndHeaders() {
        Value echoed = js("http.request('PUT', BASE + '/echo', '{\"x\":1}', "
                + "{ headers: { 'Content-Type': 'application/json', 'X-Trace': 'abc' } }).json()");
        assertThat(echoed.getMember("method").asString()).isEqualTo("PUT");
        assertThat(echoed.getMember("body").asString()).isEqualTo("{\"x\":1}");
        assertThat(echoed.getMember("headers").getMember("X-trace").asString()).isEqualTo("abc");
        assertThat(js("http.del(BASE + '/echo').json().method").asString()).isEqualTo("DELETE");
        assertThat(js("http.patch(BASE + '/echo', 'p').json().body").asString()).isEqualTo("p");
        assertThat(js("http.options(BASE + '/echo').json().method").asString()).isEqualTo("OPTIONS");
        Value head = js("http.head(BASE + '/bytes/5000')");
        assertThat(head.getMember("status").asInt()).isEqualTo(200);
        assertThat(head.getMember("body").asString()).isEmpty();
    }

    @Test
    void connectionRefusedIsAResponseNotAnException() throws IOException {
        script.set("CLOSED", "http://127.0.0.1:" + freePort() + "/");
        Value res = js("http.get(CLOSED)");
        assertThat(res.getMember("status").asInt()).isZero();
        assertThat(res.getMember("error_code").asInt()).isEqualTo(1212);
        assertThat(res.getMember("error").asString()).endsWith("connect: connection refused");
        assertThat(res.getMember("body").isNull()).isTrue();
        Sample failed = vu.samples("http_req_failed").getFirst();
        assertThat(failed.value()).isEqualTo(1.0);
        assertThat(failed.tags().get("error_code")).isEqualTo("1212");
        assertThat(failed.tags().get("status")).isEqualTo("0");
        assertThat(vu.logged()).as("k6's warning, through the VU's log").singleElement().asString()
                .startsWith("WARNING Request Failed {error=Get \"http://127.0.0.1:")
                .endsWith("connect: connection refused}");
    }

    @Test
    void aSlowResponseTimesOutWithK6sCode() {
        long start = System.nanoTime();
        Value res = js("http.get(BASE + '/delay/2000', { timeout: '100ms' })");
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(res.getMember("status").asInt()).isZero();
        assertThat(res.getMember("error_code").asInt()).isEqualTo(1050);
        assertThat(res.getMember("error").asString()).isEqualTo("request timeout");
        assertThat(tookMillis).isLessThan(1500);
        // what the request spent waiting for the answer that never came (not compared with the 100 ms:
        // a loaded machine starts the wait late)
        assertThat(res.getMember("timings").getMember("waiting").asDouble()).isPositive();
        // The timed-out connection is gone; the next request works on a new one.
        assertThat(js("http.get(BASE + '/json', { timeout: 5000 }).status").asInt()).isEqualTo(200);
    }

    @Test
    void everyRequestPushesK6MetricsWithRequestTags() {
        js("http.get(BASE + '/status/500', { tags: { name: 'errors', team: 'web' } })");
        Set<String> names = vu.samples().stream().map(s -> s.metric().name()).collect(Collectors.toSet());
        assertThat(names).containsExactlyInAnyOrder("http_reqs", "http_req_failed", "http_req_duration",
                "http_req_blocked", "http_req_connecting", "http_req_tls_handshaking", "http_req_sending",
                "http_req_waiting", "http_req_receiving", "data_sent", "data_received");
        TagSet tags = vu.samples("http_reqs").getFirst().tags();
        assertThat(tags.get("status")).isEqualTo("500");
        assertThat(tags.get("method")).isEqualTo("GET");
        assertThat(tags.get("name")).isEqualTo("errors");
        assertThat(tags.get("url")).isEqualTo(base + "/status/500");
        assertThat(tags.get("proto")).isEqualTo("HTTP/1.1");
        assertThat(tags.get("expected_response")).isEqualTo("false");
        assertThat(tags.get("scenario")).isEqualTo("default");
        assertThat(tags.get("team")).isEqualTo("web");
        assertThat(tags.get("error_code")).as("k6: 1000 + the status").isEqualTo("1500");
        assertThat(vu.samples("http_req_failed").getFirst().value()).isEqualTo(1.0);
        assertThat(vu.samples("http_req_duration").getFirst().metric().valueType().k6Name()).isEqualTo("time");

        vu.clearSamples();
        js("http.get(BASE + '/')");
        assertThat(vu.samples("http_req_failed").getFirst().value()).isZero();
        assertThat(vu.samples("http_reqs").getFirst().tags().get("name")).isEqualTo(base + "/");
        assertThat(vu.samples("data_received").getFirst().value()).isGreaterThan(300);
        assertThat(vu.samples("data_sent").getFirst().value()).isGreaterThan(40);
    }

    @Test
    void requestsInTheInitContextThrowK6sError() {
        try (ModuleScript init = new ModuleScript().importing("http", new HttpModule()).set("BASE", base)) {
            Value message = init.eval("try { http.get(BASE + '/'); 'no error' } catch (e) { e.message }");
            assertThat(message.asString()).isEqualTo("making http requests in the init context is not supported");
            assertThat(init.vu().samples()).isEmpty();
        }
    }

    @Test
    void requestsRunOnAVirtualThread() throws InterruptedException {
        AtomicReference<Integer> status = new AtomicReference<>();
        Thread vuThread = Thread.ofVirtual().start(() -> status.set(js("http.get(BASE + '/json').status").asInt()));
        vuThread.join();
        assertThat(status.get()).isEqualTo(200);
    }

    @Test
    void invalidUrlsFailWithoutMetrics() {
        Value res = js("http.get('not a url')");
        assertThat(res.getMember("status").asInt()).isZero();
        assertThat(res.getMember("error_code").asInt()).isEqualTo(1020);
        assertThat(vu.samples()).isEmpty();
    }

    @Test
    void responseTypeNoneDropsTheBody() {
        Value res = js("http.get(BASE + '/bytes/100000', { responseType: 'none' })");
        assertThat(res.getMember("status").asInt()).isEqualTo(200);
        assertThat(res.getMember("body").isNull()).isTrue();
        assertThat(vu.samples("data_received").getFirst().value()).isGreaterThan(100_000);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            return socket.getLocalPort();
        }
    }
}
