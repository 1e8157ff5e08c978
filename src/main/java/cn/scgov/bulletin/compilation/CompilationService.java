package cn.scgov.bulletin.compilation;

import cn.scgov.bulletin.compilation.internal.CompilationRepository;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.bulletin.Accumulation;
import cn.scgov.bulletin.bulletin.Figures;
import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.inbox.TaskCompletion;
import cn.scgov.bulletin.inbox.TaskGate;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueSection;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editor's compiling: items, figures, findings, notes, and sending the issue to sign-off. */
@Service
public class CompilationService {

    static final int MAX_TEXT = 20_000;

    private final CompilationRepository repository;
    private final IssueContents contents;
    private final Issues issues;
    private final IssueAccess access;
    private final TaskGate gate;
    private final TimeSource time;
    private final ApplicationEventPublisher events;
    private final CompiledItemRevisions revisions;
    private final SendingChecks checks;

    CompilationService(CompilationRepository repository, IssueContents contents, Issues issues, IssueAccess access,
            TaskGate gate, TimeSource time, ApplicationEventPublisher events,
            CompiledItemRevisions revisions, SendingChecks checks) {
        this.revisions = revisions;
        this.checks = checks;
        this.repository = repository;
        this.contents = contents;
        this.issues = issues;
        this.access = access;
        this.gate = gate;
        this.time = time;
        this.events = events;
    }

    public Compilation compilation(CurrentUser user, long issueId) {
        return contents.compilation(access.readable(user, issueId, IssueAccess.Part.COMPILATION));
    }

    @Transactional
    @RetryOnCollision
    public CompiledItem addItem(CurrentUser user, long issueId, long sectionId, String text) {
        Issue issue = editable(user, issueId);
        IssueSection section = section(issue, sectionId, SectionKind.NARRATIVE);
        Instant now = time.now();
        long id = repository.addItem(issueId, section.id(), null, null, null, checkText(text), user.username(), now);
        revisions.record(issueId, id, user.username(), now, checkText(text));
        log(CompilationAction.ITEM_ADDED, user, issueId, section.title());
        return repository.item(issueId, id).orElseThrow();
    }

    /** Edits an item's text or includes/excludes it; the department's original text is kept. */
    @Transactional
    @RetryOnCollision
    public CompiledItem editItem(CurrentUser user, long issueId, long itemId, String text, boolean included, int version) {
        editable(user, issueId);
        CompiledItem item = item(issueId, itemId);
        String checked = checkText(text);
        Instant now = time.now();
        if (!repository.updateItem(itemId, checked, included, version, user.username(), now)) {
            throw new ConflictException("该条目已被他人修改，请刷新后重试");
        }
        if (!item.text().equals(checked)) {
            revisions.keepCurrent(item, issueId);
            revisions.record(issueId, itemId, user.username(), now, checked);
        }
        String what = !item.text().equals(checked) ? "修改文字" : (item.included() != included ? (included ? "恢复采用" : "不予采用") : "保存");
        log(CompilationAction.ITEM_EDITED, user, issueId, "条目 " + itemId + "：" + what);
        return item(issueId, itemId);
    }

    /** Removes an editor's own item; a department's item is excluded instead, so its original stays. */
    @Transactional
    @RetryOnCollision
    public void removeItem(CurrentUser user, long issueId, long itemId, int version) {
        editable(user, issueId);
        CompiledItem item = item(issueId, itemId);
        boolean done = item.departmentCode() == null
                ? repository.deleteItem(itemId, version)
                : repository.updateItem(itemId, item.text(), false, version, user.username(), time.now());
        if (!done) {
            throw new ConflictException("该条目已被他人修改，请刷新后重试");
        }
        log(CompilationAction.ITEM_REMOVED, user, issueId, "条目 " + itemId);
    }

