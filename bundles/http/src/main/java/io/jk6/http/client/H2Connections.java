package io.jk6.http.client;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP/2 connections of one VU, one per scheme, host and port, shared by all of the VU's
 * clients: its own requests and those of {@code http.batch} and {@code http.asyncRequest}
 * become streams of the same connection, as with Go's transport (one per VU in k6).
 */
final class H2Connections implements AutoCloseable {

    private final ConcurrentHashMap<ConnectionKey, HostConnection> byKey = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** The host's connection if it takes new streams, else null. */
    HostConnection usable(ConnectionKey key) {
        HostConnection connection = byKey.get(key);
        if (connection != null && !connection.h2().reusable()) {
            forget(connection);
            return null;
        }
        return connection;
    }

    /**
     * Offers a newly dialed connection to the VU's other requests, and returns the one to use:
     * when requests dialed the host side by side, the first connection shared wins and the
     * later ones close unused, as Go's HTTP/2 connection pool does ({@code addConnIfNeeded}).
     */
    HostConnection share(HostConnection connection) {
        while (true) {
            HostConnection current = byKey.putIfAbsent(connection.key(), connection);
            if (current == null) {
                if (closed) {
                    close();
                }
                return connection;
            }
            if (current.h2().reusable()) {
                connection.close();
                return current;
            }
            forget(current);
        }
    }

    /** Stops offering a connection that takes no new streams; it closes when its streams finished. */
    void forget(HostConnection connection) {
        if (byKey.remove(connection.key(), connection)) {
            connection.h2().retire();
        }
    }

    @Override
    public void close() {
        closed = true;
        byKey.values().forEach(HostConnection::close);
        byKey.clear();
    }
}
