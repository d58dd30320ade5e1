package io.jk6.ext.sql;

import io.jk6.api.js.Cancellation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A database as xk6-sql's {@code Database}: {@code exec}, {@code query}, {@code close}. One JDBC
 * connection, used by one VU's thread at a time (k6 runs a VU's code on one goroutine); the
 * methods are synchronized all the same, as a script could hand the object to setup's VU.
 *
 * <p>A statement running when the VU's work is interrupted (the test stops, its graceful stop
 * is over) is cancelled through the driver ({@code Statement.cancel()}: PostgreSQL's cancel
 * request, SQLite's {@code sqlite3_interrupt}), so a slow query ends with the test as k6's
 * context ends a Go driver's query, instead of holding the VU until the database answers.
 */
public final class Database {

    private final Drivers.Kind kind;
    private final Connection connection;
    /** The signal of the VU's current work (each iteration has its own). */
    private final Supplier<Cancellation> cancellation;

    Database(Drivers.Kind kind, Connection connection, Supplier<Cancellation> cancellation) {
        this.kind = kind;
        this.connection = connection;
        this.cancellation = cancellation;
    }

    /**
     * Runs a statement that returns no rows. {@code $1}, {@code $2}... (as xk6-sql's drivers
     * take them) or {@code ?} are the placeholders of {@code args}. Without arguments the text
     * may hold several statements, as Go's drivers run them (PostgreSQL's simple query protocol
     * does; for SQLite, sqlite3_exec).
     */
    public synchronized ExecResult exec(String query, Object... args) throws SQLException {
        args = orNull(args);
        if (args.length == 0 && kind == Drivers.Kind.SQLITE) {
            // sqlite-jdbc's Statement runs the first statement of a text only; sqlite3_exec runs them all.
            // Rows affected: every statement's, as the connection's running total counts them.
            org.sqlite.core.DB sqlite = connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase();
            long before = sqlite.total_changes();
            int code;
            try (Cancellation.Registration cancel = cancellation.get().onCancel(() -> interrupt(sqlite))) {
                code = sqlite._exec(query);
            }
            if (code != 0) {
                sqlite.throwex(code); // the driver's SQLiteException, with SQLite's message
            }
            return result(sqlite.total_changes() - before);
        }
        if (args.length == 0) {
            try (Statement statement = connection.createStatement();
                    Cancellation.Registration cancel = cancelOnInterruption(statement)) {
                statement.execute(query);
                return result(Math.max(statement.getUpdateCount(), 0));
            }
        }
        Placeholders.Bound bound = Placeholders.bind(query, args);
        try (PreparedStatement statement = connection.prepareStatement(bound.sql());
                Cancellation.Registration cancel = cancelOnInterruption(statement)) {
            set(statement, bound.args());
            statement.execute();
            return result(Math.max(statement.getUpdateCount(), 0));
        }
    }

    /**
     * Runs a query and returns its rows: a JS array of plain objects keyed by column name, in
     * the columns' order ({@code JSON.stringify}, {@code Object.keys} and spread see them).
     */
    public synchronized List<Map<String, Object>> query(String query, Object... args) throws SQLException {
        Placeholders.Bound bound = Placeholders.bind(query, orNull(args));
        try (PreparedStatement statement = connection.prepareStatement(bound.sql());
                Cancellation.Registration cancel = cancelOnInterruption(statement)) {
            set(statement, bound.args());
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                int columns = meta.getColumnCount();
                String[] names = new String[columns];
                for (int i = 0; i < columns; i++) {
                    names[i] = meta.getColumnLabel(i + 1);
                }
                List<Map<String, Object>> result = new ArrayList<>();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>(columns * 2);
                    for (int i = 0; i < columns; i++) {
                        row.put(names[i], ColumnValues.toScript(rows.getObject(i + 1)));
                    }
                    result.add(row);
                }
                return result;
            }
        }
    }

    /** Closes the connection; closing twice does nothing, as Go's {@code DB.Close}. */
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing: nothing the script could do about it
        }
    }

    private ExecResult result(long rowsAffected) throws SQLException {
        if (kind == Drivers.Kind.SQLITE) {
            try (Statement statement = connection.createStatement();
                    ResultSet id = statement.executeQuery("SELECT last_insert_rowid()")) {
                return new ExecResult(rowsAffected, id.next() ? id.getLong(1) : 0);
            }
        }
        return new ExecResult(rowsAffected, null);
    }

    /** Cancels {@code statement} if the VU's work is interrupted while it runs (reading its rows included). */
    private Cancellation.Registration cancelOnInterruption(Statement statement) {
        return cancellation.get().onCancel(() -> {
            try {
                statement.cancel();
            } catch (SQLException e) {
                // the statement is done or closed: nothing left to cancel
            }
        });
    }

    private static void interrupt(org.sqlite.core.DB sqlite) {
        try {
            sqlite.interrupt();
        } catch (SQLException e) {
            // the connection is closed: nothing runs on it
        }
    }

    /** GraalJS passes one JS {@code null} for varargs as a null array: it is the one argument null. */
    private static Object[] orNull(Object[] args) {
        return args == null ? new Object[] {null} : args;
    }

    private static void set(PreparedStatement statement, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, ColumnValues.toDriver(args[i]));
        }
    }
}
