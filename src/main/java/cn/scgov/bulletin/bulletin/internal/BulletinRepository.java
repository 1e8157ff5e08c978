package cn.scgov.bulletin.bulletin.internal;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinDefinition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.Versioned;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

@Repository
public class BulletinRepository {

    private static final String CACHE = "bulletins";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<Bulletin> mapper;

    BulletinRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = Rows.of(Bulletin.class)
                .column("definition", (rs, column) -> json.readValue(rs.getString(column), BulletinDefinition.class));
    }

    /** Every bulletin; most pages offer them in lists and filters, so they share the bulletins' cache. */
    @Cacheable(cacheNames = CACHE, key = "'all'", sync = true)
    public List<Bulletin> findAll() {
        return List.copyOf(jdbc.sql("SELECT * FROM bulletin ORDER BY id").query(mapper).list());
    }

    /**
     * A bulletin by id. Definitions are read on most requests (issue lines, year-to-date figures) and change
     * only through this repository, so they are cached; a change on any node drops every node's copy.
     */
    @Cacheable(cacheNames = CACHE, sync = true)
    public Optional<Bulletin> find(long id) {
        return jdbc.sql("SELECT * FROM bulletin WHERE id = :id").param("id", id).query(mapper).optional();
    }

    public Optional<Bulletin> findByCode(String code) {
        return jdbc.sql("SELECT * FROM bulletin WHERE code = :code").param("code", code).query(mapper).optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM bulletin").query(Long.class).single();
    }

    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public long insert(String code, BulletinDefinition definition, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO bulletin (code, title, definition, active, updated_at, updated_by, version)"
                + " VALUES (:code, :title, :definition, TRUE, :now, :actor, 0)")
                .param("code", code).param("title", definition.title())
                .param("definition", json.writeValueAsString(definition))
                .param("now", Sql.timestamp(now)).param("actor", actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public boolean update(long id, BulletinDefinition definition, boolean active, int version, String actor, Instant now) {
        return Versioned.update(jdbc, "bulletin", id, version, "title = :title, definition = :definition,"
                + " active = :active, updated_at = :now, updated_by = :actor", sql -> sql.param("title", definition.title())
                        .param("definition", json.writeValueAsString(definition)).param("active", active)
                        .param("now", Sql.timestamp(now)).param("actor", actor));
    }

    /** Locks the bulletin row until the transaction ends; serialises issue numbering per bulletin. */
    public void lock(long id) {
        jdbc.sql("SELECT id FROM bulletin WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
    }

    /** Opening figures keyed "sectionKey.metricKey", without the trailing zeros of the column's scale. */
    public Map<String, BigDecimal> openingFigures(long bulletinId, int year) {
        Map<String, BigDecimal> figures = new HashMap<>();
        jdbc.sql("SELECT section_key, metric_key, opening_figure FROM statistic_opening"
                + " WHERE bulletin_id = :bulletin AND year_number = :year")
                .param("bulletin", bulletinId).param("year", year)
                .query(rs -> {
                    BigDecimal value = rs.getBigDecimal("opening_figure");
                    if (value != null) {
                        figures.put(rs.getString("section_key") + "." + rs.getString("metric_key"),
                                value.stripTrailingZeros());
                    }
                });
        return figures;
    }

    public void replaceOpeningFigures(long bulletinId, int year, Map<String, BigDecimal> figures) {
        jdbc.sql("DELETE FROM statistic_opening WHERE bulletin_id = :bulletin AND year_number = :year")
                .param("bulletin", bulletinId).param("year", year).update();
        figures.forEach((key, value) -> {
            int dot = key.indexOf('.');
            jdbc.sql("INSERT INTO statistic_opening (bulletin_id, year_number, section_key, metric_key, opening_figure)"
                    + " VALUES (:bulletin, :year, :section, :metric, :value)")
                    .param("bulletin", bulletinId).param("year", year).param("section", key.substring(0, dot))
                    .param("metric", key.substring(dot + 1)).param("value", value).update();
        });
    }
}
