package cn.scgov.bulletin.savedfilter.internal;

import cn.scgov.bulletin.savedfilter.FilterKind;
import cn.scgov.bulletin.savedfilter.SavedFilter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class SavedFilterRepository {

    private static final Rows<SavedFilter> MAPPER = Rows.of(SavedFilter.class);

    private final JdbcClient jdbc;

    SavedFilterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SavedFilter> list(String username, FilterKind kind) {
        return jdbc.sql("SELECT * FROM saved_filter WHERE username = :user"
                        + (kind == null ? "" : " AND kind = :kind") + " ORDER BY kind, name")
                .param("user", username).param("kind", kind == null ? null : kind.name()).query(MAPPER).list();
    }

    public Optional<SavedFilter> find(String username, long id) {
        return jdbc.sql("SELECT * FROM saved_filter WHERE id = :id AND username = :user")
                .param("id", id).param("user", username).query(MAPPER).optional();
    }

    public boolean nameTaken(String username, FilterKind kind, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM saved_filter WHERE username = :user AND kind = :kind AND name = :name")
                .param("user", username).param("kind", kind.name()).param("name", name).query(Long.class).single() > 0;
    }

    public long insert(String username, FilterKind kind, String name, String query, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO saved_filter (username, kind, name, query, created_at) VALUES (:user, :kind, :name, :query, :now)")
                .param("user", username).param("kind", kind.name()).param("name", name).param("query", query)
                .param("now", Sql.timestamp(now)).update(key, "id");
        return key.getKey().longValue();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM saved_filter WHERE id = :id").param("id", id).update();
    }
}
