package io.jk6.ext.sql;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * xk6-sql's driver names to JDBC connections. The drivers are instantiated here, never looked up
 * through {@code java.sql.DriverManager}: DriverManager hands out only drivers that the caller's
 * class loader can see under the same name, and in OSGi each revision of this bundle (every update
 * in {@code deploy/}) has a class loader of its own. A driver registered by an earlier revision is
 * refused to the next ("No suitable driver"), and one registered by this revision stays in
 * DriverManager's static list after the bundle is gone, pinning its class loader.
 */
final class Drivers {

    /** The database behind a driver name: what its dialect needs (SQLite's last insert id). */
    enum Kind { SQLITE, POSTGRES }

    private Drivers() {
    }

    static Kind kind(String driver) {
        return switch (driver == null ? "" : driver.toLowerCase(Locale.ROOT)) {
            case "sqlite3", "sqlite" -> Kind.SQLITE;
            case "postgres", "postgresql", "pgx" -> Kind.POSTGRES;
            default -> throw new IllegalArgumentException("unsupported database: " + driver
                    + " (k6/x/sql in jk6 has the drivers sqlite3 and postgres)");
        };
    }

    /** A connection to {@code dsn} in the driver's own syntax (a file name for SQLite, a URL or key=value for PostgreSQL). */
    static Connection connect(String driverName, String dsn) throws SQLException {
        Kind kind = kind(driverName);
        Properties properties = new Properties();
        String url;
        Driver driver;
        if (kind == Kind.SQLITE) {
            // mattn/go-sqlite3's DSN is a file name or a file: URI, which sqlite-jdbc takes after its prefix
            url = dsn.startsWith("jdbc:sqlite:") ? dsn : "jdbc:sqlite:" + dsn;
            driver = new org.sqlite.JDBC();
        } else {
            url = PostgresDsn.toJdbc(dsn, properties);
            driver = new org.postgresql.Driver();
        }
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            // Driver.connect's answer to a URL it does not take
            throw new SQLException("not a " + driverName + " data source name: " + dsn);
        }
        return connection;
    }
}
