package io.jk6.engine.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timers, async functions, top-level await: what a VU's event loop gives a script. */
class AsyncScriptTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();
    private VuRuntime vu;

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    @AfterEach
    void close() {
        if (vu != null) {
            vu.close(true);
        }
    }

    private Value evaluate(String script) throws Exception {
        Path file = dir.resolve("script.js");
        Files.writeString(file, script);
        vu = new VuRuntime(JS.engine(), new ModuleRegistry(), new NoVu(), file, Map.of(),
                (level, message) -> log.add(message));
        return vu.evaluate();
    }

    @Test
    void theIterationWaitsForItsTimersAndTheirOrder() throws Exception {
        Value exports = evaluate("""
                export default function () {
                  setTimeout((x) => console.log('second ' + x), 300, 'arg');
                  const id = setTimeout(() => console.log('never'), 5);
                  setTimeout(() => console.log('first'), 0);
                  clearTimeout(id);
                  let ticks = 0;
                  const interval = setInterval(() => { if (++ticks === 3) { clearInterval(interval); console.log('ticked 3'); } }, 1);
                }
                """);
        vu.call(exports.getMember("default"));
        assertThat(log).containsExactly("first", "ticked 3", "second arg");
    }

    @Test
    void anAsyncDefaultFunctionIsAwaitedAndItsValueReturned() throws Exception {
        Value exports = evaluate("""
                const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
                export default async function () {
                  await sleep(30);
                  console.log('after sleep');
                  return 42;
                }
                """);
        long start = System.nanoTime();
        Value result = vu.call(exports.getMember("default"));
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(25);
        assertThat(log).containsExactly("after sleep");
        assertThat(result.asInt()).isEqualTo(42);
    }

    @Test
    void aRejectedAsyncFunctionThrowsItsErrorWithTheScriptLocation() throws Exception {
        Value exports = evaluate("""
                export default async function () {
                  await null;
                  throw new Error('async boom');
                }
                """);
        assertThatThrownBy(() -> vu.call(exports.getMember("default")))
                .isInstanceOf(PolyglotException.class)
                .satisfies(e -> assertThat(ScriptException.describe((PolyglotException) e, dir))
                        .startsWith("Error: async boom").contains("script.js:3:"));
    }

    @Test
    void anAsyncIterationIsAwaitedAndItsRejectionThrown() throws Exception {
        Value exports = evaluate("""
                const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
                export async function ok() { await sleep(20); console.log('iteration ' + __ITER + ' done'); }
                export async function fails() { await sleep(1); throw new Error('iteration ' + __ITER + ' failed'); }
                """);
        vu.iterate(exports.getMember("ok"), 7, null);
        assertThat(log).containsExactly("iteration 7 done");

        assertThatThrownBy(() -> vu.iterate(exports.getMember("fails"), 8, null))
                .isInstanceOf(PolyglotException.class).hasMessageContaining("iteration 8 failed");
        vu.iterate(exports.getMember("ok"), 9, null);
        assertThat(log).as("a rejection is not left behind for the next iteration")
                .containsExactly("iteration 7 done", "iteration 9 done");
    }

    @Test
    void anUnhandledRejectionIsAnError() throws Exception {
        Value exports = evaluate("""
                export default function () {
                  Promise.reject(new Error('nobody catches me'));
                }
                """);
        assertThatThrownBy(() -> vu.call(exports.getMember("default"))).hasMessageContaining("nobody catches me");
    }

    @Test
    void topLevelAwaitFinishesBeforeTheExportsAreUsed() throws Exception {
        Value exports = evaluate("""
                const value = await new Promise((resolve) => setTimeout(() => resolve('loaded'), 10));
                export function read() { return value; }
                """);
        assertThat(exports.getMember("read").execute().asString()).isEqualTo("loaded");
    }

    @Test
    void timersRefuseWhatIsNotAFunction() throws Exception {
        Value exports = evaluate("export default function () { setTimeout('code as a string', 1); }");
        assertThatThrownBy(() -> vu.call(exports.getMember("default")))
                .hasMessageContaining("setTimeout: the callback must be a function");
    }
}
