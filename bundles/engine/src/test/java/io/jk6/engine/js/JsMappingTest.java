package io.jk6.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JS mapping rules of io.jk6.api.js, as a script importing a Java module sees them. */
class JsMappingTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    /** Runs {@code code} in a script importing the module, returns its {@code result} export. */
    private Value run(String code) throws Exception {
        Path file = dir.resolve("script.js");
        Files.writeString(file, "import mapped from 'k6/x/mapped';\n" + code);
        ModuleRegistry registry = new ModuleRegistry();
        registry.add(new ModuleRegistry.Registration("k6/x/mapped", new MappedModule(), 1, "test"));
        VuRuntime vu = new VuRuntime(JS.engine(), registry, new NoVu(), file, Map.of(), (level, message) -> { });
        return vu.evaluate().getMember("result");
    }

    /** The message of what {@code expression} threw, prefixed with the error's name; "NO ERROR" otherwise. */
    private String errorOf(String expression) throws Exception {
        return run("export const result = (() => { try { " + expression + "; return 'NO ERROR'; }"
                + " catch (e) { return (e instanceof Error ? e.name : 'NOT AN ERROR') + ': ' + e.message; } })();")
                .asString();
    }

    @Test
    void methodsKeepTheirJavaNamesAndWorkAsNamedExports() throws Exception {
        assertThat(run("""
                import { isGreater } from 'k6/x/mapped';
                export const result = [mapped.isGreater(2, 1), isGreater(1, 2)].join();
                """).asString()).isEqualTo("true,false");
    }

    @Test
    void fieldsAreSnakeCaseAndAnnotationsRenameAndHide() throws Exception {
        assertThat(run("""
                export const result = Object.keys(mapped).sort().join();
                """).asString()).isEqualTo(
                "Counter,bytes,describe,error_code,fail,hiddenClass,http_code,isGreater,join,joinAll,later,maybe,maybePoint,"
                        + "names,plain,point,query,renamedField,row,rows,shout,some_field");
        assertThat(run("""
                export const result = [mapped.some_field, mapped.http_code, mapped.error_code,
                    mapped.renamedField, mapped.shout('a'), mapped.secret, mapped.internal, mapped.javaField].join();
                """).asString()).isEqualTo("7,teapot,1050,renamed,A,,,");
    }

    @Test
    void overloadsAreChosenByTheArgumentsAndVarargsPassThrough() throws Exception {
        assertThat(run("export const result = [mapped.join('a'), mapped.join('a', 'b'), mapped.joinAll('x', 'y', 'z')].join();")
                .asString()).isEqualTo("a,a+b,x+y+z");
        assertThat(errorOf("mapped.join('a', 'b', 'c')")).as("no overload takes 3: an error, not a dropped argument")
                .doesNotStartWith("NO ERROR");
    }

    @Test
    void nonFinalFieldsCanBeAssigned() throws Exception {
        assertThat(run("mapped.some_field = 9; export const result = mapped.some_field;").asInt()).isEqualTo(9);
    }

    @Test
    void xPrefixedMethodsAreConstructors() throws Exception {
        assertThat(run("""
                const counter = new mapped.Counter(41);
                export const result = [counter.increment(), mapped.XCounter === undefined].join();
                """).asString()).isEqualTo("42,true");
    }

    @Test
    void recordComponentsAreSnakeCasePropertiesAndAccessorsAreNoMethods() throws Exception {
        assertThat(run("""
                const p = mapped.point();
                export const result = [p.x_value, p.y_value, p.label, p.sum(), p.xValue, JSON.stringify(p)].join('|');
                """).asString()).isEqualTo("5|6|plain|11||{\"x_value\":5,\"y_value\":6,\"label\":\"plain\"}");
    }

    @Test
    void optionalsAreTheirValueOrNull() throws Exception {
        assertThat(run("""
                export const result = [mapped.maybe(true), mapped.maybe(false) === null,
                    mapped.maybePoint().x_value].join();
                """).asString()).isEqualTo("there,true,1");
    }

    @Test
    void byteArraysAreArrayBuffers() throws Exception {
        assertThat(run("""
                const b = mapped.bytes();
                export const result = [b instanceof ArrayBuffer, b.byteLength, new Uint8Array(b)[2]].join();
                """).asString()).isEqualTo("true,3,255");
    }

    @Test
    void completionStagesArePromisesSettledThroughTheEventLoop() throws Exception {
        Value result = run("""
                const out = [];
                const ok = mapped.later(false);
                out.push(ok instanceof Promise);
                ok.then((p) => out.push(p.label + ' ' + p.x_value));
                mapped.later(true).catch((e) => out.push((e instanceof Error) + ' ' + e.message));
                export function result() { return out.sort().join(); }
                """);
        // settled in whichever order the stages complete
        assertThat(result.execute().asString()).isEqualTo("async 3,true,true no point");
    }

    @Test
    void javaExceptionsAreErrorsWithTheJavaMessage() throws Exception {
        assertThat(errorOf("mapped.fail('bad input')")).isEqualTo("java.lang.IllegalArgumentException: bad input")
                .doesNotStartWith("NOT AN ERROR");
        assertThat(errorOf("mapped.later(true).catch(() => {}); throw 1")).isEqualTo("NOT AN ERROR: undefined")
                .as("errorOf can tell errors from other thrown values");
        assertThat(errorOf("new mapped.Counter(0).increment(); mapped.XCounter(1)")).startsWith("TypeError")
                .as("constructors are wrapped: their Java name is no member");
    }

    @Test
    void methodsWhoseResultNeedsNoConversionAreTheHostMethodsThemselves() throws Exception {
        // no JS wrapper on such calls: k6/http's hot path; GraalJS makes their exceptions Errors
        assertThat(run("export const result = mapped.describe({a: 1}) + typeof mapped.describe;").asString())
                .isEqualTo("{a: 1}function");
        assertThat(errorOf("mapped.describe(null)")).isEqualTo("java.lang.IllegalArgumentException: null given");
    }

    @Test
    void anIterableExceptionSuchAsSqlExceptionIsAnErrorToo() throws Exception {
        assertThat(errorOf("mapped.query('SELEC')")).isEqualTo("Error: near \"SELEC\": syntax error");
    }

    @Test
    void aValueThatCannotConvertIsATypeErrorNamingTheMember() throws Exception {
        assertThat(errorOf("mapped.hiddenClass()")).startsWith("TypeError: hiddenClass: cannot convert")
                .contains("MappedModule$Secret", "not public");
    }

    @Test
    void listsAreArrays() throws Exception {
        assertThat(run("""
                const names = mapped.names();
                export const result = [names[1], names.length, Array.isArray(names), JSON.stringify(names),
                    [...names, 'c'].join('')].join('|');
                """).asString()).isEqualTo("b|2|true|[\"a\",\"b\"]|abc");
    }

    @Test
    void mapsArePlainObjectsAndTheirValuesConvert() throws Exception {
        String row = "{\"id\":1,\"name\":\"x\",\"none\":null,\"tags\":[\"a\",{\"k\":\"v\"}],"
                + "\"point\":{\"x_value\":1,\"y_value\":2,\"label\":\"p\"},\"bytes\":{}}";
        assertThat(run("""
                const row = mapped.row();
                const names = [];
                for (const k in row) names.push(k);
                export const result = [JSON.stringify(row), Object.keys(row).join(), names.join(),
                    JSON.stringify({ ...row, id: 2 }.id), row.point.label, row.bytes instanceof ArrayBuffer,
                    Object.entries(row).length, typeof row, row.missing === undefined, 'missing' in row,
                    row.none === null].join('|');
                """).asString()).isEqualTo(row
                + "|id,name,none,tags,point,bytes|id,name,none,tags,point,bytes|2|p|true|6|object|true|false|true");
        assertThat(run("export const result = JSON.stringify(mapped.rows());").asString())
                .isEqualTo("[" + row + "," + row + "]");
    }

    @Test
    void mapsAndListsAreViewsScriptsMayChange() throws Exception {
        assertThat(run("""
                const row = mapped.row();
                row.added = 'yes';
                delete row.tags;
                const rows = mapped.rows();
                rows.push({});
                export const result = [Object.keys(row).join(), rows.length, rows[5] === undefined].join('|');
                """).asString()).isEqualTo("id,name,none,point,bytes,added|3|true");
    }

    @Test
    void objectsWhoseClassNeedsNoMappingAreHandedOverAsTheyAre() throws Exception {
        // k6/http's Response is such a class: no adapter on the hot path, its shape unchanged
        Value plain = run("export const result = mapped.plain();");
        assertThat(plain.isHostObject()).isTrue();
        assertThat((Object) plain.asHostObject()).isInstanceOf(MappedModule.Plain.class);
        assertThat(run("const p = mapped.plain(); export const result = p.status_code + p.hello()"
                + " + p.headers['Content-Type'];").asString()).isEqualTo("200plaintext/plain");
    }
}
