package cn.scgov.bulletin.compilation.internal;

import cn.scgov.bulletin.compilation.ChecklistEntry;
import cn.scgov.bulletin.compilation.CompiledItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.scgov.bulletin.bulletin.Accumulation;
import cn.scgov.bulletin.bulletin.BulletinDefinition.MetricDefinition;
import cn.scgov.bulletin.bulletin.FigureScale;
import cn.scgov.bulletin.bulletin.MetricFormat;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CompilationRepository {

    private final JdbcClient jdbc;
    private final Rows<CompiledItem> itemRows = Rows.of(CompiledItem.class);
    private final Rows<EarlierFigure> figureRows = Rows.of(EarlierFigure.class);
    private final Rows<ChecklistEntry> checklistRows = Rows.of(ChecklistEntry.class);
    private final Rows<StatisticColumns> statisticRows = Rows.of(StatisticColumns.class);

    CompilationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- items

    public List<CompiledItem> items(long issueId) {
        return jdbc.sql("SELECT * FROM issue_item WHERE issue_id = :issue ORDER BY section_id, position, id")
                .param("issue", issueId).query(itemRows).list();
    }

    public Optional<CompiledItem> item(long issueId, long itemId) {
        return jdbc.sql("SELECT * FROM issue_item WHERE id = :id AND issue_id = :issue").param("id", itemId)
                .param("issue", issueId).query(itemRows).optional();
    }

    public long addItem(long issueId, long sectionId, String departmentCode, Long contributionId, String originalText,
            String text, String editedBy, Instant now) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM issue_item WHERE section_id = :section")
                .param("section", sectionId).query(Integer.class).single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO issue_item (issue_id, section_id, position, department_code, contribution_id, original_text,"
                + " text, included, edited_by, edited_at, version) VALUES (:issue, :section, :position, :department,"
                + " :contribution, :original, :text, TRUE, :editedBy, :now, 0)")
                .param("issue", issueId).param("section", sectionId).param("position", position)
                .param("department", departmentCode).param("contribution", contributionId)
                .param("original", originalText).param("text", text).param("editedBy", editedBy)
                .param("now", Sql.timestamp(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean updateItem(long itemId, String text, boolean included, int version, String actor, Instant now) {
        return Versioned.update(jdbc, "issue_item", itemId, version,
                "text = :text, included = :included, edited_by = :actor, edited_at = :now", sql -> sql.param("text", text)
                        .param("included", included).param("actor", actor).param("now", Sql.timestamp(now)));
    }

    /** A department's revision accepted while compiling: its text becomes the item's original and current text. */
    void replaceDepartmentText(long itemId, String text, Instant now) {
        jdbc.sql("UPDATE issue_item SET original_text = :text, text = :text, included = TRUE, edited_by = NULL,"
                + " edited_at = :now, version = version + 1 WHERE id = :id")
                .param("id", itemId).param("text", text).param("now", Sql.timestamp(now)).update();
    }

    void exclude(long itemId, Instant now) {
        jdbc.sql("UPDATE issue_item SET included = FALSE, edited_at = :now, version = version + 1 WHERE id = :id")
                .param("id", itemId).param("now", Sql.timestamp(now)).update();
    }

    public boolean deleteItem(long itemId, int version) {
        return jdbc.sql("DELETE FROM issue_item WHERE id = :id AND version = :version").param("id", itemId)
                .param("version", version).update() == 1;
    }

    public void setPosition(long itemId, int position) {
        jdbc.sql("UPDATE issue_item SET position = :position, version = version + 1 WHERE id = :id")
                .param("id", itemId).param("position", position).update();
    }

    // ---- section notes

    public Map<Long, String> notes(long issueId) {
        Map<Long, String> notes = new HashMap<>();
        jdbc.sql("SELECT section_id, intro_text FROM issue_section_note WHERE issue_id = :issue").param("issue", issueId)
                .query(rs -> {
                    notes.put(rs.getLong("section_id"), rs.getString("intro_text"));
                });
        return notes;
    }

    public void setNote(long issueId, long sectionId, String text) {
        jdbc.sql("DELETE FROM issue_section_note WHERE section_id = :section").param("section", sectionId).update();
        if (text != null && !text.isBlank()) {
            jdbc.sql("INSERT INTO issue_section_note (section_id, issue_id, intro_text) VALUES (:section, :issue, :text)")
                    .param("section", sectionId).param("issue", issueId).param("text", text).update();
        }
    }

    // ---- statistics

    public record StatisticRow(long sectionId, String metricKey, String label, Accumulation accumulation, int position,
            MetricFormat format, BigDecimal periodValue, BigDecimal cumulativeValue) {
    }

    /** The {@code issue_statistic} columns, bound by name: the format is three of them, the figures keep its places. */
    private record StatisticColumns(long sectionId, String metricKey, String label, Accumulation accumulation,
            int position, String figureUnit, FigureScale figureScale, int figureDecimals, BigDecimal periodFigure,
            BigDecimal cumulativeFigure) {

        StatisticRow statistic() {
            MetricFormat format = new MetricFormat(figureUnit, figureScale, figureDecimals);
            return new StatisticRow(sectionId, metricKey, label, accumulation, position, format,
                    format.normalise(periodFigure), format.normalise(cumulativeFigure));
        }
    }

    /** A figure of an earlier issue of the bulletin, with that issue's period. */
    public record EarlierFigure(long issueId, LocalDate periodStart, LocalDate periodEnd, String metricKey,
            BigDecimal periodValue, BigDecimal cumulativeValue) {
    }

    void createStatistic(long issueId, long sectionId, MetricDefinition metric, int position) {
        MetricFormat format = metric.format();
        jdbc.sql("INSERT INTO issue_statistic (section_id, metric_key, issue_id, position, label, accumulation,"
                + " figure_unit, figure_scale, figure_decimals) VALUES (:section, :metric, :issue, :position, :label,"
                + " :accumulation, :unit, :scale, :decimals)")
                .param("section", sectionId).param("metric", metric.key()).param("issue", issueId)
                .param("position", position).param("label", metric.label())
                .param("accumulation", metric.accumulation().name()).param("unit", format.unit())
                .param("scale", format.scale().name()).param("decimals", format.decimals()).update();
    }

    public List<StatisticRow> statistics(long issueId) {
        return jdbc.sql("SELECT * FROM issue_statistic WHERE issue_id = :issue ORDER BY section_id, position")
                .param("issue", issueId).query(statisticRows).list().stream().map(StatisticColumns::statistic).toList();
    }

    public void setStatistic(long sectionId, String metricKey, BigDecimal periodValue, BigDecimal cumulativeValue) {
        jdbc.sql("UPDATE issue_statistic SET period_figure = :period, cumulative_figure = :cumulative"
                + " WHERE section_id = :section AND metric_key = :metric")
                .param("section", sectionId).param("metric", metricKey).param("period", periodValue)
                .param("cumulative", cumulativeValue).update();
    }

    /**
     * The figures of a section (by key) in the bulletin's other, not cancelled issues whose period ends
     * in [{@code from}, {@code before}); the caller keeps those of the same year.
     */
    public List<EarlierFigure> earlierFigures(long bulletinId, long issueId, String sectionKey, LocalDate from,
            LocalDate before) {
        return jdbc.sql("SELECT i.id AS issue_id, i.period_start, i.period_end, st.metric_key,"
                + " st.period_figure AS period_value, st.cumulative_figure AS cumulative_value FROM issue_statistic st"
                + " JOIN issue_section sec ON sec.id = st.section_id JOIN issue i ON i.id = st.issue_id"
                + " WHERE i.bulletin_id = :bulletin AND i.id <> :issue AND i.status <> 'CANCELLED'"
                + " AND sec.section_key = :key AND i.period_end >= :from AND i.period_end < :before")
                .param("bulletin", bulletinId).param("issue", issueId).param("key", sectionKey)
                .param("from", Sql.date(from)).param("before", Sql.date(before))
                .query(figureRows).list();
    }

    // ---- checklist

    void createChecklistEntry(long issueId, long sectionId, int position, String label, String finding) {
        jdbc.sql("INSERT INTO issue_checklist_entry (section_id, position, issue_id, label, finding)"
                + " VALUES (:section, :position, :issue, :label, :finding)")
                .param("section", sectionId).param("position", position).param("issue", issueId).param("label", label)
                .param("finding", finding == null ? "" : finding).update();
    }

    public List<ChecklistEntry> checklist(long issueId) {
        return jdbc.sql("SELECT * FROM issue_checklist_entry WHERE issue_id = :issue ORDER BY section_id, position")
                .param("issue", issueId)
                .query(checklistRows).list();
    }

    public void setFinding(long sectionId, int position, String finding) {
        jdbc.sql("UPDATE issue_checklist_entry SET finding = :finding WHERE section_id = :section AND position = :position")
                .param("section", sectionId).param("position", position).param("finding", finding).update();
    }
}
