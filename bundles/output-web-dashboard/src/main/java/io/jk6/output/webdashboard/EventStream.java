package io.jk6.output.webdashboard;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One browser's {@code /events} connection (server-sent events): the handler's virtual thread writes
 * what {@link #send} queues, so a slow browser never holds up the flusher that broadcasts, and
 * returns when the stream is {@link #end}ed or the browser goes away.
 */
final class EventStream {

    // queued after the last event: the handler returns and the exchange is closed
    private static final String END = new String("end of stream");

    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();

    /** Queues one event; {@code data} is one line of JSON. */
    void send(String event, String data) {
        queue.add("event: " + event + "\ndata: " + data + "\n\n");
    }

    /** No more events: the browser sees the stream close after the ones queued. */
    void end() {
        queue.add(END);
    }

    /**
     * Answers the request and writes events until {@link #end()}, an interrupt or a failed write
     * (the browser left).
     */
    void serve(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            // EventSource reconnects this many milliseconds after the stream closes: once the test
            // ended (and jk6 with it) a retry is pointless, but a page left open tries quietly, not in a loop
            out.write("retry: 10000\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                String event = queue.take();
                if (event == END) {
                    return;
                }
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
