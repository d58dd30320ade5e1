package io.jk6.data.fs;

import io.jk6.api.js.VU;
import io.jk6.data.JsGlue;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * One {@code File} of k6/experimental/fs: the bytes of the file (shared by every VU and File of the run,
 * never written) and this File's own offset, moved by {@code read} and {@code seek} as k6's {@code file}
 * moves it (including its quirks: {@code SeekMode.End} counts from the last byte). Used on one VU's thread.
 */
public final class OpenFile {

    public static final int START = 0;
    public static final int CURRENT = 1;
    public static final int END = 2;

    private final VU vu;
    private final Path path;
    private final byte[] data;
    private int offset;

    OpenFile(VU vu, Path path, byte[] data) {
        this.vu = vu;
        this.path = path;
        this.data = data;
    }

    public String path() {
        return path.toString();
    }

    /** {@code stat().name}: the file's base name, as Go's {@code filepath.Base}. */
    public String name() {
        return path.getFileName().toString();
    }

    public long size() {
        return data.length;
    }

    /**
     * The next bytes from the offset on, at most {@code length}, as a read-only view of the shared data
     * (fs.js copies them into the script's Uint8Array in one {@code set}: GraalJS reads a ByteBuffer as a
     * buffer), the offset moved past them; null at the end of the file (k6's {@code null}). A read that
     * reaches the end gives what was left.
     */
    public ByteBuffer take(int length) {
        if (offset == data.length) {
            return null;
        }
        int n = Math.min(length, data.length - offset);
        ByteBuffer chunk = ByteBuffer.wrap(data, offset, n).slice().asReadOnlyBuffer();
        offset += n;
        return chunk;
    }

    /** Moves the offset as k6 does, with its error texts; returns the new offset. */
    public long seek(long by, int whence) {
        long next = switch (whence) {
            case START -> {
                if (by < 0) {
                    throw JsGlue.error(vu, "TypeError", "offset cannot be negative when using SeekModeStart");
                }
                yield by;
            }
            case CURRENT -> offset + by;
            case END -> {
                if (by > 0) {
                    throw JsGlue.error(vu, "TypeError", "offset cannot be positive when using SeekModeEnd");
                }
                yield data.length - 1L + by;
            }
            default -> throw JsGlue.error(vu, "TypeError", "invalid seek mode");
        };
        if (next < 0) {
            throw JsGlue.error(vu, "TypeError", "seeking before start of file");
        }
        if (next > data.length) {
            throw JsGlue.error(vu, "TypeError", "seeking beyond end of file");
        }
        offset = (int) next;
        return next;
    }

    /**
     * The bytes from the offset to the end, read-only and not copied, for a reader that consumes the rest of
     * the file (k6/experimental/csv); the offset moves to the end, as reading them would move it.
     */
    public ByteBuffer rest() {
        ByteBuffer rest = ByteBuffer.wrap(data, offset, data.length - offset).slice().asReadOnlyBuffer();
        offset = data.length;
        return rest;
    }
}
