package io.jk6.ext.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.ModuleScript;
import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query that would run for minutes ends when the VU's work is interrupted: the test's end
 * cancels it through the driver (sqlite3_interrupt, which no thread interrupt reaches), so the
 * run ends with its duration and graceful stop.
 */
class SqliteCancellationTest {

    /** Counts to five billion: minutes of SQLite's time, ended only by a cancel. */
    private static final String SLOW_QUERY = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
            + " WHERE x < 5000000000) SELECT count(*) AS n FROM c";

    @TempDir
    Path dir;

    @Test
    void theEndOfTheTestCancelsASlowQuery() throws Exception {
        long start = System.nanoTime();
        RunRecord run = ScriptRun.of(dir, """
                import sql from 'k6/x/sql';
                const db = sql.open('sqlite3', __ENV.DB);
                export const options = { scenarios: { slow: { executor: 'constant-vus', vus: 1, duration: '500ms',
                  gracefulStop: '200ms' } } };
                export default function () { db.query(__ENV.QUERY); }
                """).module("k6/x/sql", new SqlModule()).env("DB", dir.resolve("test.db").toString())
                .env("QUERY", SLOW_QUERY).run();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the test's 0.7 s, not the query's minutes")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(run.completeIterations()).isZero();
        assertThat(run.exitCode()).isZero();
        assertThat(run.log()).as("an interrupted query is no script error").doesNotContain("rror", "SQLITE_INTERRUPT");
    }

    @Test
    void execOfSeveralStatementsIsCancelledToo() throws Exception {
        try (ModuleScript script = new ModuleScript().module("k6/x/sql", new SqlModule())) {
            script.env("DB", dir.resolve("test.db").toString()).env("QUERY", SLOW_QUERY);
            Thread.ofVirtual().start(() -> {
                sleep(300);
                script.vu().interruptWork(); // as the engine, from its own thread
            });
            long start = System.nanoTime();

            String error = script.evaluate("""
                    import sql from 'k6/x/sql';
                    const db = sql.open('sqlite3', __ENV.DB);
                    let error = 'NO ERROR';
                    try { db.exec('CREATE TABLE t (n integer); INSERT INTO t ' + __ENV.QUERY + ';'); }
                    catch (e) { error = e.message; }
                    export { error };
                    """).getMember("error").asString();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(error).contains("interrupt");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
