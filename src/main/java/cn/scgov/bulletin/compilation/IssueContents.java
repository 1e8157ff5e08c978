package cn.scgov.bulletin.compilation;

import cn.scgov.bulletin.compilation.internal.CompilationRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueFormats;
import cn.scgov.bulletin.issue.IssueOutline;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueSection;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;

/** Builds the compiled issue (for editors) and its reader's content (for rendering and previews). */
@Service
public class IssueContents {

    private final CompilationRepository repository;
    private final Issues issues;
    private final YearToDate yearToDate;
    private final TimeSource time;
    private final TaskService tasks;
    private final ItemFigures figures;

    IssueContents(CompilationRepository repository, Issues issues, YearToDate yearToDate, TimeSource time,
            TaskService tasks, ItemFigures figures) {
        this.figures = figures;
        this.repository = repository;
        this.issues = issues;
        this.yearToDate = yearToDate;
        this.time = time;
        this.tasks = tasks;
    }

    public Compilation compilation(Issue issue) {
        IssueOutline outline = issues.outline(issue.id());
        Map<Long, List<CompiledItem>> items = group(repository.items(issue.id()), CompiledItem::sectionId);
        Map<Long, List<StatisticFigure>> figures = group(
                yearToDate.figures(issue, outline.byId(), repository.statistics(issue.id())), StatisticFigure::sectionId);
        Map<Long, List<ChecklistEntry>> checklist = group(repository.checklist(issue.id()), ChecklistEntry::sectionId);
        Map<Long, String> notes = repository.notes(issue.id());
        List<Compilation.SectionWork> sections = new ArrayList<>();
        for (IssueSection section : outline.sections()) {
            List<StatisticFigure> sectionFigures = figures.getOrDefault(section.id(), List.of());
            String sentence = section.kind() == SectionKind.STATISTICS && section.template() != null
                    ? StatisticsSentence.fill(section.template(), sectionFigures, issue.period())
                    : null;
            sections.add(new Compilation.SectionWork(section, notes.get(section.id()),
                    items.getOrDefault(section.id(), List.of()), sectionFigures, sentence,
                    checklist.getOrDefault(section.id(), List.of())));
        }
        Task compileTask = issue.processInstanceId() == null ? null : tasks.createTaskQuery()
                .processInstanceId(issue.processInstanceId()).taskDefinitionKey(IssueProcess.COMPILE_TASK).singleResult();
        return new Compilation(issue, issues.issueLine(issue).text(), sections,
                compileTask == null ? null : compileTask.getId(), compileTask == null ? null : compileTask.getAssignee());
    }

    public IssueContent content(Issue issue) {
        Compilation compilation = compilation(issue);
        Map<Long, IssueContent.Figure> placed = figures.figures(issue.id());
        List<IssueContent.SectionContent> sections = compilation.sections().stream()
                .map(work -> IssueContent.SectionContent.of(work, placed))
                .toList();
        boolean draft = !issue.numbered();
        return new IssueContent(issue, compilation.issueLine(), issue.issueDate() != null ? issue.issueDate() : time.today(),
                issue.periodLine() ? IssueFormats.periodLine(issue.periodStart(), issue.periodEnd()) : null,
                draft || issue.status() == IssueStatus.CANCELLED, sections, issues.colophon(issue.id()));
    }

    private static <T> Map<Long, List<T>> group(List<T> values, java.util.function.Function<T, Long> key) {
        Map<Long, List<T>> grouped = new HashMap<>();
        values.forEach(value -> grouped.computeIfAbsent(key.apply(value), k -> new ArrayList<>()).add(value));
        return grouped;
    }
}
