package io.jk6.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * k6's {@code dns} and {@code localIPs} options against a local server that answers with the
 * address the request came from: which address a name resolves to, which one the VU dials from.
 */
class DialOptionsTest {

    private HttpServer server;
    private ModuleScript script;
    private FakeVU vu;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 16);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRemoteAddress().getAddress().getHostAddress().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        script = new ModuleScript(new FakeVU().startIterations()).importing("http", new HttpModule())
                .set("PORT", server.getAddress().getPort());
        vu = script.vu();
    }

    @AfterEach
    void stop() {
        script.close();
        server.stop(0);
    }

    @Test
    void localIpsGiveTheVuItsSourceAddress() {
        vu.runningState().options(Map.of("localIPs", "127.0.0.7-127.0.0.9"));

        Value res = script.eval("http.get(`http://127.0.0.1:${PORT}/`)");

        assertThat(res.getMember("body").asString()).as("VU 1 takes the pool's first address").isEqualTo("127.0.0.7");
    }

    @Test
    void withoutLocalIpsTheSystemChoosesTheSource() {
        assertThat(script.eval("http.get(`http://127.0.0.1:${PORT}/`).body").asString()).isEqualTo("127.0.0.1");
    }

    @Test
    void aDnsPolicyThatRulesOutEveryAddressIsNoSuchHost() {
        // localhost has only 127.0.0.1 here: onlyIPv6 leaves nothing to dial
        vu.runningState().options(Map.of("dns", Map.of("policy", "onlyIPv6")));

        Value res = script.eval("http.get(`http://localhost:${PORT}/`)");

        assertThat(res.getMember("error_code").asInt()).isEqualTo(1101);
        assertThat(res.getMember("error").asString()).isEqualTo("lookup localhost: no such host");
    }

    @Test
    void theDefaultPolicyDialsTheIpv4Address() {
        vu.runningState().options(Map.of("dns", Map.of("ttl", "0", "select", "roundRobin", "policy", "preferIPv4")));

        assertThat(script.eval("http.get(`http://localhost:${PORT}/`).status").asInt()).isEqualTo(200);
    }
}
