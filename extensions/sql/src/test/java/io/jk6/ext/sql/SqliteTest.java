package io.jk6.ext.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.js.ModuleInstance;
import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * k6/x/sql on SQLite (sqlite-jdbc and its native library) as a script sees it, in the engine's
 * own VU runtime: xk6-sql's README script, rows as plain objects, exec's result, errors.
 */
class SqliteTest {

    @TempDir
    Path dir;

    private ModuleScript script;

    @BeforeEach
    void vu() {
        script = new ModuleScript().module("k6/x/sql", new SqlModule());
        script.env("DB", dir.resolve("test.db").toString());
    }

    @AfterEach
    void close() {
        script.close();
    }

    /** Runs {@code body} after opening {@code db} on the temporary file; returns its export {@code result} as text. */
    private String run(String body) throws InterruptedException {
        return script.evaluate("import sql from 'k6/x/sql';\nconst db = sql.open('sqlite3', __ENV.DB);\n"
                + "db.exec('CREATE TABLE IF NOT EXISTS keyvalues (id integer PRIMARY KEY AUTOINCREMENT, key varchar NOT NULL, value varchar)');\n"
                + body).getMember("result").toString();
    }

    @Test
    void rowsArePlainObjectsKeyedByColumn() throws Exception {
        assertThat(run("""
                db.exec("INSERT INTO keyvalues (key, value) VALUES ('plugin-name', 'k6-plugin-sql')");
                db.exec("INSERT INTO keyvalues (key, value) VALUES ('other', NULL)");
                const rows = db.query('SELECT * FROM keyvalues ORDER BY id');
                export const result = [JSON.stringify(rows), Object.keys(rows[0]).join(), Array.isArray(rows),
                    JSON.stringify({ ...rows[1], extra: true }), rows.map(r => r.key).join('+')].join(' | ');
                """)).isEqualTo("[{\"id\":1,\"key\":\"plugin-name\",\"value\":\"k6-plugin-sql\"},"
                + "{\"id\":2,\"key\":\"other\",\"value\":null}] | id,key,value | true"
                + " | {\"id\":2,\"key\":\"other\",\"value\":null,\"extra\":true} | plugin-name+other");
    }

    @Test
    void forInAndForOfWalkColumnsAndRows() throws Exception {
        assertThat(run("""
                db.exec("INSERT INTO keyvalues (key, value) VALUES ('a', 'b'), ('c', 'd')");
                const seen = [];
                for (const row of db.query('SELECT key, value FROM keyvalues')) {
                    for (const column in row) seen.push(column + '=' + row[column]);
                }
                export const result = seen.join(',');
                """)).isEqualTo("key=a,value=b,key=c,value=d");
    }

    @Test
    void execGivesRowsAffectedAndTheLastInsertedRowid() throws Exception {
        assertThat(run("""
                const insert = db.exec("INSERT INTO keyvalues (key, value) VALUES ('a', '1'), ('b', '2'), ('c', '3')");
                const update = db.exec("UPDATE keyvalues SET value = 'x' WHERE key <> 'b'");
                const none = db.exec("DELETE FROM keyvalues WHERE key = 'nothing'");
                export const result = [insert.rowsAffected(), insert.lastInsertId(), update.rowsAffected(),
                    none.rowsAffected()].join();
                """)).isEqualTo("3,3,2,0");
    }

    @Test
    void execWithoutArgumentsRunsEveryStatementOfTheText() throws Exception {
        assertThat(run("""
                const res = db.exec(`CREATE TABLE IF NOT EXISTS other (x integer);
                         INSERT INTO other VALUES (1);
                         INSERT INTO other VALUES (2), (3);`);
                let error;
                try { db.exec('INSERT INTO other VALUES (4); INSERT INTO missing VALUES (5)'); } catch (e) { error = e.message; }
                export const result = [res.rowsAffected(), res.lastInsertId(),
                    JSON.stringify(db.query('SELECT x FROM other ORDER BY x')), error].join(' | ');
                """)).isEqualTo("3 | 3 | [{\"x\":1},{\"x\":2},{\"x\":3},{\"x\":4}]"
                + " | [SQLITE_ERROR] SQL error or missing database (no such table: missing)");
    }

