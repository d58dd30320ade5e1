package io.jk6.http.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.net.InetAddressUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * One keep-alive connection of a VU: a plain or TLS socket driven by httpcore5's blocking
 * HTTP/1.1 connection, or by an {@link H2Connection} when the TLS handshake's ALPN chose
 * {@code h2} (as Go's transport, k6 offers h2 only over TLS). Opening it times the TCP connect
 * and the TLS handshake separately, which is why the socket is built here rather than by a
 * connection factory.
 */
final class HostConnection {

    /** Go's default dialer timeout, which k6 keeps: a dial can fail before the request times out. */
    static final long DIAL_TIMEOUT_MILLIS = 30_000;

    /** {@code GODEBUG=http2client=0} turns HTTP/2 off in k6 (Go), and so it does here. */
    private static final boolean H2_DISABLED = String.valueOf(System.getenv("GODEBUG")).contains("http2client=0");

    private final ConnectionKey key;
    private final Socket socket;
    /** The HTTP/1.1 connection, or null when {@link #h2} drives the socket. */
    private final DefaultBHttpClientConnection http;
    private final H2Connection h2;
    /** The timeout the socket has now; -1 before the first request. */
    private int socketTimeoutMillis = -1;
    private final TlsInfo tls;
    private long idleSinceNanos;

    private HostConnection(ConnectionKey key, Socket socket, DefaultBHttpClientConnection http, H2Connection h2,
            TlsInfo tls) {
        this.key = key;
        this.socket = socket;
        this.http = http;
        this.h2 = h2;
        this.tls = tls;
    }

    /**
     * Resolves, connects and (for https) handshakes, moving {@code timings} through the
     * connecting and TLS phases. The caller classifies failures by the phase they left behind.
     */
    static HostConnection open(ConnectionKey key, long deadlineNanos, ExchangeTimings timings,
            ClientSettings settings) throws IOException {
        InetSocketAddress target = target(key, settings);
        timings.enter(Phase.CONNECTING);
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            if (settings.localAddress() != null) {
                socket.bind(new InetSocketAddress(settings.localAddress(), 0)); // localIPs: the VU's address
            }
            long remaining = Deadlines.remainingMillis(deadlineNanos);
            int connectTimeout = (int) Math.max(1, Math.min(DIAL_TIMEOUT_MILLIS, remaining));
            socket.connect(target, connectTimeout);
            if (!key.isTls()) {
                DefaultBHttpClientConnection http = new DefaultBHttpClientConnection(Http1Config.DEFAULT);
                http.bind(socket);
                return new HostConnection(key, socket, http, null, TlsInfo.NONE);
            }
            timings.enter(Phase.TLS_HANDSHAKING);
            SSLSocket tls = handshake(socket, key, deadlineNanos, settings);
            TlsInfo negotiated = TlsInfo.of(tls.getSession());
            if ("h2".equals(tls.getApplicationProtocol())) {
                return new HostConnection(key, socket, null, new H2Connection(tls), negotiated);
            }
            DefaultBHttpClientConnection http = new DefaultBHttpClientConnection(Http1Config.DEFAULT);
            http.bind(tls, socket);
            return new HostConnection(key, socket, http, null, negotiated);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Where to connect: the {@code hosts} option's address for the host if it names one, else DNS. */
    private static InetSocketAddress target(ConnectionKey key, ClientSettings settings) throws IOException {
        InetSocketAddress target = resolve(key, settings);
        settings.dial().checkAddress(target.getAddress());
        return target;
    }

    private static InetSocketAddress resolve(ConnectionKey key, ClientSettings settings) throws IOException {
        if (!InetAddressUtils.isIPv4(key.host()) && !InetAddressUtils.isIPv6(key.host())) {
            settings.dial().checkHost(key.host()); // as k6: names only, before the hosts option and DNS
        }
        String mapped = settings.hosts().get(key.host());
        if (mapped == null) {
            return new InetSocketAddress(settings.dns().resolve(key.host()), key.port());
        }
        int colon = mapped.lastIndexOf(':');
        boolean hasPort = colon > 0 && mapped.indexOf(':') == colon; // one colon: ip:port; more: bare IPv6
        if (mapped.startsWith("[")) {
            int end = mapped.indexOf(']');
            hasPort = end > 0 && mapped.length() > end + 1;
            colon = hasPort ? end + 1 : -1;
        }
        String host = (hasPort ? mapped.substring(0, colon) : mapped).replace("[", "").replace("]", "");
        int port = hasPort ? Integer.parseInt(mapped.substring(colon + 1)) : key.port();
        return new InetSocketAddress(InetAddress.getByName(host), port);
    }

    private static SSLSocket handshake(Socket socket, ConnectionKey key, long deadlineNanos, ClientSettings settings)
            throws IOException {
        boolean insecure = settings.insecureSkipTLSVerify();
        SSLContext context;
        try {
            context = ClientTls.context(settings.tls(), insecure);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("no TLS context", e);
        }
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, key.host(), key.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        // Hostname verification is off on a layered socket unless asked for.
        parameters.setEndpointIdentificationAlgorithm(insecure ? null : "HTTPS");
        if (!InetAddressUtils.isIPv4(key.host()) && !InetAddressUtils.isIPv6(key.host())) {
            parameters.setServerNames(List.of(new SNIHostName(key.host())));
        }
        parameters.setApplicationProtocols(H2_DISABLED ? new String[] {"http/1.1"} : new String[] {"h2", "http/1.1"});
        if (settings.tls().protocols() != null) {
            parameters.setProtocols(settings.tls().protocols().toArray(String[]::new));
        }
        if (settings.tls().cipherSuites() != null) {
            parameters.setCipherSuites(settings.tls().cipherSuites().toArray(String[]::new));
        }
        tls.setSSLParameters(parameters);
        tls.setSoTimeout(Deadlines.socketTimeoutMillis(deadlineNanos));
        tls.startHandshake();
        return tls;
    }

    ConnectionKey key() {
        return key;
    }

    DefaultBHttpClientConnection http() {
        return http;
    }

    /** The HTTP/2 connection when ALPN chose h2, else null. */
    H2Connection h2() {
        return h2;
    }

    /** What TLS negotiated ({@link TlsInfo#NONE} for plain HTTP). */
    TlsInfo tls() {
        return tls;
    }

    String remoteIp() {
        return socket.getInetAddress() == null ? "" : socket.getInetAddress().getHostAddress();
    }

    int remotePort() {
        return socket.getPort();
    }

    /**
     * Bounds the next socket reads by the request's deadline. The socket's timeout is only
     * changed when it must grow, or shrink by more than a tenth: with the usual 60 s timeout and
     * fast responses that is once per connection, not once per request.
     */
    void applyDeadline(long deadlineNanos) throws SocketTimeoutException {
        int millis = Deadlines.socketTimeoutMillis(deadlineNanos);
        if (millis > socketTimeoutMillis || millis < socketTimeoutMillis - socketTimeoutMillis / 10) {
            http.setSocketTimeout(Timeout.ofMilliseconds(millis));
            socketTimeoutMillis = millis;
        }
    }

    long sentBytes() {
        return http.getEndpointDetails() == null ? 0 : http.getEndpointDetails().getSentBytesCount();
    }

    long receivedBytes() {
        return http.getEndpointDetails() == null ? 0 : http.getEndpointDetails().getReceivedBytesCount();
    }

    void markIdle() {
        idleSinceNanos = System.nanoTime();
    }

    long idleNanos() {
        return System.nanoTime() - idleSinceNanos;
    }

    /**
     * Whether the server closed the connection while it idled. Costs a 1 ms read attempt,
     * so callers only ask after a longer idle period.
     */
    boolean isStale() {
        try {
            return !http.isOpen() || http.isStale();
        } catch (IOException e) {
            return true;
        }
    }

    void close() {
        if (h2 != null) {
            h2.close();
            return;
        }
        http.close(CloseMode.IMMEDIATE);
    }
}
