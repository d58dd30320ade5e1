package io.jk6.ext.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.ModuleScript;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * k6/x/compare and k6/x/compare/advanced as scripts see them: scripts importing both, in the
 * engine's own VU runtime (jk6-testing), as VU 7 in its iteration 3.
 */
class CompareTest {

    static final long VU_ID = 7;
    static final long ITERATION = 3;

    private ModuleScript script;

    @BeforeEach
    void runningVu() {
        script = new ModuleScript()
                .module("k6/x/compare", new Compare())
                .module("k6/x/compare/advanced", new AdvancedCompare());
        script.vu().startIterations().runningState().vuId(VU_ID).iteration(ITERATION).executor("constant-vus");
    }

    @AfterEach
    void close() {
        script.close();
    }

    /** Evaluates {@code source} as the script and returns its export {@code result}. */
    private Value run(String source) throws InterruptedException {
        return script.evaluate(source).getMember("result");
    }

    @Test
    void simpleFormIsGreaterAsDefaultAndNamedExport() throws Exception {
        assertThat(run("""
                import compare, { isGreater } from 'k6/x/compare';
                export const result = [compare.isGreater(2, 1), compare.isGreater(1, 2), isGreater(3, 3)].join();
                """).asString()).isEqualTo("true,false,false");
    }

    @Test
    void internalStateIsARecordWithSnakeCaseComponents() throws Exception {
        assertThat(run("""
                import compare from 'k6/x/compare/advanced';
                export const result = JSON.stringify(compare.getInternalState());
                """).asString()).isEqualTo("{\"active_vus\":1,\"iteration\":" + ITERATION + ",\"vu_id\":" + VU_ID + "}");
    }

    @Test
    void comparatorIsAConstructorWithFieldsAndRenamedMethods() throws Exception {
        assertThat(run("""
                import compare from 'k6/x/compare/advanced';
                const c = new compare.Comparator(0.5);
                export const result = [c.margin, c.isGreater(2, 1), c.isGreater(1.2, 1), c.isClose(1.2, 1),
                    c.withinMargin, compare.XComparator].join();
                """).asString()).isEqualTo("0.5,true,false,true,,");
    }

    @Test
    void aNegativeMarginIsAnErrorWithTheJavaMessage() throws Exception {
        assertThat(run("""
                import compare from 'k6/x/compare/advanced';
                let result;
                try { new compare.Comparator(-1); } catch (e) { result = (e instanceof Error) + ' ' + e.message; }
                export { result };
                """).asString()).isEqualTo("true the margin must not be negative: -1.0");
    }
}
