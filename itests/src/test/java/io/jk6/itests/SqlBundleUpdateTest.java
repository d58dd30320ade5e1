package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.launcher.spi.Command;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The reference extension k6/x/sql (extensions/sql, the built jar) in a running framework: its
 * embedded sqlite-jdbc loads its native library inside the bundle, and again after the bundle is
 * updated and refreshed, in the new revision's class loader (the JVM binds a native library to one
 * class loader: this works because sqlite-jdbc extracts a new file for each load).
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SqlBundleUpdateTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path tmp;

    @Test
    void sqliteWorksBeforeAndAfterTheBundleIsUpdated() throws Exception {
        Path jar = Path.of(System.getProperty("jk6.ext.sql"));
        Bundle bundle;
        try (InputStream in = Files.newInputStream(jar)) {
            bundle = context.installBundle("jk6-itest:" + jar.getFileName(), in);
        }
        try {
            bundle.start();
            assertTrue(Modules.awaitPresent(context, Modules.filter("k6/x/sql", null)), "k6/x/sql did not appear");
            assertTrue(Modules.awaitPresent(context, Modules.filter("k6/x/sql/driver/sqlite3", null)),
                    "k6/x/sql/driver/sqlite3 did not appear");
            assertEquals(0, runScript("first"));
            ClassLoader first = bundle.adapt(BundleWiring.class).getClassLoader();

            try (InputStream in = Files.newInputStream(jar)) {
                bundle.update(in);
            }
            refresh(bundle);
            assertTrue(Modules.awaitPresent(context, Modules.filter("k6/x/sql", null)), "k6/x/sql did not come back");
            assertTrue(Modules.awaitPresent(context, Modules.filter("k6/x/sql/driver/sqlite3", null)),
                    "k6/x/sql/driver/sqlite3 did not come back");
            assertNotSame(first, bundle.adapt(BundleWiring.class).getClassLoader(), "a new revision, a new class loader");
            assertEquals(0, runScript("second"));
        } finally {
            bundle.uninstall();
            refresh(bundle);
        }
    }

    /** Runs a script on a new SQLite file; its checks pass only with rows as plain objects. */
    private int runScript(String name) throws Exception {
        Path script = tmp.resolve(name + ".js");
        Files.writeString(script, """
                import { check } from 'k6';
                import sql from 'k6/x/sql';
                import driver from 'k6/x/sql/driver/sqlite3';
                const db = sql.open(driver, '%s');
                export const options = { thresholds: { checks: ['rate==1'] } };
                export default function () {
                  db.exec('CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, name TEXT)');
                  const result = db.exec('INSERT INTO t (name) VALUES ($1)', '%s');
                  check(db.query('SELECT * FROM t'), {
                    'rows are plain objects': (rows) => JSON.stringify(rows) === '[{"id":1,"name":"%s"}]',
                    'one row inserted': () => result.rowsAffected() === 1 && result.lastInsertId() === 1,
                  });
                  db.close();
                }
                """.formatted(tmp.resolve(name + ".db"), name, name));
        TestInvocation invocation = new TestInvocation(tmp, "-q", "-i", "1", script.toString());
        int exit = run.execute(invocation);
        assertTrue(exit == 0 && invocation.stdout().contains("✓ rows are plain objects"),
                () -> "exit " + exit + "\n" + invocation.stdout() + invocation.stderr());
        return exit;
    }

    private void refresh(Bundle bundle) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                done.countDown();
            }
        });
        assertTrue(done.await(60, TimeUnit.SECONDS), "the refresh did not finish");
    }
}
