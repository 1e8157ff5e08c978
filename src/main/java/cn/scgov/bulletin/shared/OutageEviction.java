package cn.scgov.bulletin.shared;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool to drop a connection whose failure means the database went away
 * ({@link DatabaseOutage}), also where the driver's SQL state is not one the pool knows (H2 reports a
 * closed server session as 90121 / 90067, not 08xxx). Without this a pool kept busy would hand out dead
 * connections after the database is back. Named in {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class OutageEviction implements SQLExceptionOverride {

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException failure) {
        return DatabaseOutage.causedBy(failure) ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
