package io.jk6.support.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class EncodedRowsTest {

    /** One row, in a batch of its own. */
    private static boolean append(EncodedRows rows, String row) {
        boolean[] appended = new boolean[1];
        rows.append(sink -> appended[0] = sink.append(row));
        return appended[0];
    }

    @Test
    void rowsComeOutWholeAndInOrderWhateverTheChunksEdges() throws IOException {
        EncodedRows rows = new EncodedRows(16, 100);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            String row = "row-" + i + (i % 3 == 0 ? ",héllo" : "") + "\n"; // some rows not ASCII
            assertThat(append(rows, row)).isTrue();
            expected.append(row);
        }

        List<EncodedRows.Chunk> chunks = rows.drain();

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        for (EncodedRows.Chunk chunk : chunks) {
            String text = new String(chunk.bytes(), 0, chunk.length(), StandardCharsets.UTF_8);
            assertThat(text).as("a chunk holds whole rows").startsWith("row-").endsWith("\n");
            chunk.writeTo(written);
        }
        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        assertThat(rows.drain()).as("drained").isEmpty();
    }

    @Test
    void aFullBufferDropsAndCountsRowsUntilChunksComeBack() {
        EncodedRows rows = new EncodedRows(10, 2);
        for (int i = 0; i < 4; i++) {
            assertThat(append(rows, "12345678\n")).as("row %d fits a chunk of its own", i).isEqualTo(i < 2);
        }
        assertThat(rows.droppedRows()).isEqualTo(2);

        List<EncodedRows.Chunk> chunks = rows.drain();
        assertThat(chunks).hasSize(2);
        assertThat(append(rows, "12345678\n")).as("every chunk is out for writing").isFalse();

        rows.recycle(chunks);
        assertThat(append(rows, "12345678\n")).as("a written chunk takes new rows").isTrue();
        assertThat(rows.droppedRows()).isEqualTo(3);
        assertThat(new String(rows.drain().get(0).bytes(), 0, 9, StandardCharsets.US_ASCII)).isEqualTo("12345678\n");
    }

    @Test
    void aFileOutputsFlushWritesEveryRowWaitingAndAFailedWriteStillGivesTheChunksBack() throws IOException {
        EncodedRows rows = new EncodedRows(10, 1);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        append(rows, "first\n");
        rows.writeTo(file);
        assertThat(file.toString(StandardCharsets.UTF_8)).isEqualTo("first\n");

        append(rows, "second\n");
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        assertThatThrownBy(() -> rows.writeTo(full)).hasMessage("No space left on device");
        assertThat(append(rows, "third\n")).as("the one chunk came back").isTrue();
    }

    @Test
    void aRowLongerThanAChunkGetsOneOfItsOwnWhichIsNotKept() {
        EncodedRows rows = new EncodedRows(8, 2);
        String longRow = "a row of thirty-two bytes, long\n";
        assertThat(append(rows, "short\n")).isTrue();
        assertThat(append(rows, longRow)).isTrue();

        List<EncodedRows.Chunk> chunks = rows.drain();
        assertThat(chunks).extracting(EncodedRows.Chunk::length).containsExactly(6, 32);
        rows.recycle(chunks);

        // the long row's chunk was let go: two chunks of the bound can still be made
        assertThat(append(rows, "1234567\n")).isTrue();
        assertThat(append(rows, "7654321\n")).isTrue();
        assertThat(rows.droppedRows()).isZero();
    }

    @Test
    void oneThreadAppendsWhileAnotherDrainsAndNoRowIsLostOrTorn() throws InterruptedException {
        EncodedRows rows = new EncodedRows(64, 1_000);
        int count = 100_000;
        List<String> read = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < count; i++) {
                while (!append(rows, i + "\n")) {
                    Thread.onSpinWait(); // full: the drainer makes room
                }
            }
            done.set(true);
        });
        StringBuilder pending = new StringBuilder();
        while (true) {
            boolean finished = done.get(); // read before the drain: then the drain has every row
            List<EncodedRows.Chunk> chunks = rows.drain();
            for (EncodedRows.Chunk chunk : chunks) {
                pending.append(new String(chunk.bytes(), 0, chunk.length(), StandardCharsets.US_ASCII));
            }
            rows.recycle(chunks);
            int end;
            while ((end = pending.indexOf("\n")) >= 0) {
                read.add(pending.substring(0, end));
                pending.delete(0, end + 1);
            }
            if (finished && chunks.isEmpty()) {
                break;
            }
        }
        assertThat(pending).as("no torn row").isEmpty();
        writer.join();

        assertThat(read).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(read.get(i)).isEqualTo(Integer.toString(i));
        }
    }
}
