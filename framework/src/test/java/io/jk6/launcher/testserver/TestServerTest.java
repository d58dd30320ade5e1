package io.jk6.launcher.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestServerTest {

    private static TestServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        server = new TestServer(0).start();
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @AfterAll
    static void stop() {
        server.stop();
        client.close();
    }

    private static HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(10))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnLoopbackWithTheRealPort() {
        assertThat(server.port()).isPositive();
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
    }

    @Test
    void homeIsASmallHtmlPageWithContentLength() throws Exception {
        HttpResponse<String> res = send("GET", "/", null);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(res.body()).contains("<h1>jk6 test server</h1>").hasSizeBetween(200, 400);
        assertThat(res.headers().firstValueAsLong("Content-Length")).hasValue(res.body().length());
    }

    @Test
    void jsonIsTheDocumentedDocument() throws Exception {
        HttpResponse<String> res = send("GET", "/json", null);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(res.body()).isEqualTo("{\"name\":\"jk6\",\"items\":[1,2,3]}");
    }

    @Test
    void statusAnswersWithTheAskedCode() throws Exception {
        assertThat(send("GET", "/status/418", null).statusCode()).isEqualTo(418);
        assertThat(send("GET", "/status/500", null).statusCode()).isEqualTo(500);
        HttpResponse<String> noContent = send("GET", "/status/204", null);
        assertThat(noContent.statusCode()).isEqualTo(204);
        assertThat(noContent.body()).isEmpty();
        assertThat(send("GET", "/status/abc", null).statusCode()).isEqualTo(400);
    }

    @Test
    void delayWaitsAtLeastTheAskedTime() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> res = send("GET", "/delay/150", null);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo("{\"delay\":150}");
        assertThat(tookMillis).isGreaterThanOrEqualTo(150);
    }

    @Test
    void redirectCountsDownThenAnswers200() throws Exception {
        HttpResponse<String> first = send("GET", "/redirect/2", null);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).hasValue("/redirect/1");
        HttpResponse<String> last = send("GET", "/redirect/0", null);
        assertThat(last.statusCode()).isEqualTo(200);

        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        try (following) {
            HttpResponse<String> followed = following.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/redirect/3")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(followed.statusCode()).isEqualTo(200);
            assertThat(followed.uri().getPath()).isEqualTo("/redirect/0");
        }
    }

    @Test
    void echoReturnsMethodHeadersAndBody() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/echo?x=1"))
                .header("X-Test", "a \"quoted\" value")
                .method("PUT", HttpRequest.BodyPublishers.ofString("line1\nline2"))
                .build();
        HttpResponse<String> res = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body())
                .startsWith("{\"method\":\"PUT\",\"url\":\"/echo?x=1\"")
                .contains("\"X-test\":\"a \\\"quoted\\\" value\"")
                .endsWith("\"body\":\"line1\\nline2\"}");
    }

    @Test
    void bytesReturnsExactlyNBytesAndIsBounded() throws Exception {
        HttpResponse<byte[]> res = client.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/bytes/1000")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).hasSize(1000);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/octet-stream");

        HttpResponse<Void> huge = client.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/bytes/999999999"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(huge.statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathsAre404() throws Exception {
        assertThat(send("GET", "/nope", null).statusCode()).isEqualTo(404);
    }

    @Test
    void startingTwiceIsRefusedAndStopIsIdempotent() {
        TestServer other = new TestServer(0).start();
        assertThatThrownBy(other::start).isInstanceOf(IllegalStateException.class);
        other.stop();
        other.stop();
        assertThatThrownBy(other::port).isInstanceOf(IllegalStateException.class);
    }
}
