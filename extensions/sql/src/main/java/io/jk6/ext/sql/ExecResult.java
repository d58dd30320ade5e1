package io.jk6.ext.sql;

/**
 * What {@code db.exec} returns, Go's {@code sql.Result} as xk6-sql's scripts call it:
 * {@code result.rowsAffected()}, {@code result.lastInsertId()}.
 */
public final class ExecResult {

    private final long rowsAffected;
    /** Null where the driver has none: PostgreSQL, as Go's lib/pq. */
    private final Long lastInsertId;

    ExecResult(long rowsAffected, Long lastInsertId) {
        this.rowsAffected = rowsAffected;
        this.lastInsertId = lastInsertId;
    }

    /** The rows the statement inserted, updated or deleted. */
    public long rowsAffected() {
        return rowsAffected;
    }

    /**
     * SQLite's rowid of the last row inserted on this connection. PostgreSQL has none: it throws
     * lib/pq's error, and the script uses {@code INSERT ... RETURNING id} with {@code query}.
     */
    public long lastInsertId() {
        if (lastInsertId == null) {
            throw new UnsupportedOperationException("LastInsertId is not supported by this driver");
        }
        return lastInsertId;
    }
}
