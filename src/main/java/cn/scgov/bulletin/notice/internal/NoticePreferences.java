package cn.scgov.bulletin.notice.internal;

import java.time.Instant;
import java.util.Optional;

import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each user's choice of how notices reach them. */
@Repository
public class NoticePreferences {

    private final JdbcClient jdbc;

    NoticePreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Preference(DeliveryMode mode, int version) {
    }

    private static final Rows<Preference> PREFERENCE = Rows.of(Preference.class);

    public Preference of(String username) {
        return stored(username).orElse(new Preference(DeliveryMode.DEFAULT, 0));
    }

    public DeliveryMode mode(String username) {
        return of(username).mode();
    }

    /** Saves the choice; {@code version} is the one the user read (0 before the first choice). */
    public Preference save(String username, DeliveryMode mode, int version, Instant now) {
        Optional<Preference> current = stored(username);
        boolean saved;
        if (current.isEmpty() && version == 0) {
            try {
                saved = jdbc.sql("INSERT INTO notice_preference (username, mode, updated_at, version)"
                    + " VALUES (:username, :mode, :now, 1)").param("username", username).param("mode", mode.name())
                    .param("now", Sql.timestamp(now)).update() == 1;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                saved = false;
            }
        } else {
            saved = Versioned.update(jdbc, "notice_preference", "username", username, version,
                    "mode = :mode, updated_at = :now", sql -> sql.param("mode", mode.name()).param("now", Sql.timestamp(now)));
        }
        if (!saved) {
            throw new ConflictException("通知方式已在别处修改，请刷新后重试");
        }
        return of(username);
    }

    private Optional<Preference> stored(String username) {
        return jdbc.sql("SELECT mode, version FROM notice_preference WHERE username = :username")
                .param("username", username)
                .query(PREFERENCE)
                .optional();
    }
}
