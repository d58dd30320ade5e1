package io.jk6.ext.sql;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import org.osgi.service.component.annotations.Component;

/**
 * xk6-sql 1.x's driver modules, {@code import driver from 'k6/x/sql/driver/sqlite3'} then
 * {@code sql.open(driver, dsn)}: their default export is the driver's name (a Symbol in xk6-sql,
 * which scripts only pass on), so scripts written for either xk6-sql API run unchanged.
 */
final class DriverModules {

    private DriverModules() {
    }

    /** {@code k6/x/sql/driver/sqlite3}. */
    @Component(service = JsModule.class)
    @ModuleName("k6/x/sql/driver/sqlite3")
    public static final class Sqlite3 implements JsModule {
        @Override
        public ModuleInstance newModuleInstance(VU vu) {
            return () -> Exports.ofDefault("sqlite3");
        }
    }

    /** {@code k6/x/sql/driver/postgres}. */
    @Component(service = JsModule.class)
    @ModuleName("k6/x/sql/driver/postgres")
    public static final class Postgres implements JsModule {
        @Override
        public ModuleInstance newModuleInstance(VU vu) {
            return () -> Exports.ofDefault("postgres");
        }
    }
}
