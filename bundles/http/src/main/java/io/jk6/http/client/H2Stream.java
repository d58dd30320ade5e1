package io.jk6.http.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.hc.core5.http.Header;

/**
 * One request's stream on an {@link H2Connection}: what its thread sent and what the reader has
 * handed over. Fields the reader sets are guarded by the connection's state lock.
 */
final class H2Stream {

    final int id;
    /** How much body the server lets us send now. */
    long sendWindow;
    /** Body bytes received and not yet given back to the server's window. */
    int unacknowledged;
    int status;
    /** The final response head without pseudo-headers, null until it arrived. */
    Header[] headers;
    /** When the reader saw the final response head and the end of the stream ({@link System#nanoTime()}). */
    long headNanos;
    long endNanos;
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    boolean ended;
    /** Why the stream failed (reset, GOAWAY, the connection lost), or null. */
    IOException failure;
    /** Bytes of this stream's frames, each way. */
    long sent;
    long received;

    H2Stream(int id, long sendWindow) {
        this.id = id;
        this.sendWindow = sendWindow;
    }
}
