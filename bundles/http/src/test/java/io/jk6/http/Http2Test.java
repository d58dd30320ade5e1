package io.jk6.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Sample;
import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import java.nio.file.Path;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP/2 where a TLS server chooses it by ALPN, against httpcore5-h2's own server: the
 * protocol scripts see, the metric tag, one connection per VU and host, and k6/http's features
 * over h2; HTTP/1.1 where the server does not offer h2 or the connection is cleartext.
 */
class Http2Test {

    @TempDir
    static Path dir;

    private static H2TestServer h2;

    private H2TestServer other;
    private ModuleScript script;
    private FakeVU vu;

    @BeforeAll
    static void startServer() throws Exception {
        h2 = new H2TestServer(dir, true, true);
    }

    @AfterAll
    static void stopServer() {
        h2.close();
    }

    @BeforeEach
    void newVu() {
        h2.resetCounts();
        vu = new FakeVU().startIterations();
        // The server's certificate is self-signed: trusting it is HttpsTest's subject, not this one's.
        vu.runningState().options(Map.of("insecureSkipTLSVerify", true));
        script = new ModuleScript(vu).importing("http", new HttpModule()).set("BASE", "https://127.0.0.1:" + h2.port());
    }

    @AfterEach
    void closeVu() {
        script.close();
        if (other != null) {
            other.close();
        }
    }

    private Value js(String source) {
        return script.eval(source);
    }

    @Test
    void aServerChoosingH2AnswersOverHttp2WithTimingsAndTheProtoTag() {
        Value res = js("http.get(BASE + '/echo')");
        assertThat(res.getMember("error").asString()).isEmpty();
        assertThat(res.getMember("status").asInt()).isEqualTo(200);
        assertThat(res.getMember("proto").asString()).isEqualTo("HTTP/2.0");
        assertThat(res.getMember("status_text").asString()).isEqualTo("200 OK");
        assertThat(res.getMember("body").asString()).isEqualTo("HTTP/2.0 GET /echo 0 -");
        assertThat(res.getMember("tls_version").asString()).startsWith("tls1.");
        Value timings = res.getMember("timings");
        assertThat(timings.getMember("connecting").asDouble()).isPositive();
        assertThat(timings.getMember("tls_handshaking").asDouble()).isPositive();
        assertThat(timings.getMember("waiting").asDouble()).isPositive();
        assertThat(timings.getMember("duration").asDouble()).isPositive();
        io.jk6.api.metrics.TagSet tags = vu.samples("http_req_duration").getFirst().tags();
        assertThat(tags.get("proto")).isEqualTo("HTTP/2.0");
        assertThat(tags.get("status")).isEqualTo("200");
        assertThat(vu.samples("data_received").stream().mapToDouble(Sample::value).sum()).isPositive();
    }

    @Test
    void oneVuSendsItsRequestsToAHostOverOneConnection() {
        js("for (let i = 0; i < 5; i++) { http.get(BASE + '/echo?i=' + i); }");
        Value last = js("http.post(BASE + '/echo', 'x')");
        assertThat(last.getMember("proto").asString()).isEqualTo("HTTP/2.0");
        assertThat(last.getMember("timings").getMember("connecting").asDouble()).isZero();
        assertThat(last.getMember("timings").getMember("tls_handshaking").asDouble()).isZero();
        assertThat(h2.connections()).isEqualTo(1);
    }

    @Test
    void noConnectionReuseOpensAConnectionPerRequest() {
        vu.runningState().options(Map.of("insecureSkipTLSVerify", true, "noConnectionReuse", true));
        js("for (let i = 0; i < 3; i++) { if (http.get(BASE + '/echo').proto !== 'HTTP/2.0') throw 'h1'; }");
        assertThat(h2.connections()).isEqualTo(3);
    }

    @Test
    void aBodyLargerThanTheInitialFlowControlWindowIsSentWhole() {
        Value res = js("http.post(BASE + '/echo', 'a'.repeat(300000))");
        assertThat(res.getMember("body").asString()).isEqualTo("HTTP/2.0 POST /echo 300000 -");
    }

    @Test
    void redirectsCookiesAndCompressionWorkOverH2() {
        Value res = js("http.get(BASE + '/redirect')");
        assertThat(res.getMember("status").asInt()).isEqualTo(200);
        assertThat(res.getMember("url").asString()).endsWith("/echo");
        assertThat(res.getMember("body").asString()).isEqualTo("HTTP/2.0 GET /echo 0 flavour=oat");
        assertThat(js("http.get(BASE + '/gzip').body").asString()).isEqualTo("unzipped over h2");
        assertThat(js("String.fromCharCode(...new Uint8Array("
                + "http.get(BASE + '/echo', { responseType: 'binary' }).body))").asString())
                .startsWith("HTTP/2.0 GET /echo 0 ").contains("flavour=oat");
    }

