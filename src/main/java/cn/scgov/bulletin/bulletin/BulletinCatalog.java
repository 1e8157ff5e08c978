package cn.scgov.bulletin.bulletin;

import cn.scgov.bulletin.bulletin.internal.BulletinRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.scgov.bulletin.bulletin.BulletinDefinition.MetricDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bulletins and their definitions; the year's opening figures for statistics. */
@Service
public class BulletinCatalog {

    private final BulletinRepository bulletins;
    private final DefinitionRules rules;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    BulletinCatalog(BulletinRepository bulletins, DefinitionRules rules, TimeSource time,
            ApplicationEventPublisher events) {
        this.bulletins = bulletins;
        this.rules = rules;
        this.time = time;
        this.events = events;
    }

    /** Every bulletin, cached like {@link #bulletin(long)} (the lists and filters of most pages offer them). */
    public List<Bulletin> bulletins() {
        return bulletins.findAll();
    }

    /** A bulletin by id (cached, see {@link BulletinRepository#find}). */
    public Bulletin bulletin(long id) {
        return bulletins.find(id).orElseThrow(() -> new NotFoundException("刊物不存在：" + id));
    }


    @Transactional
    @RetryOnCollision
    public Bulletin create(CurrentUser actor, String code, BulletinDefinition definition) {
        requireSystemAdministrator(actor);
        rules.check(definition);
        if (bulletins.findByCode(code).isPresent()) {
            throw new ConflictException("刊物编码已存在：" + code);
        }
        long id = bulletins.insert(code, definition, actor.username(), time.now());
        events.publishEvent(ProcessLogged.of(BulletinAction.BULLETIN_CREATED, actor.username(), code + " " + definition.title()));
        return bulletin(id);
    }

    @Transactional
    @RetryOnCollision
    public Bulletin update(CurrentUser actor, long id, BulletinDefinition definition, boolean active, int version) {
        requireSystemAdministrator(actor);
        rules.check(definition);
        Bulletin current = bulletin(id);
        if (!bulletins.update(id, definition, active, version, actor.username(), time.now())) {
            throw new ConflictException("刊物设置已被他人修改，请刷新后重试");
        }
        events.publishEvent(ProcessLogged.of(BulletinAction.BULLETIN_UPDATED, actor.username(),
                current.code() + " " + definition.title() + (active ? "" : "（停用）")));
        return bulletin(id);
    }

    /** Validates a definition without saving it (used by seeding and by the outline editor's preview). */
    public void check(BulletinDefinition definition) {
        rules.check(definition);
    }

    /** Opening year-to-date figures keyed "sectionKey.metricKey", each in its metric's unit. */
    public Map<String, BigDecimal> openingFigures(long bulletinId, int year) {
        return bulletins.openingFigures(bulletinId, year);
    }

    /**
     * Records the year-to-date figures the bulletin had before this system (or before its first issue
     * of the year in it). Only period figures of statistics sections are accepted, each in its metric's
     * unit and no more precise than its format; one bad figure refuses them all.
     */
    @Transactional
    @RetryOnCollision
    public Map<String, BigDecimal> setOpeningFigures(CurrentUser actor, long bulletinId, int year,
            Map<String, ? extends Number> figures) {
        if (!actor.has(Role.EDITOR)) {
            throw new ForbiddenException("仅编辑可设置年初累计数");
        }
        Bulletin bulletin = bulletin(bulletinId);
        Map<String, BigDecimal> accepted = new TreeMap<>();
        Map<String, String> errors = new TreeMap<>();
        for (Map.Entry<String, ? extends Number> figure : figures.entrySet()) {
            MetricDefinition metric = periodMetric(bulletin.definition(), figure.getKey());
            BigDecimal value = Figures.decimal(figure.getValue());
            String refusal = metric == null || value == null ? null : metric.format().refusal(value);
            if (metric == null) {
                errors.put(figure.getKey(), "不是本刊物统计栏目的本期指标");
            } else if (value == null) {
                errors.put(figure.getKey(), metric.label() + "：请填写数字");
            } else if (refusal != null) {
                errors.put(figure.getKey(), metric.label() + refusal);
            } else {
                accepted.put(figure.getKey(), metric.format().exact(value));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("年初累计数有误：" + String.join("；", errors.values()), errors);
        }
        bulletins.replaceOpeningFigures(bulletinId, year, accepted);
        events.publishEvent(ProcessLogged.of(BulletinAction.OPENING_FIGURES_SET, actor.username(),
                bulletin.code() + " " + year + "：" + accepted));
        return accepted;
    }

    /** Serialises numbering of a bulletin's issues until the current transaction ends. */
    public void lockForNumbering(long bulletinId) {
        bulletins.lock(bulletinId);
    }

    private static MetricDefinition periodMetric(BulletinDefinition definition, String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            return null;
        }
        String sectionKey = key.substring(0, dot);
        String metricKey = key.substring(dot + 1);
        for (SectionDefinition section : definition.allSections()) {
            if (section.key().equals(sectionKey) && section.kind() == SectionKind.STATISTICS) {
                return section.metrics().stream().filter(metric -> metric.key().equals(metricKey)
                        && metric.accumulation() == Accumulation.PERIOD).findFirst().orElse(null);
            }
        }
        return null;
    }

    private static void requireSystemAdministrator(CurrentUser actor) {
        if (!actor.has(Role.SYSADMIN)) {
            throw new ForbiddenException("仅系统管理员可配置刊物");
        }
    }
}
