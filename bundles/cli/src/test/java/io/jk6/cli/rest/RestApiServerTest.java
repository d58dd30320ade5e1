package io.jk6.cli.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Binding {@code --address}: only where told, and clear errors naming the address. */
class RestApiServerTest {

    @Test
    void bindsTheLoopbackAddressItIsGiven() throws IOException {
        try (RestApiServer server = RestApiServer.bind("127.0.0.1:0")) {
            assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(server.address().getPort()).isPositive();
        }
        try (RestApiServer server = RestApiServer.bind("[::1]:0")) {
            assertThat(server.address().getAddress()).isEqualTo(InetAddress.getByName("::1"));
        }
    }

    @Test
    void aTakenAddressFailsNamingIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String address = "127.0.0.1:" + taken.getLocalPort();
            assertThatThrownBy(() -> RestApiServer.bind(address)).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cannot listen on " + address + ": ");
        }
    }

    @Test
    void aMalformedAddressFailsSayingWhy() {
        assertThatThrownBy(() -> RestApiServer.bind("6565")).hasMessage(
                "invalid address \"6565\": missing port in address (use host:port, e.g. 127.0.0.1:6565)");
        assertThatThrownBy(() -> RestApiServer.bind("localhost:http")).hasMessage(
                "invalid address \"localhost:http\": invalid port \"http\"");
        assertThatThrownBy(() -> RestApiServer.bind("127.0.0.1:70000")).hasMessageContaining("invalid port 70000");
        assertThatThrownBy(() -> RestApiServer.bind("::1:6565")).hasMessageContaining("too many colons");
    }
}
