package cn.scgov.bulletin.rendering.internal;

import cn.scgov.bulletin.rendering.BulletinDocument;
import cn.scgov.bulletin.rendering.DocumentAssembler;
import cn.scgov.bulletin.rendering.DocumentFormat;
import cn.scgov.bulletin.rendering.DocumentRenderers;
import cn.scgov.bulletin.rendering.DocumentStore;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.scgov.bulletin.compilation.IssueContents;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueFrozen;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.rendering.RenderingAction;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At sign-off (inside the freezing job, in its transaction) renders the issue's four files once,
 * stores them with their SHA-256 and records the hashes in the issue's history: a comment on the
 * process instance and a line in the process log. A failure (e.g. no font for the PDF) fails the
 * job, which the engine retries; nothing is stored until all four are made (the PDF, which
 * needs fonts, first).
 */
@Component
public class DocumentFreezer {

    private final DocumentStore store;
    private final DocumentRenderers renderers;
    private final IssueContents contents;
    private final Issues issues;
    private final TaskService tasks;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    DocumentFreezer(DocumentStore store, DocumentRenderers renderers, IssueContents contents, Issues issues,
            TaskService tasks, TimeSource time, ApplicationEventPublisher events) {
        this.store = store;
        this.renderers = renderers;
        this.contents = contents;
        this.issues = issues;
        this.tasks = tasks;
        this.time = time;
        this.events = events;
    }

    @EventListener
    public void on(IssueFrozen frozen) {
        long issueId = frozen.issueId();
        if (!store.hashes(issueId).isEmpty()) {
            return;
        }
        Issue issue = issues.require(issueId);
        BulletinDocument document = DocumentAssembler.assemble(contents.content(issue));
        Map<DocumentFormat, byte[]> files = new EnumMap<>(DocumentFormat.class);
        for (DocumentFormat format : List.of(DocumentFormat.PDF, DocumentFormat.DOCX, DocumentFormat.HTML, DocumentFormat.TXT)) {
            files.put(format, renderers.render(document, format));
        }
        Map<DocumentFormat, String> hashes = new EnumMap<>(DocumentFormat.class);
        files.forEach((format, content) -> {
            String sha256 = DocumentRenderers.sha256(content);
            store.insert(issueId, format, content, sha256, time.now());
            hashes.put(format, sha256);
        });
        String record = "定稿文件已固化（SHA-256）：" + hashes.entrySet().stream()
                .map(entry -> entry.getKey().extension() + " " + entry.getValue()).collect(Collectors.joining("；"));
        if (issue.processInstanceId() != null) {
            tasks.addComment(null, issue.processInstanceId(), IssueProcess.OPINION_COMMENT, record);
        }
        events.publishEvent(ProcessLogged.onIssue(RenderingAction.DOCUMENTS_FROZEN, null, issueId, record));
    }
}
