package cn.scgov.bulletin.notice.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The templates notices are written from: the built-in text of each kind, or the administrator's. */
@Component
public class NoticeTemplates {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 4000;

    private static final Rows<Stored> STORED = Rows.of(Stored.class);

    private final JdbcClient jdbc;

    NoticeTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One template as the administrator sees it; {@code custom} when it differs from the built-in text. */
    @org.springframework.modulith.NamedInterface("administration")
    public record Template(NoticeKind kind, String subject, String body, boolean custom, String updatedBy,
            Instant updatedAt, int version) {

        public String label() {
            return kind.label();
        }

        public List<Placeholder> placeholders() {
            return kind.placeholders().stream().map(p -> new Placeholder("{" + p + "}", NoticeKind.meaning(p))).toList();
        }
    }

    public record Placeholder(String name, String meaning) {
    }

    @org.springframework.modulith.NamedInterface("administration")
    public record Rendered(String subject, String body) {
    }

    public List<Template> all() {
        Map<NoticeKind, Template> stored = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM notice_template").query(STORED).list()
                .forEach(row -> stored.put(row.kind(), row.template()));
        List<Template> templates = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            templates.add(stored.getOrDefault(kind, builtIn(kind)));
        }
        return templates;
    }

    public Template get(NoticeKind kind) {
        return jdbc.sql("SELECT * FROM notice_template WHERE kind = :kind").param("kind", kind.name())
                .query(STORED).optional().map(Stored::template).orElseGet(() -> builtIn(kind));
    }

    /**
     * Checks a template: both parts present and within their length, only the kind's placeholders,
     * no stray braces. A 400 names every unknown placeholder.
     */
    public static void check(NoticeKind kind, String subject, String body) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(kind, "subject", subject, MAX_SUBJECT, "主题", errors);
        check(kind, "body", body, MAX_BODY, "正文", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("模板有误：" + String.join("；", errors.values()), errors);
        }
    }

    private static void check(NoticeKind kind, String field, String text, int max, String label,
            Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, label + "不能为空");
            return;
        }
        if (text.length() > max) {
            errors.put(field, label + "不超过 " + max + " 字（现 " + text.length() + " 字）");
            return;
        }
        if (field.equals("subject") && (text.contains("\n") || text.contains("\r"))) {
            errors.put(field, "主题只能有一行");
            return;
        }
        Set<String> unknown = TemplateText.unknown(text, kind.placeholders());
        if (!unknown.isEmpty()) {
            errors.put(field, label + "含未知占位符：" + String.join("、", unknown) + "（可用："
                    + String.join("、", kind.placeholders().stream().map(p -> "{" + p + "}").toList()) + "）");
        } else if (TemplateText.strayBraces(text)) {
            errors.put(field, label + "中的花括号须成对出现，用于占位符");
        }
    }

    /** Saves the administrator's text (optimistic: {@code version} is the one they read). */
    public Template save(NoticeKind kind, String subject, String body, int version, String actor, Instant now) {
        check(kind, subject, body);
        Optional<Template> stored = jdbc.sql("SELECT * FROM notice_template WHERE kind = :kind").param("kind", kind.name())
                .query(STORED).optional().map(Stored::template);
        int current = stored.map(Template::version).orElse(0);
        if (current != version) {
            throw new ConflictException("模板已被他人修改，请刷新后重试");
        }
        if (stored.isEmpty()) {
            jdbc.sql("INSERT INTO notice_template (kind, subject, body, updated_by, updated_at, version)"
                    + " VALUES (:kind, :subject, :body, :by, :at, 1)").param("kind", kind.name()).param("subject", subject)
                    .param("body", body).param("by", actor).param("at", Sql.timestamp(now)).update();
        } else if (!Versioned.update(jdbc, "notice_template", "kind", kind.name(), version,
                "subject = :subject, body = :body, updated_by = :by, updated_at = :at", sql -> sql.param("subject", subject)
                        .param("body", body).param("by", actor).param("at", Sql.timestamp(now)))) {
            throw new ConflictException("模板已被他人修改，请刷新后重试");
        }
        return get(kind);
    }

    /**
     * Back to the built-in text. The row stays (with the built-in text) so the version keeps counting
     * and a stale edit is still refused.
     */
    public Template reset(NoticeKind kind, int version, String actor, Instant now) {
        return save(kind, kind.defaultSubject(), kind.defaultBody(), version, actor, now);
    }

    /** The kind's template filled in with the values (the subject on one line). */
    public Rendered render(NoticeKind kind, Map<String, String> values) {
        Template template = get(kind);
        return render(template.subject(), template.body(), values);
    }

    public static Rendered render(String subject, String body, Map<String, String> values) {
        String line = TemplateText.render(subject, values).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return new Rendered(line, TemplateText.render(body, values));
    }

    private static Template builtIn(NoticeKind kind) {
        return new Template(kind, kind.defaultSubject(), kind.defaultBody(), false, null, null, 0);
    }

    /** A stored template's columns, bound by name; {@code custom} follows from comparing with the built-in text. */
    private record Stored(NoticeKind kind, String subject, String body, String updatedBy, Instant updatedAt, int version) {

        Template template() {
            boolean custom = !subject.equals(kind.defaultSubject()) || !body.equals(kind.defaultBody());
            return new Template(kind, subject, body, custom, updatedBy, updatedAt, version);
        }
    }
}
