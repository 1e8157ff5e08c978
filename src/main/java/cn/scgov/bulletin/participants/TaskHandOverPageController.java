package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.inbox.InboxQuery;
import cn.scgov.bulletin.inbox.TaskGate;
import cn.scgov.bulletin.inbox.TaskOperations;
import java.util.List;
import java.util.Locale;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Department;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.RefusalRedirect;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.flowable.task.api.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Transfer (转办) or delegate (委派) one of one's tasks to someone else entitled to it. */
@Controller
class TaskHandOverPageController {

    private final TaskOperations operations;
    private final TaskGate gate;
    private final Issues issues;
    private final Directory directory;
    private final MessageSource messages;

    TaskHandOverPageController(TaskOperations operations, TaskGate gate, Issues issues, Directory directory,
            MessageSource messages) {
        this.operations = operations;
        this.gate = gate;
        this.issues = issues;
        this.directory = directory;
        this.messages = messages;
    }

    record TaskSummary(String id, String name, String issueLine, String departmentName) {
    }

    @GetMapping("/inbox/tasks/{taskId}/hand-over")
    String form(CurrentUser user, @PathVariable String taskId, @RequestParam(required = false) String back, Model model) {
        return render(model, user, taskId, back, "TRANSFER", null, null);
    }

    @PostMapping("/inbox/tasks/{taskId}/hand-over")
    String handOver(CurrentUser user, @PathVariable String taskId, @RequestParam(defaultValue = "TRANSFER") String mode,
            @RequestParam(required = false) String username, @RequestParam(required = false) String back, Model model,
            RedirectAttributes redirect, Locale locale) {
        boolean delegate = "DELEGATE".equals(mode);
        RefusalRedirect.to(InboxQuery.safeBack(back), ConflictException.class);
        RefusalRedraw.on(model, refusal -> render(model, user, taskId, back, delegate ? "DELEGATE" : "TRANSFER",
                username, RefusalRedraw.fieldErrors(refusal).getOrDefault("username", refusal.getMessage())),
                InvalidInputException.class);
        if (username == null || username.isBlank()) {
            throw InvalidInputException.field("username", messages.getMessage("inbox.handOver.chooseTarget", null, locale));
        }
        String target = directory.user(username).map(account -> account.displayName()).orElse(username);
        if (delegate) {
            operations.delegate(user, taskId, username);
        } else {
            operations.transfer(user, taskId, username);
        }
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(
                delegate ? "inbox.handOver.delegated" : "inbox.handOver.transferred", new Object[] {target}, locale));
        return "redirect:" + InboxQuery.safeBack(back);
    }

    private String render(Model model, CurrentUser user, String taskId, String back, String mode, String chosen,
            String error) {
        List<TaskOperations.Candidate> candidates = operations.eligibleTargets(user, taskId);
        Task task = gate.task(taskId).orElseThrow(() -> new NotFoundException("任务不存在或已办结"));
        String issueLine = issues.byProcessInstance(task.getProcessInstanceId())
                .map(issue -> "《" + issue.title() + "》" + issues.issueLine(issue).text()).orElse(null);
        String department = directory.department(task.getCategory()).map(Department::name).orElse(null);
        model.addAttribute("task", new TaskSummary(task.getId(), task.getName(), issueLine, department));
        model.addAttribute("candidates", candidates);
        model.addAttribute("mode", mode);
        model.addAttribute("chosen", chosen);
        model.addAttribute("error", error);
        model.addAttribute("back", InboxQuery.safeBack(back));
        return "inbox/hand-over";
    }
}
