package io.jk6.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Sample;
import io.jk6.launcher.testserver.TestServer;
import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code auth: 'digest'} against the test server's httpbin-like {@code /digest-auth/...}, which
 * checks the answer with its own implementation: two requests as in k6, the challenge's 401
 * expected, the credentials never sent as Basic.
 */
class DigestAuthTest {

    private static TestServer server;

    private ModuleScript script;
    private FakeVU vu;

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
        script = new ModuleScript(new FakeVU().startIterations()).importing("http", new HttpModule())
                .set("HOST", server.baseUrl().substring("http://".length()));
        vu = script.vu();
    }

    @AfterEach
    void closeVu() {
        script.close();
    }

    @Test
    void theUrlsCredentialsAnswerTheChallengeInASecondRequest() {
        Value res = script.eval("http.get(`http://alice:s3cret@${HOST}/digest-auth/auth/alice/s3cret`, { auth: 'digest' })");

        assertThat(res.getMember("status").asInt()).isEqualTo(200);
        assertThat(res.getMember("body").asString()).contains("\"authenticated\":true");
        assertThat(vu.samples("http_reqs").stream().map(s -> s.tags().get("status"))).containsExactly("401", "200");
        assertThat(vu.samples("http_req_failed").stream().map(Sample::value))
                .as("k6 expects the challenge's 401").containsExactly(0.0, 0.0);
    }

    @Test
    void sha256AndNoQopWorkToo() {
        assertThat(script.eval("http.get(`http://bob:pw@${HOST}/digest-auth/none/bob/pw/SHA-256`, { auth: 'digest' })"
                + ".status").asInt()).isEqualTo(200);
        assertThat(script.eval("http.get(`http://bob:pw@${HOST}/digest-auth/auth/bob/pw/MD5-sess`, { auth: 'digest' })"
                + ".status").asInt()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordEndsIn401AndIsAFailedRequest() {
        Value res = script.eval("http.get(`http://alice:wrong@${HOST}/digest-auth/auth/alice/s3cret`, { auth: 'digest' })");

        assertThat(res.getMember("status").asInt()).isEqualTo(401);
        assertThat(res.getMember("error_code").asInt()).isEqualTo(1401);
        assertThat(vu.samples("http_req_failed").stream().map(Sample::value)).containsExactly(0.0, 1.0);
    }

    @Test
    void withoutDigestTheCredentialsGoAsBasicAndTheServerRefusesThem() {
        assertThat(script.eval("http.get(`http://alice:s3cret@${HOST}/digest-auth/auth/alice/s3cret`).status").asInt())
                .isEqualTo(401);
        assertThat(vu.samples("http_reqs")).hasSize(1);
    }
}
