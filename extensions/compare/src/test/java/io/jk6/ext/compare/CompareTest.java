package io.jk6.ext.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.js.SharedJsEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** k6/x/compare and k6/x/compare/advanced as scripts see them. */
class CompareTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    @Test
    void simpleFormIsGreaterAsDefaultAndNamedExport() throws Exception {
        assertThat(CompareScript.run(JS, dir, """
                import compare, { isGreater } from 'k6/x/compare';
                export const result = [compare.isGreater(2, 1), compare.isGreater(1, 2), isGreater(3, 3)].join();
                """).asString()).isEqualTo("true,false,false");
    }

    @Test
    void internalStateIsARecordWithSnakeCaseComponents() throws Exception {
        assertThat(CompareScript.run(JS, dir, """
                import compare from 'k6/x/compare/advanced';
                export const result = JSON.stringify(compare.getInternalState());
                """).asString()).isEqualTo("{\"active_vus\":1,\"iteration\":" + CompareScript.ITERATION
                + ",\"vu_id\":" + CompareScript.VU_ID + "}");
    }

    @Test
    void comparatorIsAConstructorWithFieldsAndRenamedMethods() throws Exception {
        assertThat(CompareScript.run(JS, dir, """
                import compare from 'k6/x/compare/advanced';
                const c = new compare.Comparator(0.5);
                export const result = [c.margin, c.isGreater(2, 1), c.isGreater(1.2, 1), c.isClose(1.2, 1),
                    c.withinMargin, compare.XComparator].join();
                """).asString()).isEqualTo("0.5,true,false,true,,");
    }

    @Test
    void aNegativeMarginIsAnErrorWithTheJavaMessage() throws Exception {
        assertThat(CompareScript.run(JS, dir, """
                import compare from 'k6/x/compare/advanced';
                let result;
                try { new compare.Comparator(-1); } catch (e) { result = (e instanceof Error) + ' ' + e.message; }
                export { result };
                """).asString()).isEqualTo("true the margin must not be negative: -1.0");
    }
}
