package io.jk6.ext.sql;

import io.jk6.api.js.VU;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;

/** What one VU's script sees as {@code k6/x/sql}: {@code open}, and xk6-sql's older {@code sql.query(db, ...)}. */
public final class SqlInstance {

    /** Every database this VU opened, closed with the VU if the script did not close them. */
    private final List<Database> opened = new ArrayList<>();
    private final VU vu;

    SqlInstance(VU vu) {
        this.vu = vu;
    }

    /**
     * {@code sql.open(driver, dsn)}: a connection, made now, so a wrong DSN fails in the init
     * context as the script's author expects from its line. {@code driver} is a name
     * ({@code "sqlite3"}, {@code "postgres"}) or a driver module's default export
     * ({@code import driver from 'k6/x/sql/driver/sqlite3'}), which is that name.
     */
    public Database open(String driver, String dataSourceName) throws SQLException {
        Connection connection = Drivers.connect(driver, dataSourceName);
        Database database = new Database(Drivers.kind(driver), connection, vu::cancellation);
        synchronized (opened) {
            opened.add(database);
        }
        return database;
    }

    /**
     * {@code sql.query(db, query, ...args)}, the form of xk6-sql's README: {@code db.query}. The
     * database is the object {@link #open} gave the script, as the script sees it.
     */
    public Value query(Value database, String query, Value... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = query;
        System.arraycopy(args, 0, all, 1, args.length);
        return database.invokeMember("query", all);
    }

    /** The VU is discarded: its databases close (a closed one is skipped). */
    void close() {
        synchronized (opened) {
            opened.forEach(Database::close);
            opened.clear();
        }
    }
}
