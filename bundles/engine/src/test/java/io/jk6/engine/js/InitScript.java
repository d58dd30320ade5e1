package io.jk6.engine.js;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * A script's init context in a VU runtime of its own, as {@code jk6 run} makes it (globals,
 * event loop, top-level await), outside any test run: {@link #result} evaluates the code and
 * returns its {@code result} export.
 */
public final class InitScript implements AutoCloseable {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    private final Path dir;
    private VuRuntime vu;

    public InitScript(Path dir) {
        this.dir = dir;
    }

    /** Evaluates {@code code} as the script (a new VU each time) and returns its {@code result} export. */
    public Value result(String code) throws IOException, ScriptException {
        close();
        Path file = dir.resolve("script.js");
        Files.writeString(file, code);
        vu = new VuRuntime(JS.engine(), new ModuleRegistry(), new NoVu(), file, Map.of(), (level, message) -> { });
        return vu.evaluate().getMember("result");
    }

    @Override
    public void close() {
        if (vu != null) {
            vu.close(true);
            vu = null;
        }
    }
}