    /** Puts a section's items in the given order; the list must name each of them once. */
    @Transactional
    @RetryOnCollision
    public List<CompiledItem> reorder(CurrentUser user, long issueId, long sectionId, List<Long> itemIds) {
        Issue issue = editable(user, issueId);
        IssueSection section = section(issue, sectionId, SectionKind.NARRATIVE);
        List<CompiledItem> current = repository.items(issueId).stream()
                .filter(item -> item.sectionId() == section.id()).toList();
        Set<Long> expected = new HashSet<>(current.stream().map(CompiledItem::id).toList());
        if (itemIds.size() != expected.size() || !expected.equals(new HashSet<>(itemIds))) {
            throw InvalidInputException.field("itemIds", "须按新顺序列出该栏目的全部条目，且每条一次");
        }
        for (int i = 0; i < itemIds.size(); i++) {
            repository.setPosition(itemIds.get(i), i + 1);
        }
        log(CompilationAction.ITEMS_REORDERED, user, issueId, section.title());
        return repository.items(issueId).stream().filter(item -> item.sectionId() == section.id()).toList();
    }

    /**
     * Fills a statistics section: period figures for PERIOD metrics, running totals for CUMULATIVE ones
     * (never below the highest earlier issue's), each in its metric's unit and kept exactly. A value
     * the metric cannot hold exactly (more decimal places than its format, negative, too large) is
     * refused with its field named, and then nothing is stored. Metrics not named keep their value;
     * a metric named with null is cleared.
     */
    @Transactional
    @RetryOnCollision
    public List<StatisticFigure> fillStatistics(CurrentUser user, long issueId, long sectionId,
            Map<String, ? extends Number> values) {
        Issue issue = editable(user, issueId);
        IssueSection section = section(issue, sectionId, SectionKind.STATISTICS);
        List<StatisticFigure> figures = figures(issue, section);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<StatisticFigure, BigDecimal> accepted = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends Number> entry : values.entrySet()) {
            StatisticFigure figure = figures.stream().filter(f -> f.metricKey().equals(entry.getKey())).findFirst()
                    .orElse(null);
            BigDecimal value = Figures.decimal(entry.getValue());
            String refusal = figure == null || value == null ? null : figure.format().refusal(value);
            if (figure == null) {
                errors.put(entry.getKey(), "该栏目没有此指标");
            } else if (refusal != null) {
                errors.put(entry.getKey(), figure.label() + refusal + unitHint(figure));
            } else if (value != null && figure.accumulation() == Accumulation.CUMULATIVE
                    && figure.previousYearToDate() != null && value.compareTo(figure.previousYearToDate()) < 0) {
                errors.put(entry.getKey(), figure.label() + "为年度累计数，不能低于上期的 "
                        + figure.number(figure.previousYearToDate()));
            } else {
                accepted.put(figure, value == null ? null : figure.format().exact(value));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("统计数据有误：" + String.join("；", errors.values()), errors);
        }
        accepted.forEach((figure, value) -> repository.setStatistic(section.id(), figure.metricKey(),
                figure.accumulation() == Accumulation.PERIOD ? value : null,
                figure.accumulation() == Accumulation.CUMULATIVE ? value : null));
        StringBuilder detail = new StringBuilder(section.title()).append("：");
        accepted.forEach((figure, value) -> detail.append(figure.label()).append(' ')
                .append(value == null ? "（清空）" : figure.format().print(value)).append("；"));
        log(CompilationAction.STATISTICS_FILLED, user, issueId, detail.toString());
        return figures(issue, section);
    }

    /** Where the unit is not obvious from the label: "（以万件为单位）". */
    private static String unitHint(StatisticFigure figure) {
        String suffix = figure.format().suffix();
        return suffix.isEmpty() ? "" : "（以" + suffix + "为单位）";
    }

