package io.jk6.testing.run;

import io.jk6.launcher.testserver.TestServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The framework's {@link TestServer} on 127.0.0.1 and a free port, for one test class:
 * {@code @RegisterExtension static final TestTarget target = new TestTarget();}.
 */
public final class TestTarget implements BeforeAllCallback, AfterAllCallback {

    private TestServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new TestServer(0).start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    /** {@code http://127.0.0.1:PORT}, no trailing slash. */
    public String baseUrl() {
        return server.baseUrl();
    }
}
