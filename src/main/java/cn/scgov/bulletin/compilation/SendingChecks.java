package cn.scgov.bulletin.compilation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.inbox.TaskGate;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.shared.ConflictException;

import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * What must hold before an issue goes to sign-off: every figure and finding filled, no department's return
 * still being revised, and no module refusing ({@link SignoffPrecondition}).
 */
@Component
class SendingChecks {

    private final IssueContents contents;
    private final TaskGate gate;
    private final Directory directory;
    private final List<SignoffPrecondition> preconditions;

    SendingChecks(IssueContents contents, TaskGate gate, Directory directory, List<SignoffPrecondition> preconditions) {
        this.contents = contents;
        this.gate = gate;
        this.directory = directory;
        this.preconditions = List.copyOf(preconditions);
    }

    /** The issue's own content: refuses with what is still missing or still being revised. */
    void contentComplete(Issue issue) {
        Compilation compilation = contents.compilation(issue);
        List<String> missing = new ArrayList<>();
        for (Compilation.SectionWork work : compilation.sections()) {
            work.figures().stream().filter(figure -> !figure.filled())
                    .forEach(figure -> missing.add(work.section().title() + "·" + figure.label()));
            work.checklist().stream().filter(entry -> entry.finding() == null || entry.finding().isBlank())
                    .forEach(entry -> missing.add(work.section().title() + "·" + entry.label()));
        }
        if (!missing.isEmpty()) {
            throw new ConflictException("以下内容尚未填写：" + String.join("、", missing));
        }
        List<String> revising = gate.activeTasks(issue.processInstanceId()).stream()
                .filter(open -> IssueProcess.REVISE_TASK.equals(open.getTaskDefinitionKey())
                        || IssueProcess.REVISION_REVIEW_TASK.equals(open.getTaskDefinitionKey()))
                .map(Task::getCategory).distinct().toList();
        if (!revising.isEmpty()) {
            Map<String, String> names = directory.departmentNames();
            throw new ConflictException("以下部门的退回修改尚未办结，不能送审：" + String.join("、",
                    revising.stream().map(code -> names.getOrDefault(code, code)).toList()));
        }
    }

    /** Other modules' vetoes (rendering: the PDF can be made). */
    void othersAgree(Issue issue) {
        preconditions.forEach(precondition -> precondition.check(issue));
    }
}
