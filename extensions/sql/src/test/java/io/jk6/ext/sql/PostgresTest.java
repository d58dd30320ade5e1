package io.jk6.ext.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.ModuleScript;
import io.jk6.testing.PostgresCluster;
import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * k6/x/sql on a real PostgreSQL (Debian's {@code postgresql}, a temporary cluster of this class
 * on 127.0.0.1) through pgjdbc, as a script sees it. Skipped, saying so, only where the package
 * is not installed and not under CI ({@code CI} set): {@code backends.sh} installs it for ./test.sh.
 */
class PostgresTest {

    private static PostgresCluster cluster;

    private ModuleScript script;

    @BeforeAll
    static void startCluster() throws Exception {
        Optional<Path> bin = PostgresCluster.binaries();
        if (bin.isEmpty()) {
            String why = "no PostgreSQL under /usr/lib/postgresql: install Debian's postgresql (./test.sh does as root)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        cluster = PostgresCluster.start(bin.get());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void vu() {
        script = new ModuleScript().module("k6/x/sql", new SqlModule()).env("DSN", cluster.url("postgres"));
    }

    @AfterEach
    void close() {
        script.close();
    }

    private String run(String body) throws InterruptedException {
        return script.evaluate("import sql from 'k6/x/sql';\nconst db = sql.open('postgres', __ENV.DSN);\n" + body)
                .getMember("result").toString();
    }

    @Test
    void xk6SqlsScriptRunsAndRowsArePlainObjects() throws Exception {
        assertThat(run("""
                db.exec(`CREATE TABLE keyvalues (id SERIAL PRIMARY KEY, key varchar(50) NOT NULL, value varchar(50));
                         INSERT INTO keyvalues (key, value) VALUES ('first', 'one')`);
                const insert = db.exec('INSERT INTO keyvalues (key, value) VALUES ($1, $2), ($1, $3)', 'plugin-name', 'a', 'b');
                const rows = db.query('SELECT * FROM keyvalues WHERE key = $1 ORDER BY id;', 'plugin-name');
                export const result = [insert.rowsAffected(), JSON.stringify(rows), Object.keys(rows[0]).join(),
                    JSON.stringify(db.query('SELECT count(*) AS n FROM keyvalues'))].join(' | ');
                """)).isEqualTo("2 | [{\"id\":2,\"key\":\"plugin-name\",\"value\":\"a\"},"
                + "{\"id\":3,\"key\":\"plugin-name\",\"value\":\"b\"}] | id,key,value | [{\"n\":3}]");
    }

    @Test
    void lastInsertIdIsLibPqsErrorAndReturningGivesTheId() throws Exception {
        assertThat(run("""
                db.exec('CREATE TABLE IF NOT EXISTS todos (id SERIAL PRIMARY KEY, title text)');
                const res = db.exec("INSERT INTO todos (title) VALUES ('x')");
                let message;
                try { res.lastInsertId(); } catch (e) { message = (e instanceof Error) + ' ' + e.message; }
                const [row] = db.query('INSERT INTO todos (title) VALUES ($1) RETURNING id, title', 'y');
                export const result = [res.rowsAffected(), message, typeof row.id, row.title].join(' | ');
                """)).isEqualTo("1 | true LastInsertId is not supported by this driver | number | y");
    }

    @Test
    void postgresTypesBecomePlainJsValues() throws Exception {
        assertThat(run("""
                const [row] = db.query(`SELECT 1::int AS i, 9007199254740991::bigint AS big, 2.5::numeric AS num,
                    true AS yes, NULL::text AS nothing, '\\\\x01ff'::bytea AS bytes, ARRAY['a','b'] AS list,
                    '{"k": [1]}'::jsonb AS doc, DATE '2026-12-07' AS day, TIMESTAMP '2026-12-07 03:04:05.5' AS at`);
                export const result = [JSON.stringify({ ...row, bytes: new Uint8Array(row.bytes).join('.') }),
                    Array.isArray(row.list)].join(' ');
                """)).isEqualTo("{\"i\":1,\"big\":9007199254740991,\"num\":2.5,\"yes\":true,\"nothing\":null,"
                + "\"bytes\":\"1.255\",\"list\":[\"a\",\"b\"],\"doc\":\"{\\\"k\\\": [1]}\",\"day\":\"2026-12-07\","
                + "\"at\":\"2026-12-07T03:04:05.500\"} true");
    }

    @Test
    void errorsCarryPostgresMessages() throws Exception {
        assertThat(run("""
                const errors = [];
                try { db.query('SELEC 1'); } catch (e) { errors.push((e instanceof Error) + ' ' + e.message.split('\\n')[0]); }
                try { sql.open('postgres', __ENV.DSN.replace('/postgres?', '/nosuchdb?')); } catch (e) { errors.push(e.message); }
                export const result = errors.join(' | ');
                """)).isEqualTo("true ERROR: syntax error at or near \"SELEC\""
                + " | FATAL: database \"nosuchdb\" does not exist");
    }

    @Test
    void libPqKeyValueDsnsWork() throws Exception {
        script.env("KV", "host=127.0.0.1 port=" + cluster.port() + " user=jk6 dbname=postgres sslmode=disable");
        assertThat(script.evaluate("""
                import sql from 'k6/x/sql';
                const db = sql.open('postgres', __ENV.KV);
                export const result = JSON.stringify(db.query('SELECT current_user AS who, $1::text AS echo', 'hi'));
                """).getMember("result").asString()).isEqualTo("[{\"who\":\"jk6\",\"echo\":\"hi\"}]");
    }

    @Test
    void theEndOfTheTestCancelsASlowQueryOnTheServer(@TempDir Path dir) throws Exception {
        long start = System.nanoTime();
        RunRecord run = ScriptRun.of(dir, """
                import sql from 'k6/x/sql';
                const db = sql.open('postgres', __ENV.DSN);
                export const options = { scenarios: { slow: { executor: 'constant-vus', vus: 1, duration: '500ms',
                  gracefulStop: '200ms' } } };
                export default function () { db.query('SELECT pg_sleep(60) AS slept'); }
                """).module("k6/x/sql", new SqlModule()).env("DSN", cluster.url("postgres")).run();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the test's 0.7 s, not pg_sleep's 60 s")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(run.completeIterations()).isZero();
        assertThat(run.log()).as("an interrupted query is no script error").doesNotContain("rror");
        assertThat(run("""
                export const result = JSON.stringify(db.query(`SELECT count(*) AS n FROM pg_stat_activity
                    WHERE query LIKE '%pg_sleep(60)%' AND state = 'active' AND pid <> pg_backend_pid()`));
                """)).as("the server stopped sleeping too: the driver's cancel request, not only a closed socket")
                .isEqualTo("[{\"n\":0}]");
    }
}
