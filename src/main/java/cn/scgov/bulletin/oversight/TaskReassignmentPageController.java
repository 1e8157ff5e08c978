package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.inbox.TaskReassignment;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.RefusalRedirect;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's list of open tasks, each reassignable with a reason (改派). */
@Controller
class TaskReassignmentPageController {

    private final TaskReassignment reassignment;

    TaskReassignmentPageController(TaskReassignment reassignment) {
        this.reassignment = reassignment;
    }

    @GetMapping("/admin/tasks")
    String list(CurrentUser user, @RequestParam(defaultValue = "") String assignee,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("tasks", reassignment.openTasks(user, assignee, Math.max(page, 0), 50));
        model.addAttribute("assignee", assignee);
        return "admin/tasks";
    }

    @PostMapping("/admin/tasks/{taskId}/reassign")
    String reassign(CurrentUser user, @PathVariable String taskId, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String assignee,
            RedirectAttributes redirect) {
        RefusalRedirect.to("/admin/tasks", InvalidInputException.class, NotFoundException.class).with("assignee", assignee);
        reassignment.reassign(user, taskId, username, reason);
        redirect.addFlashAttribute("flashSuccess", "已改派给 " + username.strip());
        redirect.addAttribute("assignee", assignee);
        return "redirect:/admin/tasks";
    }
}
