package io.jk6.support.loop;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work that other threads (a socket's, grpc-java's) hand to a VU's event loop, for a module object
 * that keeps the loop alive while it is open (a WebSocket, a gRPC stream). It always holds one
 * promised turn of the loop ({@code VU.registerCallback()}) while its owner is not finished:
 * {@link #later} takes that turn to hand the queue to the loop, which promises the next turn
 * before it drains the queue, so nothing queued is ever left behind. Once the owner is finished,
 * the last turn is given back empty and the loop may end.
 */
public final class LoopTurns {

    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Consumer<Runnable>> turn = new AtomicReference<>();
    private final Supplier<Consumer<Runnable>> register;
    private final BooleanSupplier finished;

    /**
     * @param register the VU's {@code registerCallback}: promises one turn of its loop
     * @param finished whether the owner is done, read on the VU's thread after each drain
     */
    public LoopTurns(Supplier<Consumer<Runnable>> register, BooleanSupplier finished) {
        this.register = register;
        this.finished = finished;
        turn.set(register.get());
    }

    /** Runs {@code task} on the VU's thread, at the loop's next turn; from any thread. */
    public void later(Runnable task) {
        queue.add(task);
        Consumer<Runnable> mine = turn.getAndSet(null);
        if (mine != null) {
            mine.accept(this::drain);
        }
    }

    private void drain() {
        if (!finished.getAsBoolean()) {
            turn.set(register.get());
        }
        try {
            for (Runnable task = queue.poll(); task != null; task = queue.poll()) {
                task.run();
            }
        } finally {
            if (finished.getAsBoolean()) {
                queue.clear();
                Consumer<Runnable> last = turn.getAndSet(null);
                if (last != null) {
                    last.accept(() -> { });
                }
            }
        }
    }
}
