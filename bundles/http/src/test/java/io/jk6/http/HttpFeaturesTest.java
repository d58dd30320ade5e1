package io.jk6.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.metrics.Sample;
import io.jk6.http.html.HtmlModule;
import io.jk6.launcher.testserver.TestServer;
import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** k6/http's batch, async requests, cookies, response callbacks, bodies and k6/html from JavaScript. */
class HttpFeaturesTest {

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
        script = new ModuleScript(new FakeVU().startIterations())
                .importing("http", new HttpModule()).importing("html", new HtmlModule()).set("BASE", base);
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
    void batchAnswersInTheRequestsShapeAndPushesMetricsForEach() {
        Value named = js("http.batch({ a: BASE + '/status/201', b: ['POST', BASE + '/echo', 'x'] })");
        assertThat(named.getMember("a").getMember("status").asInt()).isEqualTo(201);
        assertThat(named.getMember("b").getMember("body").asString()).contains("\"body\":\"x\"");
        assertThat(vu.samples("http_reqs")).hasSize(2);
        Value list = js("http.batch([BASE + '/json', { url: BASE + '/status/404' }])");
        assertThat(list.getArraySize()).isEqualTo(2);
        assertThat(list.getArrayElement(1).getMember("status").asInt()).isEqualTo(404);
    }

    @Test
    void batchRejectsARequestWithoutUrl() {
        assertThatThrownBy(() -> js("http.batch([{ method: 'GET' }])"))
                .isInstanceOf(PolyglotException.class).hasMessageContaining("request 0 has no url");
    }

    @Test
    void asyncRequestCompletesThroughTheEventLoop() throws Exception {
        // a script gets a Promise, settled on the VU's thread by its event loop
        assertThat(js("globalThis.pending = http.asyncRequest('GET', BASE + '/json');"
                + " pending.then((r) => { globalThis.res = r; }); pending instanceof Promise").asBoolean()).isTrue();
        assertThat(vu.samples("http_reqs")).isEmpty(); // metrics come with the response, on the VU's thread
        vu.runEventLoop();
        assertThat(js("res.status").asInt()).isEqualTo(200);
        assertThat(vu.samples("http_reqs")).hasSize(1);
    }

    @Test
    void theVuJarSendsServerCookiesBackAndEmptiesAtTheNextIteration() {
        js("http.get(BASE + '/cookies/set?session=abc')");
        assertThat(js("http.get(BASE + '/cookies').json().cookies.session").asString()).isEqualTo("abc");
        vu.nextIteration();
        assertThat(js("http.get(BASE + '/cookies').json().cookies.session").isNull()).isTrue();
    }

    @Test
    void setResponseCallbackDecidesHttpReqFailedAndNullDropsIt() {
        js("http.setResponseCallback(http.expectedStatuses(404)); http.get(BASE + '/status/404');"
                + "http.get(BASE + '/status/200');");
        assertThat(vu.samples("http_req_failed")).extracting(Sample::value).containsExactly(0.0, 1.0);
        assertThat(vu.samples("http_reqs")).extracting(s -> s.tags().get("expected_response"))
                .containsExactly("true", "false");
        js("http.setResponseCallback(null); http.get(BASE + '/status/500')");
        assertThat(vu.samples("http_req_failed")).hasSize(2);
        assertThat(vu.samples("http_reqs").get(2).tags().get("expected_response")).isNull();
    }

    @Test
    void expectedStatusesRejectsWhatIsNeitherACodeNorARange() {
        assertThatThrownBy(() -> js("http.expectedStatuses(200, 'x')"))
                .hasMessageContaining("argument number 2 to expectedStatuses");
    }

    @Test
    void discardResponseBodiesOptionAndResponseTypes() {
        vu.runningState().options(Map.of("discardResponseBodies", true));
        assertThat(js("http.get(BASE + '/json').body").isNull()).isTrue();
        assertThat(js("http.get(BASE + '/bytes/3', { responseType: 'binary' }).body.byteLength").asInt()).isEqualTo(3);
        assertThatThrownBy(() -> js("http.get(BASE + '/json', { responseType: 'blob' })"))
                .hasMessageContaining("invalid responseType \"blob\"");
    }

