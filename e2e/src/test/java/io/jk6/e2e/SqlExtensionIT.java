package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.PostgresCluster;
import io.jk6.testing.run.Scripts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference extension {@code k6/x/sql}, shipped in {@code extensions/}, dropped into the
 * {@code deploy/} of a copy of the distribution and used by a script under bin/jk6: sqlite-jdbc
 * loads its native library from the jar embedded in the bundle, inside the real Felix, and
 * pgjdbc talks to a real PostgreSQL, from init code, setup, iterations and teardown.
 */
class SqlExtensionIT {

    @TempDir
    Path dir;

    @Test
    void aScriptUsesSqliteAndPostgresThroughTheDeployedBundle() throws Exception {
        Optional<Path> bin = PostgresCluster.binaries();
        if (bin.isEmpty()) {
            String why = "no PostgreSQL under /usr/lib/postgresql: install Debian's postgresql (./test.sh does as root)";
            Assumptions.assumeTrue(System.getenv("CI") != null, why);
            throw new IllegalStateException(why);
        }
        Path home = distributionWithSql();
        Scripts.write(dir, "script.js", """
                import sql from 'k6/x/sql';
                const lite = sql.open('sqlite3', __ENV.SQLITE);
                const pg = sql.open('postgres', __ENV.PG);
                export const options = { vus: 1, iterations: 2 };
                export function setup() {
                  lite.exec('CREATE TABLE visits (id INTEGER PRIMARY KEY AUTOINCREMENT, who TEXT NOT NULL)');
                  pg.exec('CREATE TABLE visits (id SERIAL PRIMARY KEY, who TEXT NOT NULL)');
                }
                export default function () {
                  const who = `vu${__VU}-it${__ITER}`;
                  const inserted = lite.exec('INSERT INTO visits (who) VALUES ($1)', who);
                  pg.exec('INSERT INTO visits (who) VALUES ($1)', who);
                  console.log(`sqlite ${inserted.rowsAffected()}/${inserted.lastInsertId()} `
                    + JSON.stringify(lite.query('SELECT * FROM visits WHERE who = $1', who)));
                  const [row] = pg.query('SELECT * FROM visits WHERE who = $1', who);
                  console.log(`postgres ${Object.keys(row).join()} ${JSON.stringify({ ...row })}`);
                  try { lite.query('SELEC 1'); } catch (e) { console.log(`error ${e instanceof Error} ${e.message}`); }
                }
                export function teardown() {
                  console.log(`rows ${lite.query('SELECT count(*) AS n FROM visits')[0].n}`
                    + ` ${pg.query('SELECT count(*) AS n FROM visits')[0].n}`);
                  lite.close();
                  pg.close();
                }
                """);

        try (PostgresCluster postgres = PostgresCluster.start(bin.orElseThrow())) {
            var result = jk6("run", "script.js").home(home).in(dir)
                    .env("SQLITE", dir.resolve("visits.db").toString()).env("PG", postgres.url("postgres")).run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.stderr())
                    .contains("sqlite 1/1 [{\"id\":1,\"who\":\"vu1-it0\"}]")
                    .contains("sqlite 1/2 [{\"id\":2,\"who\":\"vu1-it1\"}]")
                    .contains("postgres id,who {\"id\":2,\"who\":\"vu1-it1\"}")
                    .contains("error true [SQLITE_ERROR] SQL error or missing database (near \"SELEC\": syntax error)")
                    .contains("rows 2 2")
                    .doesNotContain("UnsatisfiedLinkError", "No suitable driver");
        }
    }

    /** A copy of the built distribution with the sql extension in deploy/, as a user would put it. */
    private Path distributionWithSql() throws IOException {
        Path home = dir.resolve("jk6");
        try (Stream<Path> paths = Files.walk(Jk6Process.JK6_HOME)) {
            paths.forEach(source -> {
                Path target = home.resolve(Jk6Process.JK6_HOME.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        try (Stream<Path> files = Files.list(home.resolve("extensions"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("jk6-ext-sql-.*\\.jar")).toList();
            assertThat(jars).as("the sql extension in extensions/").hasSize(1);
            Files.copy(jars.get(0), home.resolve("deploy").resolve(jars.get(0).getFileName()));
        }
        return home;
    }
}
