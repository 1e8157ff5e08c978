package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.signoff.SignoffRules;
import cn.scgov.bulletin.signoff.SignoffRulesService;
import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator edits a bulletin's sign-off rules next to its definition. */
@Controller
class SignoffRulesPageController {

    private final SignoffRulesService rules;
    private final BulletinCatalog catalog;

    SignoffRulesPageController(SignoffRulesService rules, BulletinCatalog catalog) {
        this.rules = rules;
        this.catalog = catalog;
    }

    @GetMapping("/admin/bulletins/{id}/signoff-rules")
    String page(CurrentUser user, @PathVariable long id, Model model) {
        requireAdministrator(user);
        model.addAttribute("bulletin", catalog.bulletin(id));
        model.addAttribute("rules", rules.rules(user, id));
        return "admin/signoff-rules";
    }

    @PostMapping("/admin/bulletins/{id}/signoff-rules")
    String save(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "-1") int maxAddedSigners,
            @RequestParam(defaultValue = "false") boolean leadersOnlyLastStep,
            @RequestParam(defaultValue = "-1") int stepDueHours, @RequestParam(defaultValue = "0") int version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireAdministrator(user);
        SignoffRules wanted = new SignoffRules(maxAddedSigners, leadersOnlyLastStep, stepDueHours, version);
        String error = maxAddedSigners < 0 || maxAddedSigners > 10 ? "加签人数应在 0 到 10 之间"
                : stepDueHours < 0 || stepDueHours > 720 ? "办理时限应在 0 到 720 小时之间" : null;
        if (error != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, id, wanted, error);
        }
        RefusalRedraw.on(model, refusal -> page(model, id, wanted, refusal.getMessage()), ConflictException.class);
        rules.update(user, id, wanted);
        redirect.addFlashAttribute("flashSuccess", "审签规则已保存");
        return "redirect:/admin/bulletins/" + id + "/signoff-rules";
    }

    private String page(Model model, long id, SignoffRules wanted, String error) {
        model.addAttribute("bulletin", catalog.bulletin(id));
        model.addAttribute("rules", wanted);
        model.addAttribute("error", error);
        return "admin/signoff-rules";
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.hasAny(Role.SYSADMIN)) {
            throw new ForbiddenException("仅系统管理员可修改审签规则");
        }
    }
}