    @Test
    void anUrlTemplateNamesTheRequest() {
        js("http.get(http.url`${BASE}/status/${204}`)");
        assertThat(vu.samples("http_reqs").getFirst().tags().get("name")).isEqualTo("${}/status/${}");
        assertThat(vu.samples("http_reqs").getFirst().tags().get("url")).isEqualTo(base + "/status/204");
    }

    @Test
    void gzipResponsesAreDecodedAndRequestBodiesCompressed() {
        assertThat(js("http.get(BASE + '/gzip').json().gzipped").asBoolean()).isTrue();
        assertThat(js("http.post(BASE + '/echo', 'zipped', { compression: 'deflate' }).json().body").asString())
                .isEqualTo("zipped");
        assertThatThrownBy(() -> js("http.post(BASE + '/echo', 'x', { compression: 'lz4' })"))
                .hasMessageContaining("unknown compression algorithm lz4");
    }

    @Test
    void ntlmAuthIsAClearError() {
        assertThatThrownBy(() -> js("http.get(BASE + '/', { auth: 'ntlm' })"))
                .hasMessageContaining("auth: 'ntlm' is not supported by jk6; 'basic' or 'digest'");
    }

    @Test
    void httpDebugLogsEachRequestAndResponseAsK6WithTheBodyOnlyWhenFull() {
        vu.runningState().options(Map.of("httpDebug", "full", "userAgent", "probe/1"));
        js("http.post(BASE + '/echo', 'ping', { tags: { kind: 'debugged' } })");

        List<String> lines = vu.logged();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("INFO Request:\nPOST /echo HTTP/1.1\nHost: 127.0.0.1:")
                .contains("\nUser-Agent: probe/1\n").contains("\n\nping\n")
                .contains("source=http-debug").contains("kind=debugged").contains("request_id=");
        assertThat(lines.get(1)).startsWith("INFO Response:\nHTTP/1.1 200 OK\n").contains("\"method\":\"POST\"");
        String id = lines.get(0).replaceAll("(?s).*request_id=([0-9a-f-]+).*", "$1");
        assertThat(lines.get(1)).contains("request_id=" + id);
    }

    @Test
    void httpDebugWithoutFullLeavesTheBodiesOut() {
        vu.runningState().options(Map.of("httpDebug", "headers"));
        js("http.post(BASE + '/echo', 'secret-body')");

        assertThat(vu.logged()).hasSize(2).noneMatch(line -> line.contains("secret-body"));
    }

    @Test
    void rpsSpacesTheRequestsOfTheTest() {
        vu.runningState().options(Map.of("rps", 20L));
        long start = System.nanoTime();
        js("for (let i = 0; i < 5; i++) http.get(BASE + '/json')");
        // a lower bound only: 5 requests at 20/s cannot take less than 4 intervals of 50 ms
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(200);
    }

    @Test
    void hostsOptionDialsTheMappedAddress() {
        vu.runningState().options(Map.of("hosts", Map.of("jk6.invalid", base.replace("http://", ""))));
        assertThat(js("http.get('http://jk6.invalid/json').status").asInt()).isEqualTo(200);
    }

    @Test
    void parseHtmlSelects() {
        Value doc = js("html.parseHTML('<ul><li class=a>one</li><li>two</li></ul><input value=v>')");
        assertThat(js("html.parseHTML('<ul><li class=a>one</li><li>two</li></ul>').find('li').last().text()").asString())
                .isEqualTo("two");
        assertThat(doc.invokeMember("find", "li.a").invokeMember("text").asString()).isEqualTo("one");
        assertThat(doc.invokeMember("find", "input").invokeMember("val").asString()).isEqualTo("v");
        assertThat(doc.invokeMember("find", "li").invokeMember("size").asInt()).isEqualTo(2);
        assertThat(js("html.parseHTML('<p>x</p>').find('p').attr('nope')").isNull()).isTrue(); // undefined
    }
}
