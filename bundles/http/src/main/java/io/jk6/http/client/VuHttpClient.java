package io.jk6.http.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.impl.DefaultConnectionReuseStrategy;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.protocol.HttpCoreContext;

/**
 * An HTTP client of one VU: sends one request at a time over keep-alive connections it owns,
 * one idle connection per scheme, host and port, reused across iterations. Blocking socket I/O
 * parks a virtual thread, and there is no lock around it: one thread uses a client at a time.
 * The VU's own requests use its main client; {@code http.batch} and {@code http.asyncRequest}
 * borrow others from the VU's {@link ClientPool}. Where a TLS server chooses HTTP/2, requests
 * are instead streams of the one connection to the host that all the VU's clients share.
 */
public final class VuHttpClient implements AutoCloseable {

    /** Idle connections older than this are checked for a server-side close before reuse. */
    private static final long VALIDATE_AFTER_IDLE_NANOS = 1_000_000_000L;

    private static final byte[] NO_BODY = new byte[0];
    /** Larger bodies with a Content-Length are read in pieces: a wrong header must not allocate gigabytes. */
    private static final long KNOWN_LENGTH_LIMIT = 16 << 20;

    // Concurrent only because close() may come from another thread when the VU is discarded.
    private final Map<ConnectionKey, HostConnection> idle = new ConcurrentHashMap<>();
    private final H2Connections h2Connections;
    /** Whether {@link #h2Connections} is this client's alone, to close with it. */
    private final boolean ownsH2Connections;
    private volatile ClientSettings settings;
    private volatile boolean closed;

    public VuHttpClient(String userAgent) {
        this(ClientSettings.of(userAgent));
    }

    public VuHttpClient(ClientSettings settings) {
        this(settings, new H2Connections(), true);
    }

    /** A client sharing the VU's HTTP/2 connections with its other clients (see {@link ClientPool}). */
    VuHttpClient(ClientSettings settings, H2Connections h2Connections, boolean ownsH2Connections) {
        this.settings = settings;
        this.h2Connections = h2Connections;
        this.ownsH2Connections = ownsH2Connections;
    }

    /** Applies the test's options to the next connections and requests. */
    public void configure(ClientSettings newSettings) {
        this.settings = newSettings;
    }

    /**
     * Sends {@code request} and reads the whole response before {@code deadlineNanos}.
     * Never throws for network trouble: the exchange then carries a {@link RequestFailure}.
     */
    public Exchange execute(OutgoingRequest request, long deadlineNanos) {
        return execute(request, deadlineNanos, true);
    }

    /**
     * As {@link #execute(OutgoingRequest, long)}; with {@code reuseConnection} false (k6's
     * {@code noConnectionReuse}) the request says {@code Connection: close} (HTTP/1.1) and its
     * connection is closed after it, as Go's transport does with keep-alives disabled.
     */
    public Exchange execute(OutgoingRequest request, long deadlineNanos, boolean reuseConnection) {
        ExchangeTimings timings = new ExchangeTimings(System.nanoTime());
        ConnectionKey key;
        try {
            key = ConnectionKey.of(request.uri());
        } catch (IllegalArgumentException e) {
            timings.finish();
            return failed(timings, null, new RequestFailure(K6ErrorCodes.INVALID_URL, e.getMessage()));
        }
        // A host that speaks h2 has one connection for all the VU's requests; else an idle HTTP/1.1 one.
        HostConnection connection = reuseConnection && key.isTls() ? h2Connections.usable(key) : null;
        if (connection == null) {
            connection = takeIdle(key);
        }
        boolean reused = connection != null;
        boolean retried = false;
        while (true) {
            try {
                if (connection == null) {
                    connection = HostConnection.open(key, deadlineNanos, timings, settings);
                    if (connection.h2() != null && reuseConnection && !closed) {
                        connection = h2Connections.share(connection);
                    }
                }
                return exchange(connection, request, deadlineNanos, timings, reuseConnection);
            } catch (IOException | HttpException | RuntimeException e) {
                Phase failedIn = timings.phase();
                timings.finish();
                if (connection != null) {
                    if (connection.h2() != null) {
                        releaseH2(connection, reuseConnection); // a stream's failure may leave it usable
                    } else {
                        connection.close();
                    }
                }
                boolean unprocessed = e instanceof H2Failure h2 && h2.unprocessed();
                if (!retried && (unprocessed || (reused && request.isIdempotent() && isStaleConnectionSymptom(e, failedIn)))
                        && !Deadlines.passed(deadlineNanos)) {
                    // The server closed the idle connection as we reused it, or refused the
                    // stream unprocessed: retry once on a new connection.
                    retried = true;
                    reused = false;
                    connection = null;
                    timings.restartAfterStaleConnection();
                    continue;
                }
                RequestFailure failure = K6ErrorCodes.classify(e, failedIn, key, Deadlines.passed(deadlineNanos));
                return failed(timings, connection, failure);
            }
        }
    }

