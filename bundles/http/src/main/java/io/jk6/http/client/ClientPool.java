package io.jk6.http.client;

import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The clients of one VU: a client is used by one thread at a time, so the VU's own requests
 * have one and each parallel request ({@code http.batch}, {@code http.asyncRequest}) borrows
 * another, and gives it back with its keep-alive HTTP/1.1 connections for the next batch. All of
 * them share the VU's HTTP/2 connections, one per host, as streams.
 */
public final class ClientPool implements AutoCloseable {

    private final ConcurrentLinkedDeque<VuHttpClient> idle = new ConcurrentLinkedDeque<>();
    /** The VU's HTTP/2 connections, which every client of the pool shares. */
    private final H2Connections h2Connections = new H2Connections();
    private volatile ClientSettings settings;
    private volatile boolean closed;

    public ClientPool(ClientSettings settings) {
        this.settings = settings;
    }

    public void configure(ClientSettings newSettings) {
        this.settings = newSettings;
        idle.forEach(client -> client.configure(newSettings));
    }

    /** A client for one thread's use until {@link #release}. */
    public VuHttpClient borrow() {
        VuHttpClient client = idle.pollFirst();
        if (client == null) {
            client = new VuHttpClient(settings, h2Connections, false);
        }
        client.configure(settings);
        return client;
    }

    public void release(VuHttpClient client) {
        if (closed) {
            client.close();
        } else {
            idle.addFirst(client);
        }
    }

    @Override
    public void close() {
        closed = true;
        VuHttpClient client;
        while ((client = idle.pollFirst()) != null) {
            client.close();
        }
        h2Connections.close();
    }
}
