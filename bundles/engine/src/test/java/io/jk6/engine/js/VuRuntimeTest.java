package io.jk6.engine.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VuRuntimeTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    private final ProbeModule probe = new ProbeModule();
    private final List<String> log = new ArrayList<>();

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    private VuRuntime runtime(String script, Map<String, String> env) throws IOException {
        Path file = dir.resolve("script.js");
        Files.writeString(file, script);
        return new VuRuntime(JS.engine(), ProbeModule.registryWith(probe), new NoVu(), file, env,
                (level, message) -> log.add(level + ":" + message));
    }

    @Test
    void importsAModuleServiceAsDefaultAndNamedExports() throws Exception {
        try (VuRuntime vu = runtime("""
                import probe, { hello } from 'k6/x/probe';
                export const a = probe.hello('default');
                export const b = hello('named');
                """, Map.of())) {
            Value exports = vu.evaluate();
            assertThat(exports.getMember("a").asString()).isEqualTo("hello default");
            assertThat(exports.getMember("b").asString()).isEqualTo("hello named");
            assertThat(probe.instances).as("one instance per VU, however often imported").hasValue(1);
        }
        assertThat(probe.closed).as("closed with the VU").hasValue(1);
    }

    @Test
    void importsRelativeFilesAndReadsFilesWithOpen() throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/helpers.js"), "export function twice(x) { return 2 * x; }\n");
        Files.writeString(dir.resolve("data.json"), "{\"users\": [\"ann\", \"bob\"]}");
        try (VuRuntime vu = runtime("""
                import { twice } from './lib/helpers.js';
                const users = JSON.parse(open('./data.json')).users;
                export const result = twice(users.length);
                """, Map.of())) {
            assertThat(vu.evaluate().getMember("result").asInt()).isEqualTo(4);
        }
    }

    @Test
    void requireLoadsCommonJsFilesAndModules() throws Exception {
        Files.writeString(dir.resolve("cjs.js"), "module.exports = { name: 'cjs' }; exports.unused = 1;\n");
        try (VuRuntime vu = runtime("""
                const probe = require('k6/x/probe');
                const lib = require('./cjs.js');
                export const result = probe.hello(lib.name);
                """, Map.of())) {
            assertThat(vu.evaluate().getMember("result").asString()).isEqualTo("hello cjs");
        }
    }

    @Test
    void exposesEnvAndLogsConsoleOutput() throws Exception {
        try (VuRuntime vu = runtime("""
                console.log('target', __ENV.TARGET, { n: 1 });
                console.warn('careful');
                export const vu = __VU;
                """, Map.of("TARGET", "http://127.0.0.1:1"))) {
            vu.evaluate();
        }
        assertThat(log).containsExactly("info:target http://127.0.0.1:1 {\"n\":1}", "warn:careful");
    }

    @Test
    void envIsAPlainObjectTheScriptCanListAndChange() throws Exception {
        try (VuRuntime vu = runtime("""
                __ENV.ADDED = 'yes';
                export const keys = Object.keys(__ENV).sort().join(',');
                export const json = JSON.stringify(__ENV);
                """, Map.of("TARGET", "http://127.0.0.1:1"))) {
            Value exports = vu.evaluate();
            assertThat(exports.getMember("keys").asString()).isEqualTo("ADDED,TARGET");
            assertThat(exports.getMember("json").asString())
                    .isEqualTo("{\"TARGET\":\"http://127.0.0.1:1\",\"ADDED\":\"yes\"}");
        }
    }

    @Test
    void anIterationSeesItsNumberInIterAndSetupsDataAsItsOnlyArgument() throws Exception {
        try (VuRuntime vu = runtime("""
                export const seen = [];
                export default function (data) {
                  seen.push(__ITER + ':' + arguments.length + ':' + (data === undefined ? '-' : data.name));
                }
                """, Map.of())) {
            Value exports = vu.evaluate();
            Value data = vu.context().eval("js", "({ name: 'setup' })");
            vu.iterate(exports.getMember("default"), 0, null);
            vu.iterate(exports.getMember("default"), 1, data);

            assertThat(exports.getMember("seen").as(List.class)).containsExactly("0:0:-", "1:1:setup");
        }
    }

    @Test
    void openIsRefusedAfterTheInitStage() throws Exception {
        Files.writeString(dir.resolve("data.txt"), "x");
        try (VuRuntime vu = runtime("export default function () { return open('./data.txt'); }", Map.of())) {
            Value exports = vu.evaluate();
            vu.endInit();
            assertThatThrownBy(() -> exports.getMember("default").execute())
                    .hasMessageContaining("only available in the init stage");
        }
    }

    @Test
    void syntaxErrorsNameFileLineAndColumn() throws Exception {
        try (VuRuntime vu = runtime("export const a = 1;\n\nlet = = 3;\n", Map.of())) {
            assertThatThrownBy(vu::evaluate).isInstanceOf(ScriptException.class)
                    .hasMessageStartingWith("SyntaxError: script.js:3:")
                    .satisfies(e -> assertThat(((ScriptException) e).isSyntaxError()).isTrue());
        }
    }

    @Test
    void exceptionsInTheInitContextShowTheStack() throws Exception {
        try (VuRuntime vu = runtime("function boom() { throw new Error('boom'); }\nboom();\n", Map.of())) {
            assertThatThrownBy(vu::evaluate).isInstanceOf(ScriptException.class)
                    .hasMessageContaining("Error: boom")
                    .hasMessageContaining("at boom (script.js:1:")
                    .hasMessageContaining("script.js:2:");
        }
    }

    @Test
    void anErrorThrownByAModuleShowsWhereTheScriptCalledIt() throws Exception {
        try (VuRuntime vu = runtime("import probe from 'k6/x/probe';\nfunction f() {\n  probe.refuse('no');\n}\nf();\n",
                Map.of())) {
            assertThatThrownBy(vu::evaluate).isInstanceOf(ScriptException.class)
                    .hasMessageStartingWith("no")
                    .hasMessageContaining("at f (script.js:3:")
                    .hasMessageContaining("script.js:5:");
        }
    }

    @Test
    void anErrorThrownByAProxyFunctionShowsWhereTheScriptCalledIt() throws Exception {
        try (VuRuntime vu = runtime("import probe from 'k6/x/probe';\nconst refuse = probe.refuser();\nrefuse('no');\n",
                Map.of())) {
            assertThatThrownBy(vu::evaluate).isInstanceOf(ScriptException.class)
                    .hasMessageStartingWith("no")
                    .hasMessageContaining("script.js:3:");
        }
    }

    @Test
    void aSyntaxErrorThrownWhileRunningIsAnExceptionWithItsStackNotAParseError() throws Exception {
        try (VuRuntime vu = runtime("export const a = 1;\nJSON.parse('{');\n", Map.of())) {
            assertThatThrownBy(vu::evaluate).isInstanceOf(ScriptException.class)
                    .hasMessageStartingWith("SyntaxError: Unexpected")
                    .hasMessageContaining("script.js:2:")
                    .satisfies(e -> assertThat(((ScriptException) e).isSyntaxError()).isFalse());
        }
    }

    @Test
    void unknownModulesNameTheModuleAndListTheAvailableOnes() throws Exception {
        try (VuRuntime vu = runtime("import nope from 'k6/x/nope';\n", Map.of())) {
            assertThatThrownBy(vu::evaluate).isInstanceOf(ScriptException.class)
                    .hasMessageContaining("unknown module k6/x/nope; available modules: k6/x/probe");
        }
    }
}