    @Test
    void batchAndAsyncRequestsAreStreamsOfTheVusOneConnection() throws Exception {
        Value list = js("http.batch([BASE + '/echo?a', BASE + '/echo?b', ['POST', BASE + '/echo', 'xyz']])");
        for (int i = 0; i < 3; i++) {
            assertThat(list.getArrayElement(i).getMember("proto").asString()).isEqualTo("HTTP/2.0");
        }
        assertThat(list.getArrayElement(2).getMember("body").asString()).startsWith("HTTP/2.0 POST /echo 3");
        js("http.asyncRequest('GET', BASE + '/echo').then((r) => { globalThis.res = r; })");
        vu.runEventLoop();
        assertThat(js("res.proto").asString()).isEqualTo("HTTP/2.0");
        js("http.get(BASE + '/echo')");
        // Side by side, the three requests may each dial (and Go's transport does too), but only
        // one connection is kept and carries them all.
        assertThat(h2.connectionsWithRequests()).isEqualTo(1);
    }

    @Test
    void slowRequestsOfABatchWaitSideBySideOnOneConnection() {
        Value list = js("http.batch([BASE + '/slow', BASE + '/slow', BASE + '/slow'])");
        for (int i = 0; i < 3; i++) {
            assertThat(list.getArrayElement(i).getMember("body").asString()).isEqualTo("late");
        }
        assertThat(h2.connectionsWithRequests()).isEqualTo(1);
    }

    @Test
    void theTimeoutEndsAStreamThatIsNotAnsweredAndLeavesTheConnectionToTheNext() {
        js("http.get(BASE + '/echo')"); // connected first, so the timeout hits the stream, not the dial
        Value res = js("http.get(BASE + '/slow', { timeout: '500ms' })");
        assertThat(res.getMember("error_code").asInt()).isEqualTo(1050);
        assertThat(res.getMember("error").asString()).isEqualTo("request timeout");
        assertThat(res.getMember("timings").getMember("waiting").asDouble()).isPositive();
        assertThat(res.getMember("status").asInt()).isZero();
        Value after = js("http.get(BASE + '/echo')");
        assertThat(after.getMember("proto").asString()).isEqualTo("HTTP/2.0");
        assertThat(after.getMember("timings").getMember("connecting").asDouble()).isZero();
        assertThat(h2.connections()).isEqualTo(1);
    }

    @Test
    void aConnectionTheServerClosedWhileIdleIsReplacedUnnoticed() throws Exception {
        other = new H2TestServer(dir, true, true, org.apache.hc.core5.util.Timeout.ofMilliseconds(200));
        String url = "https://127.0.0.1:" + other.port() + "/echo";
        assertThat(js("http.get('" + url + "').proto").asString()).isEqualTo("HTTP/2.0");
        Thread.sleep(1_000);
        Value res = js("http.post('" + url + "', 'after the close')");
        assertThat(res.getMember("error").asString()).isEmpty();
        assertThat(res.getMember("body").asString()).isEqualTo("HTTP/2.0 POST /echo 15 seen=1");
        assertThat(other.connections()).isEqualTo(2);
    }

    @Test
    void theHostsOptionDialsItsAddressForAnH2Host() {
        vu.runningState().options(Map.of("insecureSkipTLSVerify", true, "hosts", Map.of("h2.test", "127.0.0.1")));
        Value res = js("http.get('https://h2.test:' + " + h2.port() + " + '/echo')");
        assertThat(res.getMember("error").asString()).isEmpty();
        assertThat(res.getMember("proto").asString()).isEqualTo("HTTP/2.0");
    }

    @Test
    void aTlsServerOfferingOnlyHttp11AnswersOverHttp11() throws Exception {
        other = new H2TestServer(dir, true, false);
        Value res = js("http.get('https://127.0.0.1:" + other.port() + "/echo')");
        assertThat(res.getMember("error").asString()).isEmpty();
        assertThat(res.getMember("proto").asString()).isEqualTo("HTTP/1.1");
        assertThat(res.getMember("body").asString()).startsWith("HTTP/1.1 GET /echo");
        assertThat(vu.samples("http_reqs").getFirst().tags().get("proto")).isEqualTo("HTTP/1.1");
    }

    @Test
    void cleartextStaysHttp11EvenWhereTheServerSpeaksH2() throws Exception {
        other = new H2TestServer(dir, false, true);
        Value res = js("http.get('http://127.0.0.1:" + other.port() + "/echo')");
        assertThat(res.getMember("error").asString()).isEmpty();
        assertThat(res.getMember("proto").asString()).isEqualTo("HTTP/1.1");
        assertThat(res.getMember("body").asString()).startsWith("HTTP/1.1 GET /echo");
    }
}
