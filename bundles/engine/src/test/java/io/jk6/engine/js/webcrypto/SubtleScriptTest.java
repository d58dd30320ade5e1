package io.jk6.engine.js.webcrypto;

import io.jk6.engine.js.InitScript;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What the WebCrypto tests share: a VU's init context running {@link #helpers()} and then a test's code. */
abstract class SubtleScriptTest {

    @TempDir
    Path dir;

    private InitScript script;

    @BeforeEach
    void open() {
        script = new InitScript(dir);
    }

    @AfterEach
    void close() {
        script.close();
    }

    /** JS run before each test's code: helper functions, shared keys. */
    abstract String helpers();

    /** The {@code result} export of {@link #helpers()} followed by {@code code}, as a string. */
    String run(String code) throws Exception {
        return script.result(helpers() + code).asString();
    }
}
