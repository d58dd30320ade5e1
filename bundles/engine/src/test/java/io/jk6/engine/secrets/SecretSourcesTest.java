package io.jk6.engine.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --secret-source} as k6 reads it: source types, names, the default, k6's error texts. */
class SecretSourcesTest {

    @TempDir
    Path dir;

    private final List<String> redacted = new ArrayList<>();

    private SecretSources of(String... flags) throws Exception {
        return SecretSources.of(List.of(flags), Map.of(), dir, redacted::add);
    }

    @Test
    void aLoneFileSourceIsTheDefaultAndEachValueIsRedactedOnceFetched() throws Exception {
        Files.writeString(dir.resolve("file.secret"), "cool=some\nelse=source\n");
        SecretSources sources = of("file=file.secret");
        assertThat(sources.get("default", "cool")).isEqualTo("some");
        assertThat(sources.get("file", "cool")).isEqualTo("some");
        assertThat(redacted).containsExactly("some");
        assertThatThrownBy(() -> sources.get("default", "nope")).hasMessage("no value");
        assertThatThrownBy(() -> sources.get("other", "cool")).hasMessage("no secret source with name \"other\" is configured");
    }

    @Test
    void namedSourcesAndTheOneMarkedDefault() throws Exception {
        Files.writeString(dir.resolve("s"), "cool=from-file\n");
        SecretSources sources = of("mock=default,cool=cool secret", "mock=name=another,cool=not cool", "file=filename=s,name=f");
        assertThat(sources.get("default", "cool")).isEqualTo("cool secret");
        assertThat(sources.get("another", "cool")).isEqualTo("not cool");
        assertThat(sources.get("f", "cool")).isEqualTo("from-file");
    }

    @Test
    void badFlagsAndSourcesGetK6sTexts() {
        assertThatThrownBy(() -> of("file=nope.secret")).hasMessage("open nope.secret: no such file or directory");
        assertThatThrownBy(() -> of("vault=x")).hasMessage("no secret source for type \"vault\" for configuration \"vault=x\"");
        assertThatThrownBy(() -> of("mock=a=1,default", "mock=name=b,b=2,default"))
                .hasMessage("can't have two secret sources that are default ones, second one was \"b=2\"");
        assertThatThrownBy(() -> of("mock=a")).hasMessage("parsing \"a\", needs =");
        assertThatThrownBy(() -> of("url=method=GET")).hasMessage("missing or invalid config: urlTemplate is required");
        assertThatThrownBy(() -> SecretSources.NONE.get("default", "x")).hasMessage("no secret sources are configured");
    }

    @Test
    void aUrlSourceTakesTheValueAtResponsePathAndRetriesA503() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/secrets/", exchange -> {
            String key = exchange.getRequestURI().getPath().substring("/secrets/".length());
            byte[] body = ("{\"plaintext\":\"value-of-" + key + "\",\"auth\":\"" + exchange.getRequestHeaders().getFirst("Authorization")
                    + "\"}").getBytes(StandardCharsets.UTF_8);
            int status = calls.incrementAndGet() == 1 ? 503 : key.equals("missing") ? 404 : 200;
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/secrets/{key}";
            Files.writeString(dir.resolve("url.json"), "{\"urlTemplate\": \"" + base + "\", \"headers\": {\"Authorization\": \"Bearer t\"},"
                    + " \"maxRetries\": 1, \"retryBackoff\": \"1ms\"}");
            SecretSources sources = of("url=config=url.json,responsePath=plaintext");
            assertThat(sources.get("default", "api-key")).isEqualTo("value-of-api-key");
            assertThat(calls).hasValue(2);
            assertThatThrownBy(() -> sources.get("default", "missing")).hasMessage("status code 404: failed to get secret");
            SecretSources auth = of("url=urlTemplate=" + base + ",headers.Authorization=Bearer x,responsePath=auth");
            assertThat(auth.get("url", "k")).isEqualTo("Bearer x");
        } finally {
            server.stop(0);
        }
    }
}