    @Transactional
    @RetryOnCollision
    public List<ChecklistEntry> fillChecklist(CurrentUser user, long issueId, long sectionId, List<String> findings) {
        Issue issue = editable(user, issueId);
        IssueSection section = section(issue, sectionId, SectionKind.CHECKLIST);
        List<ChecklistEntry> entries = checklist(issueId, section.id());
        if (findings.size() != entries.size()) {
            throw InvalidInputException.field("findings", "须为全部 " + entries.size() + " 个巡查项目填写情况");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            String finding = findings.get(i) == null ? "" : findings.get(i).strip();
            if (finding.isEmpty()) {
                errors.put("findings[" + i + "]", entries.get(i).label() + "的情况不能为空");
            } else if (finding.length() > 2000) {
                errors.put("findings[" + i + "]", "每项不超过 2000 字");
            } else {
                repository.setFinding(section.id(), entries.get(i).position(), finding);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("巡查情况有误：" + String.join("；", errors.values()), errors);
        }
        log(CompilationAction.CHECKLIST_FILLED, user, issueId, section.title());
        return checklist(issueId, section.id());
    }

    /** The paragraph a section opens with (e.g. the hall inspection's introduction); blank removes it. */
    @Transactional
    @RetryOnCollision
    public void setIntro(CurrentUser user, long issueId, long sectionId, String text) {
        Issue issue = editable(user, issueId);
        IssueSection section = issues.outline(issue.id()).section(sectionId)
                .orElseThrow(() -> new NotFoundException("栏目不存在：" + sectionId));
        repository.setNote(issueId, section.id(), text == null || text.isBlank() ? null : checkText(text));
        log(CompilationAction.SECTION_NOTE_EDITED, user, issueId, section.title());
    }

    /** Completes compiling: every figure and finding must be filled. */
    @Transactional
    @RetryOnCollision
    public void sendToSignoff(CurrentUser user, long issueId) {
        Issue issue = editable(user, issueId);
        if (issue.status() != IssueStatus.COMPILING) {
            throw new ConflictException("该期次当前不在汇编阶段（" + issue.status().label() + "）");
        }
        checks.contentComplete(issue);
        Task task = gate.requireActive(issue.processInstanceId(), IssueProcess.COMPILE_TASK, null, "汇编任务已办结");
        checks.othersAgree(issue);
        gate.complete(user, task, TaskCompletion.of("SENT"));
        events.publishEvent(new ProcessLogged(CompilationAction.SENT_TO_SIGNOFF, user.username(), issueId, null,
                task.getId(), "SENT", null, null));
    }

    private Issue editable(CurrentUser user, long issueId) {
        Issue issue = access.editable(user, issueId);
        if (issue.status() != IssueStatus.COLLECTING && issue.status() != IssueStatus.COMPILING) {
            throw new ConflictException("期次" + issue.status().label() + "，不能再修改内容");
        }
        return issue;
    }

    private IssueSection section(Issue issue, long sectionId, SectionKind kind) {
        IssueSection section = issues.outline(issue.id()).section(sectionId)
                .orElseThrow(() -> new NotFoundException("栏目不存在：" + sectionId));
        if (section.kind() != kind) {
            throw new ConflictException("栏目「" + section.title() + "」是" + section.kind().label() + "栏目");
        }
        return section;
    }

    private CompiledItem item(long issueId, long itemId) {
        return repository.item(issueId, itemId).orElseThrow(() -> new NotFoundException("条目不存在：" + itemId));
    }

    private List<StatisticFigure> figures(Issue issue, IssueSection section) {
        return contents.compilation(issue).sections().stream().filter(work -> work.section().id() == section.id())
                .findFirst().map(Compilation.SectionWork::figures).orElse(List.of());
    }

    private List<ChecklistEntry> checklist(long issueId, long sectionId) {
        return repository.checklist(issueId).stream().filter(entry -> entry.sectionId() == sectionId).toList();
    }

    private static String checkText(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw InvalidInputException.field("text", "内容不能为空");
        }
        if (stripped.length() > MAX_TEXT) {
            throw InvalidInputException.field("text", "内容不超过 " + MAX_TEXT + " 字");
        }
        return stripped;
    }

    private void log(AuditAction action, CurrentUser user, long issueId, String detail) {
        events.publishEvent(ProcessLogged.onIssue(action, user.username(), issueId, detail));
    }
}