    private static Exchange failed(ExchangeTimings timings, HostConnection connection, RequestFailure failure) {
        return new Exchange(0, "", "", Map.of(), NO_BODY, timings, 0, 0,
                connection == null ? "" : connection.remoteIp(),
                connection == null ? 0 : connection.remotePort(), TlsInfo.NONE, failure, List.of());
    }

    private static boolean isStaleConnectionSymptom(Exception e, Phase failedIn) {
        if (failedIn != Phase.SENDING && failedIn != Phase.WAITING) {
            return false;
        }
        return e instanceof NoHttpResponseException || e instanceof ConnectionClosedException
                || (e instanceof java.net.SocketException && !(e instanceof SocketTimeoutException));
    }

    private HostConnection takeIdle(ConnectionKey key) {
        HostConnection connection = idle.remove(key);
        if (connection != null && connection.idleNanos() > VALIDATE_AFTER_IDLE_NANOS && connection.isStale()) {
            connection.close();
            return null;
        }
        return connection;
    }

    private Exchange exchange(HostConnection connection, OutgoingRequest request, long deadlineNanos,
            ExchangeTimings timings, boolean reuseConnection) throws IOException, HttpException {
        if (connection.h2() != null) {
            return exchangeH2(connection, request, deadlineNanos, timings, reuseConnection);
        }
        long sentBefore = connection.sentBytes();
        long receivedBefore = connection.receivedBytes();
        ClassicHttpRequest wire = toWire(request);
        if (!reuseConnection) {
            wire.setHeader("Connection", "close");
        }

        timings.enter(Phase.SENDING);
        connection.applyDeadline(deadlineNanos);
        connection.http().sendRequestHeader(wire);
        if (wire.getEntity() != null) {
            connection.http().sendRequestEntity(wire);
        }
        connection.http().flush();

        timings.enter(Phase.WAITING);
        ClassicHttpResponse response;
        do {
            connection.applyDeadline(deadlineNanos);
            response = connection.http().receiveResponseHeader();
        } while (response.getCode() < 200);

        timings.enter(Phase.RECEIVING);
        byte[] body = NO_BODY;
        if (canHaveBody(request.method(), response.getCode())) {
            connection.http().receiveResponseEntity(response);
            body = readBody(connection, response.getEntity(), deadlineNanos);
        }
        timings.finish();

        long sent = connection.sentBytes() - sentBefore;
        long received = connection.receivedBytes() - receivedBefore;
        keepOrClose(connection, reuseConnection
                && DefaultConnectionReuseStrategy.INSTANCE.keepAlive(wire, response, HttpCoreContext.create()));
        return new Exchange(response.getCode(),
                response.getReasonPhrase() == null ? "" : response.getReasonPhrase(),
                "HTTP/1.1",
                ResponseHeaders.canonical(response.getHeaders()),
                body, timings, sent, received,
                connection.remoteIp(), connection.remotePort(), connection.tls(), null,
                setCookies(response));
    }

    /**
     * One request on a connection where ALPN chose h2. The request is built as for HTTP/1.1 and
     * turned into HTTP/2 headers; the VU's next request to the host reuses the connection, as
     * Go's transport multiplexes a host's requests onto one h2 connection.
     */
    private Exchange exchangeH2(HostConnection connection, OutgoingRequest request, long deadlineNanos,
            ExchangeTimings timings, boolean reuseConnection) throws IOException {
        H2Connection h2 = connection.h2();
        H2Connection.Response response = h2.exchange(H2Headers.request(toWire(request), connection.key().scheme()),
                request.body(), deadlineNanos, timings);
        timings.finish();
        releaseH2(connection, reuseConnection);
        byte[] body = canHaveBody(request.method(), response.status()) ? response.body() : NO_BODY;
        // Go's HTTP/2 responses carry no reason phrase on the wire; their Status uses the standard text.
        String reason = EnglishReasonPhraseCatalog.INSTANCE.getReason(response.status(), null);
        return new Exchange(response.status(), reason == null ? "" : reason, "HTTP/2.0",
                ResponseHeaders.canonical(response.headers()), body, timings,
                response.sentBytes(), response.receivedBytes(),
                connection.remoteIp(), connection.remotePort(), connection.tls(), null,
                setCookies(response.headers()));
    }

    /**
     * After a stream: a single-use connection ({@code noConnectionReuse}, as Go's transport with
     * keep-alives off) closes; a shared one that takes no more streams is retired.
     */
    private void releaseH2(HostConnection connection, boolean reuseConnection) {
        if (!reuseConnection) {
            connection.close();
        } else if (!connection.h2().reusable()) {
            h2Connections.forget(connection);
        }
    }

    /** Keeps {@code connection} as the host's idle one, or closes it when it must not be reused. */
    private void keepOrClose(HostConnection connection, boolean keep) {
        if (!closed && keep) {
            connection.markIdle();
            HostConnection previous = idle.put(connection.key(), connection);
            if (previous != null) {
                previous.close();
            }
        } else {
            connection.close();
        }
    }

