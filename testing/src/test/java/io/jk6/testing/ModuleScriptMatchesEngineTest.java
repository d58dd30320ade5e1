package io.jk6.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.js.VuRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module's results and errors look the same in the kit as in the engine: record components in
 * snake_case, exceptions as JS errors with {@code name} and {@code message}. The kit used to give
 * {@code undefined} for both, where {@code jk6 run} gave the values.
 */
class ModuleScriptMatchesEngineTest {

    /** What a script computes from the module: the mapped names, a map as a plain object and a caught error. */
    private static final String EXPRESSION = """
            (() => {
              const r = db.exec('insert');
              let error;
              try { db.fail('duplicate key'); } catch (e) { error = (e instanceof Error) + ' ' + e.name + ': ' + e.message; }
              return [r.rows_affected, r.last_insert_id, r.rowsAffected, db.stats().rowsAffected, error,
                  JSON.stringify(db.stats()), Object.keys(db.stats())].join('|');
            })()""";
    private static final String EXPECTED = "2|41||2|true java.lang.IllegalStateException: duplicate key"
            + "|{\"rowsAffected\":2}|rowsAffected";

    @TempDir
    Path dir;

    /** The engine's own harness, as its tests run scripts: a VuRuntime evaluating a script file. */
    private String fromTheEngine() throws Exception {
        Path file = dir.resolve("script.js");
        Files.writeString(file, "import db from '" + RowsModule.NAME + "';\nexport const result = " + EXPRESSION + ";\n");
        ModuleRegistry registry = new ModuleRegistry();
        registry.add(new ModuleRegistry.Registration(RowsModule.NAME, new RowsModule(), 1, "test"));
        try (VuRuntime vu = new VuRuntime(KitEngine.engine(), registry, new FakeVU(), file, Map.of(), (level, message) -> { })) {
            return vu.evaluate().getMember("result").asString();
        }
    }

    @Test
    void theEngineGivesTheMappedNamesAndTheError() throws Exception {
        assertThat(fromTheEngine()).isEqualTo(EXPECTED);
    }

    @Test
    void aModuleBoundAsAGlobalLooksAsInTheEngine() throws Exception {
        try (ModuleScript script = new ModuleScript().importing("db", new RowsModule())) {
            assertThat(script.eval(EXPRESSION).asString()).isEqualTo(fromTheEngine());
        }
    }

    @Test
    void aModuleImportedByAScriptLooksAsInTheEngine() throws Exception {
        try (ModuleScript script = new ModuleScript().module(RowsModule.NAME, new RowsModule())) {
            String result = script.evaluate("import db from '" + RowsModule.NAME + "';\nexport const result = "
                    + EXPRESSION + ";").getMember("result").asString();
            assertThat(result).isEqualTo(fromTheEngine());
        }
    }

    @Test
    void aWholeRunLooksAsInTheEngine(@TempDir Path runDir) throws Exception {
        RunRecord run = ScriptRun.of(runDir, "import db from '" + RowsModule.NAME + "';\n"
                        + "export const options = { iterations: 1 };\n"
                        + "export default function () { console.log(" + EXPRESSION + "); }\n")
                .module(RowsModule.NAME, new RowsModule()).run();
        assertThat(run.log()).contains("] " + fromTheEngine() + " ");
    }
}
