package cn.songjiang.budget.support.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the service's database being unreachable (down, restarting, refusing connections, the
 * pool unable to open one in time) from any other failure: the first is a 503 the client may retry, not a 500.
 */
public final class DatabaseOutage {

    /** SQLSTATE class 08 (connection exception) and the server's own "shutting down / starting up" states. */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        return outage(failure) != null;
    }

    /** The exception that shows the outage, for the log line (without its stack). */
    public static String describe(Throwable failure) {
        Throwable outage = outage(failure);
        return outage == null ? String.valueOf(failure)
                : outage.getClass().getSimpleName() + ": " + outage.getMessage();
    }

    private static Throwable outage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return cause;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || SERVER_GONE.contains(state))) {
                    return cause;
                }
                // The pool's "acquisition timeout": no connection could be opened within the acquisition timeout.
                if (sql.getCause() instanceof TimeoutException) {
                    return cause;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