    private static List<String> setCookies(ClassicHttpResponse response) {
        if (!response.containsHeader("Set-Cookie")) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>(2);
        for (Header header : response.getHeaders("Set-Cookie")) {
            lines.add(header.getValue());
        }
        return lines;
    }

    private static List<String> setCookies(Header[] headers) {
        List<String> lines = List.of();
        for (Header header : headers) {
            if (header.getName().equalsIgnoreCase("Set-Cookie")) {
                if (lines.isEmpty()) {
                    lines = new java.util.ArrayList<>(2);
                }
                lines.add(header.getValue());
            }
        }
        return lines;
    }

    private static boolean canHaveBody(String method, int status) {
        return !method.equals("HEAD") && status != 204 && status != 304
                && !(method.equals("CONNECT") && status < 300);
    }

    private static byte[] readBody(HostConnection connection, HttpEntity entity, long deadlineNanos)
            throws IOException {
        if (entity == null) {
            return NO_BODY;
        }
        long length = entity.getContentLength();
        try (InputStream in = entity.getContent()) {
            // Most answers say their length: read them straight into the array the response keeps,
            // with no buffer and no copy per request (the hot path of every http.get).
            return length >= 0 && length <= KNOWN_LENGTH_LIMIT ? readKnownLength(connection, in, (int) length, deadlineNanos)
                    : readToEnd(connection, in, deadlineNanos);
        }
    }

    private static byte[] readKnownLength(HostConnection connection, InputStream in, int length, long deadlineNanos)
            throws IOException {
        byte[] body = new byte[length];
        int read = 0;
        while (read < length) {
            // The timeout is per request, not per read: re-arm each read with what is left.
            connection.applyDeadline(deadlineNanos);
            int n = in.read(body, read, length - read);
            if (n < 0) {
                return Arrays.copyOf(body, read); // the connection closed early; httpcore5 reports that itself
            }
            read += n;
        }
        return body;
    }

    private static byte[] readToEnd(HostConnection connection, InputStream in, long deadlineNanos) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        while (true) {
            connection.applyDeadline(deadlineNanos);
            int n = in.read(buffer);
            if (n < 0) {
                return out.toByteArray();
            }
            out.write(buffer, 0, n);
        }
    }

    private ClassicHttpRequest toWire(OutgoingRequest request) {
        String path = request.uri().getRawPath() == null || request.uri().getRawPath().isEmpty()
                ? "/" : request.uri().getRawPath();
        if (request.uri().getRawQuery() != null) {
            path += "?" + request.uri().getRawQuery();
        }
        BasicClassicHttpRequest wire = new BasicClassicHttpRequest(request.method(), path);
        wire.addHeader("Host", hostHeader(request));
        boolean hasUserAgent = false;
        boolean hasAuthorization = false;
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            String name = header.getKey();
            if (name.equalsIgnoreCase("Host") || name.equalsIgnoreCase("Content-Length")) {
                if (name.equalsIgnoreCase("Host") && !header.getValue().isEmpty()) {
                    wire.setHeader("Host", header.getValue().get(0));
                }
                continue;
            }
            hasUserAgent |= name.equalsIgnoreCase("User-Agent");
            hasAuthorization |= name.equalsIgnoreCase("Authorization");
            for (String value : header.getValue()) {
                wire.addHeader(name, value);
            }
        }
        String userAgent = settings.userAgent();
        if (!hasUserAgent && !userAgent.isEmpty()) {
            wire.addHeader("User-Agent", userAgent);
        }
        String userInfo = request.uri().getRawUserInfo();
        if (!hasAuthorization && userInfo != null) {
            String decoded = java.net.URLDecoder.decode(userInfo, StandardCharsets.UTF_8);
            wire.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(decoded.getBytes(StandardCharsets.UTF_8)));
        }
        byte[] body = request.body();
        if (body != null && body.length > 0) {
            wire.addHeader("Content-Length", Integer.toString(body.length));
            wire.setEntity(new ByteArrayEntity(body, null));
        } else if (body != null || request.method().equals("POST") || request.method().equals("PUT")
                || request.method().equals("PATCH")) {
            // As Go does: a body-carrying method says explicitly that its body is empty.
            wire.addHeader("Content-Length", "0");
        }
        return wire;
    }

    private static String hostHeader(OutgoingRequest request) {
        String host = request.uri().getHost();
        return request.uri().getPort() == -1 ? host : host + ":" + request.uri().getPort();
    }

    /** Closes every idle connection; the client refuses to keep connections after this. */
    @Override
    public void close() {
        closed = true;
        for (HostConnection connection : idle.values()) {
            connection.close();
        }
        idle.clear();
        if (ownsH2Connections) {
            h2Connections.close();
        }
    }

    /** How many idle connections the VU holds, for tests and diagnostics. */
    public int idleConnections() {
        return idle.size();
    }
}
