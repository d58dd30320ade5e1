package io.jk6.ext.sql;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import org.osgi.service.component.annotations.Component;

/**
 * {@code k6/x/sql}, xk6-sql's API on JDBC: {@code sql.open(driver, dsn)} gives a database with
 * {@code exec}, {@code query} and {@code close}. One {@link SqlInstance} per VU, as each k6 VU
 * runs the init code that opens its own connections; the VU's databases are closed with it.
 */
@Component(service = JsModule.class)
@ModuleName("k6/x/sql")
public class SqlModule implements JsModule {

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        SqlInstance sql = new SqlInstance(vu);
        // no named exports: the engine offers the default's members as named ones ({ open })
        Exports exports = Exports.ofDefault(sql);
        return new ModuleInstance() {
            @Override
            public Exports exports() {
                return exports;
            }

            @Override
            public void close() {
                sql.close();
            }
        };
    }
}
