package io.jk6.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code client.connect}: a server's reflection instead of .proto files, k6's error texts for a port nobody
 * listens on and for bad params, and connecting in the init context.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConnectTest {

    @RegisterExtension
    static final EchoServer server = new EchoServer(true);

    private ModuleScript script;
    private FakeVU vu;

    @BeforeEach
    void newVu() throws InterruptedException {
        script = new ModuleScript().module("k6/net/grpc", new GrpcModule());
        vu = script.vu();
        script.evaluate("""
                import grpc from 'k6/net/grpc';
                globalThis.grpc = grpc;
                globalThis.client = new grpc.Client();
                """);
        script.set("ADDR", server.address());
    }

    @AfterEach
    void closeVu() {
        script.close();
    }

    @Test
    void reflectionLoadsTheServersDescriptors() throws InterruptedException {
        assertThat(script.errorOf("client.connect(ADDR, { plaintext: true })"))
                .isEqualTo("connecting to a gRPC server in the init context is not supported");
        vu.startIterations();
        script.evaluate("""
                client.connect(ADDR, { plaintext: true, reflect: true, timeout: '10s' });
                globalThis.res = client.invoke('jk6.test.Echo/Say', { text: 'reflected', point: { y: 2 } });
                """);
        assertThat(script.eval("res.message.text + ':' + res.message.point.y").asString()).isEqualTo("reflected:2");
    }

    @Test
    void reflectionFailsWithK6sTextWhenTheServerHasNone() throws InterruptedException {
        vu.startIterations();
        try (NoReflection other = new NoReflection()) {
            script.set("OTHER", other.address());
            assertThat(script.errorOf("client.connect(OTHER, { plaintext: true, reflect: true })"))
                    .startsWith("can't list services: rpc error: code = Unimplemented desc = ");
        }
    }

    @Test
    void aClosedPortIsRefusedAsGoSaysIt() throws IOException {
        vu.startIterations();
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThat(script.errorOf("client.connect('127.0.0.1:" + port + "', { plaintext: true, timeout: '5s' })"))
                .isEqualTo("connection error: desc = \"transport: error while dialing: dial tcp 127.0.0.1:" + port
                        + ": connect: connection refused\"");
    }

    @Test
    void badParamsAreK6sErrors() {
        vu.startIterations();
        assertThat(script.errorOf("client.connect(ADDR, { plaintext: 'yes' })"))
                .isEqualTo("invalid grpc.connect() parameters: invalid plaintext value: '\"yes\"', it needs to be boolean");
        assertThat(script.errorOf("client.connect(ADDR, { nope: true })"))
                .isEqualTo("invalid grpc.connect() parameters: unknown connect param: \"nope\"");
    }

    /** The same service, without reflection, for as long as a test needs it. */
    private static final class NoReflection implements AutoCloseable {

        private final EchoServer server = new EchoServer(false);

        NoReflection() {
            try {
                server.beforeAll(null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String address() {
            return server.address();
        }

        @Override
        public void close() {
            server.afterAll(null);
        }
    }
}
