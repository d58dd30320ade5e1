package io.jk6.data.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * k6/experimental/streams in one VU of the engine's runtime: what a script reads from a ReadableStream, in
 * which order its source is started, pulled and cancelled. The event loop runs to its end as an iteration's.
 */
class StreamsModuleTest {

    private ModuleScript script;

    @BeforeEach
    void newVu() {
        script = new ModuleScript(new FakeVU().startIterations()).module("k6/experimental/streams", new StreamsModule());
    }

    @AfterEach
    void closeVu() {
        script.close();
    }

    private String run(String body) throws InterruptedException {
        script.evaluate("""
                import { ReadableStream, ReadableStreamDefaultReader, CountQueuingStrategy, ByteLengthQueuingStrategy,
                    WritableStream } from 'k6/experimental/streams';
                globalThis.result = [];
                const log = (x) => result.push(x);
                """ + body);
        return script.eval("globalThis.result.join()").asString();
    }

    @Test
    void readsWhatATimedSourceEnqueuesUntilItCloses() throws InterruptedException {
        assertThat(run("""
                let n = 0;
                const stream = new ReadableStream({
                  start(controller) {
                    const next = () => { if (n < 3) { controller.enqueue(++n); setTimeout(next, 1); } else controller.close(); };
                    setTimeout(next, 1);
                  },
                });
                const reader = stream.getReader();
                log(stream.locked);
                (async () => {
                  for (;;) { const { done, value } = await reader.read(); if (done) break; log(value); }
                  await reader.closed;
                  log('closed');
                })();
                """)).isEqualTo("true,1,2,3,closed");
    }

    @Test
    void pullsWhileTheQueueIsBelowItsHighWaterMarkAndCancelReachesTheSource() throws InterruptedException {
        assertThat(run("""
                let pulls = 0;
                const stream = new ReadableStream({
                  pull(controller) { pulls++; controller.enqueue(new Uint8Array(pulls)); },
                  cancel(reason) { log('cancel:' + reason); },
                }, new ByteLengthQueuingStrategy({ highWaterMark: 3 }));
                (async () => {
                  await new Promise((resolve) => setTimeout(resolve, 1)); // the queue filled to its mark
                  const reader = new ReadableStreamDefaultReader(stream);
                  log('length' + (await reader.read()).value.byteLength);
                  log("pulls" + pulls); // 1 + 2 bytes filled it; reading 1 pulled again
                  await reader.cancel('enough');
                  log(JSON.stringify(await reader.read()));
                })();
                """)).isEqualTo("length1,pulls3,cancel:enough,{\"done\":true}");
    }

    @Test
    void errorsAsK6() throws InterruptedException {
        assertThat(run("""
                const failing = new ReadableStream({ pull() { throw new Error('boom'); } }, new CountQueuingStrategy({ highWaterMark: 1 }));
                failing.getReader().read().catch((e) => log('read:' + e.message));
                const locked = new ReadableStream();
                locked.getReader();
                try { locked.getReader(); } catch (e) { log(e.name + ':' + e.message); }
                try { new ReadableStream({ type: 'bytes' }); } catch (e) { log(e.name + ':' + e.message); }
                try { new CountQueuingStrategy({}); } catch (e) { log(e.message); }
                const closed = new ReadableStream({ start(c) { c.close(); } });
                closed.getReader().read().then((r) => log('done:' + r.done));
                """)).isEqualTo("TypeError:stream is locked,NotSupportedError:'bytes' stream is not supported yet,"
                + "CountQueuingStrategy argument must have 'highWaterMark' property,done:true,read:boom");
    }

    @Test
    void aWriterWaitsForReadyWhileTheSinkIsBehindAndClosesAfterTheLastWrite() throws InterruptedException {
        assertThat(run("""
                const stream = new WritableStream({
                  start() { log('start'); },
                  write(chunk) { return new Promise((resolve) => setTimeout(() => { log('wrote ' + chunk); resolve(); }, 1)); },
                  close() { log('close'); },
                }, { highWaterMark: 1 });
                const writer = stream.getWriter();
                (async () => {
                  const writes = [];
                  for (let i = 1; i <= 3; i++) {
                    await writer.ready;
                    log('desired ' + writer.desiredSize);
                    writes.push(writer.write(i));
                  }
                  await Promise.all(writes);
                  await writer.close();
                  await writer.closed;
                  log('done');
                  await writer.write(4).catch((e) => log(e.name));
                })();
                """)).isEqualTo("start,desired 1,wrote 1,desired 1,wrote 2,desired 1,wrote 3,close,done,TypeError");
    }

    @Test
    void aFailingSinkErrorsTheStreamAndAbortReachesTheSink() throws InterruptedException {
        assertThat(run("""
                const failing = new WritableStream({ write() { throw new Error('disk full'); } }).getWriter();
                failing.write('a').catch((e) => log('write:' + e.message));
                failing.closed.catch((e) => log('closed:' + e.message));
                const aborted = new WritableStream({ abort(reason) { log('abort:' + reason); } });
                aborted.getWriter().abort('stop').then(() => log('aborted'));
                """)).contains("abort:stop").contains("aborted").contains("write:disk full").contains("closed:disk full");
    }
}