    @Test
    void dollarPlaceholdersBindByNumberAndQuestionMarksByPosition() throws Exception {
        assertThat(run("""
                db.exec('INSERT INTO keyvalues (key, value) VALUES ($2, $1)', 'v1', 'k1');
                db.exec('INSERT INTO keyvalues (key, value) VALUES (?, ?)', 'k2', 'v2');
                db.exec('UPDATE keyvalues SET value = $1 WHERE key = $2', null, 'nothing'); // one null argument
                const one = db.query("SELECT value, '$1 stays' AS text FROM keyvalues WHERE key = $1 OR key = $1", 'k1');
                const two = db.query('SELECT value FROM keyvalues WHERE key = ?', 'k2');
                export const result = JSON.stringify([one, two]);
                """)).isEqualTo("[[{\"value\":\"v1\",\"text\":\"$1 stays\"}],[{\"value\":\"v2\"}]]");
    }

    @Test
    void columnTypesBecomeJsNumbersStringsNullsAndArrayBuffers() throws Exception {
        assertThat(run("""
                const [row] = db.query("SELECT 42 AS i, 2.5 AS r, 'text' AS t, NULL AS n, x'0102ff' AS b, 9007199254740991 AS big");
                export const result = [typeof row.i, row.i, typeof row.r, row.r, row.t, row.n,
                    row.b instanceof ArrayBuffer, new Uint8Array(row.b).join('.'), row.big].join();
                """)).isEqualTo("number,42,number,2.5,text,,true,1.2.255,9007199254740991");
    }

    @Test
    void aDriverErrorIsAJsErrorWithTheDriversMessage() throws Exception {
        assertThat(run("""
                const errors = [];
                try { db.query('SELEC nothing'); } catch (e) { errors.push((e instanceof Error) + ' ' + e.message); }
                try { db.exec("INSERT INTO keyvalues (key) VALUES (NULL)"); } catch (e) { errors.push(e.message); }
                export const result = errors.join();
                """)).isEqualTo("true [SQLITE_ERROR] SQL error or missing database (near \"SELEC\": syntax error),"
                + "[SQLITE_CONSTRAINT_NOTNULL] A NOT NULL constraint failed (NOT NULL constraint failed: keyvalues.key)");
    }

    @Test
    void aMissingArgumentAndAnUnknownDriverAreErrorsThatSayWhy() throws Exception {
        assertThat(run("""
                let result = [];
                try { db.query('SELECT * FROM keyvalues WHERE key = $2', 'one'); } catch (e) { result.push(e.message); }
                try { sql.open('mysql', 'x'); } catch (e) { result.push(e.message); }
                result = result.join(' | ');
                export { result };
                """)).isEqualTo("the query uses $2 but has 1 argument"
                + " | unsupported database: mysql (k6/x/sql in jk6 has the drivers sqlite3 and postgres)");
    }

    @Test
    void aClosedDatabaseRefusesQueries() throws Exception {
        assertThat(run("""
                db.close();
                db.close(); // twice is fine, as Go's DB.Close
                let result;
                try { db.query('SELECT 1'); } catch (e) { result = e.message; }
                export { result };
                """)).isEqualTo("database connection closed");
    }

    @Test
    void theReadmeFormsWork() throws Exception {
        // xk6-sql's README: sql.query(db, ...) and a named open import
        assertThat(script.evaluate("""
                import sql, { open } from 'k6/x/sql';
                const db = open('sqlite', __ENV.DB);
                db.exec('CREATE TABLE t (k TEXT)');
                db.exec("INSERT INTO t VALUES ('plugin-name')");
                export const result = JSON.stringify(sql.query(db, 'SELECT * FROM t WHERE k = $1;', 'plugin-name'));
                """).getMember("result").asString()).isEqualTo("[{\"k\":\"plugin-name\"}]");
    }

    @Test
    void xk6Sql1sDriverModulesNameTheDriver() throws Exception {
        script.module("k6/x/sql/driver/sqlite3", new DriverModules.Sqlite3());
        assertThat(script.evaluate("""
                import sql from 'k6/x/sql';
                import driver from 'k6/x/sql/driver/sqlite3';
                const db = sql.open(driver, __ENV.DB);
                export const result = JSON.stringify(db.query('SELECT 1 AS one'));
                """).getMember("result").asString()).isEqualTo("[{\"one\":1}]");
    }

    @Test
    void theVuClosesWhatItOpened() throws Exception {
        // the engine calls ModuleInstance.close() when it discards a VU
        ModuleInstance instance = new SqlModule().newModuleInstance(new FakeVU());
        SqlInstance sql = (SqlInstance) instance.exports().defaultExport();
        Database kept = sql.open("sqlite3", dir.resolve("kept.db").toString());
        Database closedByScript = sql.open("sqlite3", dir.resolve("closed.db").toString());
        closedByScript.close();
        assertThat(kept.query("SELECT 1 AS one")).containsExactly(Map.of("one", 1));
        instance.close();
        assertThatThrownBy(() -> kept.query("SELECT 1")).hasMessage("database connection closed");
    }
}
