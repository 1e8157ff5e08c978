package cn.scgov.bulletin.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Login, the landing page by role, and changing one's password. */
@Controller
class LoginController {

    private final Credentials credentials;

    LoginController(Credentials credentials) {
        this.credentials = credentials;
    }

    record PasswordForm(@NotBlank(message = "请输入当前密码") String currentPassword,
            @NotBlank(message = "请输入新密码") String newPassword,
            @NotBlank(message = "请再次输入新密码") String confirmPassword) {
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Everyone lands where their work is. */
    @GetMapping("/")
    String home(CurrentUser user) {
        if (user.has(Role.AUDITOR)) {
            return "redirect:/audit";
        }
        if (user.has(Role.SYSADMIN)) {
            return "redirect:/admin/bulletins";
        }
        if (user.has(Role.SECADMIN)) {
            return "redirect:/admin/users";
        }
        if (user.roles().equals(java.util.Set.of(Role.RECIPIENT))) {
            return "redirect:/deliveries";
        }
        return "redirect:/inbox";
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return "password";
    }

    @ModelAttribute("passwordRules")
    String passwordRules() {
        return credentials.rulesDescription();
    }

    @PostMapping("/password")
    String changePassword(CurrentUser user, @Valid @ModelAttribute("form") PasswordForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            binding.rejectValue("confirmPassword", "mismatch", "两次输入的新密码不一致");
        }
        if (binding.hasErrors()) {
            return "password";
        }
        // A refused password is shown on the form as the form's own checks are (200, as the checks above).
        RefusalRedraw.on(model, refusal -> {
            Map<String, String> fields = RefusalRedraw.fieldErrors(refusal);
            fields.forEach((field, message) -> binding.rejectValue(field, "invalid", message));
            if (fields.isEmpty()) {
                binding.reject("invalid", refusal.getMessage());
            }
            return "password";
        }, InvalidInputException.class).status(HttpStatus.OK);
        credentials.changePassword(user, form.currentPassword(), form.newPassword());
        redirect.addFlashAttribute("flashSuccess", "密码已修改");
        return "redirect:/";
    }
}
