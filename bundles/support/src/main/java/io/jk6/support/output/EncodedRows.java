package io.jk6.support.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The rows an output has encoded (a csv row, a JSON line, a line of InfluxDB's line protocol) and
 * not yet written: an output encodes each sample as it arrives, on the dispatcher's thread, and its
 * flusher writes the rows in chunks of whole rows, oldest first, then gives the chunks back.
 *
 * <p>Why rows and not samples: samples kept until the next flush outlive a young collection and
 * are promoted, and the serial collector grows its old generation for them (a busy 50-VU test
 * with csv on peaked at 719 MiB against 242 with no output). Encoded at once, a sample dies young,
 * and the chunks are reused from flush to flush.
 *
 * <p>Bounded: when the writes fall behind (a slow disk, a slow database), chunks pile up to
 * {@code maxChunks}; past that, rows are dropped and counted ({@link #droppedRows()}) instead of
 * taking the heap the test needs. Thread-safe: one thread appends, another drains.
 *
 * <p>Rows are appended a batch at a time ({@link #append(Consumer)}): the dispatcher hands an
 * output some 15,000 samples every 50 ms in a busy test, and one lock for them all is enough.
 */
public final class EncodedRows {

    /** A chunk's size: a write request of InfluxDB's is one chunk, some 6,000 points. */
    public static final int DEFAULT_CHUNK_BYTES = 1 << 20;
    /** The bound: 64 chunks, 64 MiB of rows, seconds of a busy test waiting for a slow backend. */
    public static final int DEFAULT_MAX_CHUNKS = 64;

    private final int chunkBytes;
    private final int maxChunks;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Chunk> free = new ArrayDeque<>();
    private List<Chunk> filled = new ArrayList<>();
    private Chunk current;
    /** Chunks that exist: filled, current, being written or free. */
    private int chunks;
    private long droppedRows;

    /** Chunks of {@value #DEFAULT_CHUNK_BYTES} bytes, at most {@value #DEFAULT_MAX_CHUNKS}. */
    public EncodedRows() {
        this(DEFAULT_CHUNK_BYTES, DEFAULT_MAX_CHUNKS);
    }

    public EncodedRows(int chunkBytes, int maxChunks) {
        if (chunkBytes < 1 || maxChunks < 1) {
            throw new IllegalArgumentException("chunkBytes and maxChunks must be positive: " + chunkBytes + ", "
                    + maxChunks);
        }
        this.chunkBytes = chunkBytes;
        this.maxChunks = maxChunks;
    }

    /** Where a batch's rows go. */
    public interface Sink {

        /**
         * Appends one row, whole: a chunk never ends inside a row. A row longer than a chunk gets a
         * chunk of its own size.
         *
         * @param row the row's text with its line end, written as UTF-8; read before this returns
         * @return false when the buffer was full: the row is dropped and counted
         */
        boolean append(CharSequence row);
    }

    /** Appends a batch of rows: {@code batch} gives each to the sink, which is good until it returns. */
    public void append(Consumer<Sink> batch) {
        lock.lock();
        try {
            batch.accept(this::appendLocked);
        } finally {
            lock.unlock();
        }
    }

    private boolean appendLocked(CharSequence row) {
        if (current == null || current.length + row.length() > current.bytes.length) {
            // a char takes one byte in most rows: the ASCII fast path below finds out
            if (!nextChunk(row.length())) {
                droppedRows++;
                return false;
            }
        }
        if (current.putAscii(row)) {
            return true;
        }
        byte[] utf8 = row.toString().getBytes(StandardCharsets.UTF_8);
        if (current.length + utf8.length > current.bytes.length && !nextChunk(utf8.length)) {
            droppedRows++;
            return false;
        }
        current.put(utf8);
        return true;
    }

    /** Makes a chunk with room for {@code bytes} current; false when the bound is reached. */
    private boolean nextChunk(int bytes) {
        if (current != null) {
            if (current.length > 0) {
                filled.add(current);
            } else {
                release(current);
            }
            current = null;
        }
        Chunk next = bytes > chunkBytes ? null : free.poll();
        if (next == null) {
            if (chunks >= maxChunks) {
                return false;
            }
            chunks++;
            next = bytes > chunkBytes ? new Chunk(bytes, true) : new Chunk(chunkBytes, false);
        }
        current = next;
        return true;
    }

    /**
     * Everything appended since the previous drain, in chunks of whole rows, oldest first; each goes
     * back with {@link #recycle} once written.
     */
    public List<Chunk> drain() {
        lock.lock();
        try {
            if (current != null && current.length > 0) {
                filled.add(current);
                current = null;
            }
            List<Chunk> drained = filled;
            filled = new ArrayList<>();
            return drained;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A file output's flush: writes every row waiting, oldest first, then flushes {@code out}. The
     * chunks are given back even when a write fails.
     */
    public void writeTo(OutputStream out) throws IOException {
        List<Chunk> waiting = drain();
        if (waiting.isEmpty()) {
            return;
        }
        try {
            for (Chunk chunk : waiting) {
                chunk.writeTo(out);
            }
            out.flush();
        } finally {
            recycle(waiting);
        }
    }

    /** Gives written chunks back for new rows. */
    public void recycle(List<Chunk> written) {
        lock.lock();
        try {
            for (Chunk chunk : written) {
                release(chunk);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Keeps an empty chunk for new rows, unless it was made for one long row. Under the lock. */
    private void release(Chunk chunk) {
        chunk.length = 0;
        if (chunk.oversized) {
            chunks--;
        } else {
            free.push(chunk);
        }
    }

    /** The rows dropped so far because the buffer was full: an output warns when this grows. */
    public long droppedRows() {
        lock.lock();
        try {
            return droppedRows;
        } finally {
            lock.unlock();
        }
    }

    /** Whole rows, as UTF-8 bytes. */
    public static final class Chunk {

        private final byte[] bytes;
        private final boolean oversized;
        private int length;

        private Chunk(int capacity, boolean oversized) {
            this.bytes = new byte[capacity];
            this.oversized = oversized;
        }

        /** The chunk's bytes, from 0 to {@link #length()}; read, never kept past {@link #recycle}. */
        public byte[] bytes() {
            return bytes;
        }

        public int length() {
            return length;
        }

        public void writeTo(OutputStream out) throws IOException {
            out.write(bytes, 0, length);
        }

        /** Puts the row if it is all ASCII (the caller made room for its chars); false, and nothing put, if not. */
        private boolean putAscii(CharSequence row) {
            int at = length;
            for (int i = 0, n = row.length(); i < n; i++) {
                char c = row.charAt(i);
                if (c >= 0x80) {
                    return false;
                }
                bytes[at++] = (byte) c;
            }
            length = at;
            return true;
        }

        private void put(byte[] utf8) {
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
        }
    }
}
