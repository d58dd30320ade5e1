package io.jk6.http.client;

import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The extra clients of one VU, for requests that run beside the VU's thread ({@code http.batch},
 * {@code http.asyncRequest}): a client is used by one thread at a time, so each parallel request
 * borrows one, and gives it back with its keep-alive connections for the next batch.
 */
public final class ClientPool implements AutoCloseable {

    private final ConcurrentLinkedDeque<VuHttpClient> idle = new ConcurrentLinkedDeque<>();
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
            client = new VuHttpClient(settings);
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
    }
}
