package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Department;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.DirectoryController;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.directory.UserAccount;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;

import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Users, for both administrators on the same pages: the system administrator keeps accounts
 * (create, name, department, enabled, password reset); the security administrator grants roles and
 * locks or unlocks. Each sees and can do only their own part; the service enforces it.
 */
@Controller
class UserAdminPageController {

    private final DirectoryAdministration administration;
    private final CredentialRequests credentials;
    private final Directory directory;
    private final Validator validator;
    private final TimeSource time;

    UserAdminPageController(DirectoryAdministration administration, CredentialRequests credentials, Directory directory,
            Validator validator, TimeSource time) {
        this.administration = administration;
        this.credentials = credentials;
        this.directory = directory;
        this.validator = validator;
        this.time = time;
    }

    @GetMapping("/admin/users")
    String list(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String department, @RequestParam(required = false) String status,
            Model model) {
        return listPage(user, model, q, department, status, UserForms.NewUser.empty(), Map.of());
    }

    @PostMapping("/admin/users")
    String create(CurrentUser user, @ModelAttribute("newUser") UserForms.NewUser form, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.validate(validator, form.request()));
        UserForms.NewUser kept = new UserForms.NewUser(form.username(), form.displayName(), form.departmentCode(),
                form.email());
        FormErrors.redrawOnRefusal(model, errors, () -> listPage(user, model, null, null, null, kept, errors));
        FormErrors.refuseIfAny(errors);
        DirectoryController.NewUserRequest request = form.request();
        DirectoryAdministration.CreatedUser created = administration.createUser(user,
                new DirectoryAdministration.NewUser(request.username(), request.displayName(), request.departmentCode(),
                        request.email()));
        redirect.addFlashAttribute("flashSuccess", "已新增用户 " + created.account().displayName() + "（"
                + created.account().username() + "）。请安全管理员分配角色并确认发放一次性密码的第二部分。");
        redirect.addFlashAttribute("issuedPart", created.firstPart());
        return "redirect:/admin/users/" + UriUtils.encodePathSegment(created.account().username(), "UTF-8");
    }

    @GetMapping("/admin/users/{username}")
    String detail(CurrentUser user, @PathVariable String username, Model model) {
        UserAccount account = administration.user(user, username);
        return detailPage(user, model, account, UserForms.Profile.of(account), roles(account), Map.of());
    }

    @PostMapping("/admin/users/{username}")
    String updateProfile(CurrentUser user, @PathVariable String username, @ModelAttribute UserForms.Profile form,
            Model model, RedirectAttributes redirect) {
        UserAccount account = administration.user(user, username);
        DirectoryController.UserProfileRequest request = form.request();
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.validate(validator, request));
        FormErrors.redrawOnRefusal(model, errors,
                () -> detailPage(user, model, account, form, roles(account), prefixed("profile.", errors)));
        FormErrors.refuseIfAny(errors);
        administration.updateUser(user, username, new DirectoryAdministration.UserProfile(request.displayName(),
                request.departmentCode(), request.enabled(), request.version(), request.email()));
        redirect.addFlashAttribute("flashSuccess", "已保存用户信息");
        return redirectTo(username);
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(CurrentUser user, @PathVariable String username, RedirectAttributes redirect) {
        CredentialRequests.IssuedPart part = administration.resetPassword(user, username);
        redirect.addFlashAttribute("flashSuccess", "已申请重置密码，待安全管理员确认。");
        redirect.addFlashAttribute("issuedPart", part);
        return redirectTo(username);
    }

    @PostMapping("/admin/users/{username}/password/confirm")
    String confirmPassword(CurrentUser user, @PathVariable String username, RedirectAttributes redirect) {
        CredentialRequests.IssuedPart part = credentials.confirm(user, username);
        redirect.addFlashAttribute("flashSuccess", "已确认发放一次性密码；该账户原有密码和所有会话已失效。");
        redirect.addFlashAttribute("issuedPart", part);
        return redirectTo(username);
    }

    @PostMapping("/admin/users/{username}/password/cancel")
    String cancelPassword(CurrentUser user, @PathVariable String username, RedirectAttributes redirect) {
        credentials.cancel(user, username);
        redirect.addFlashAttribute("flashSuccess", "已撤销密码申请。");
        return redirectTo(username);
    }

    @PostMapping("/admin/users/{username}/roles")
    String assignRoles(CurrentUser user, @PathVariable String username, @ModelAttribute UserForms.Roles form, Model model,
            RedirectAttributes redirect) {
        UserAccount account = administration.user(user, username);
        Map<String, String> errors = new LinkedHashMap<>();
        Set<Role> chosen = form.chosen(errors);
        Integer version = UserForms.number(form.version());
        if (version == null) {
            errors.put("", "缺少版本号，请刷新后重试");
        }
        FormErrors.redrawOnRefusal(model, errors, () -> detailPage(user, model, account, UserForms.Profile.of(account),
                form, prefixed("roles.", errors)));
        FormErrors.refuseIfAny(errors);
        administration.assignRoles(user, username, chosen, version);
        redirect.addFlashAttribute("flashSuccess", "已保存角色");
        return redirectTo(username);
    }

    @PostMapping("/admin/users/{username}/lock")
    String lock(CurrentUser user, @PathVariable String username, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        UserAccount account = administration.lock(user, username);
        redirect.addFlashAttribute("flashSuccess", "已锁定账户：" + account.displayName() + "（" + account.username() + "）");
        return back(back, username);
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(CurrentUser user, @PathVariable String username, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        UserAccount account = administration.unlock(user, username);
        redirect.addFlashAttribute("flashSuccess", "已解除锁定：" + account.displayName() + "（" + account.username() + "）");
        return back(back, username);
    }

    private String listPage(CurrentUser user, Model model, String q, String department, String status,
            UserForms.NewUser newUser, Map<String, String> errors) {
        List<UserAccount> accounts = administration.users(user);
        Map<String, Department> departments = directory.departmentsByCode();
        Map<String, String> names = directory.departmentNames();
        String query = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<UserForms.UserRow> rows = accounts.stream()
                .filter(a -> query.isEmpty() || a.username().toLowerCase(Locale.ROOT).contains(query)
                        || a.displayName().toLowerCase(Locale.ROOT).contains(query))
                .filter(a -> department == null || department.isBlank() || department.equals(a.departmentCode()))
                .map(a -> UserForms.UserRow.of(a, names, time.now()))
                .filter(row -> status == null || status.isBlank() || matches(row, status))
                .sorted(Comparator.comparingInt((UserForms.UserRow row) -> position(departments, row))
                        .thenComparing(row -> row.account().username()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("total", accounts.size());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("department", department == null ? "" : department);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("here", UriComponentsBuilder.fromPath("/admin/users").queryParamIfPresent("q", present(q))
                .queryParamIfPresent("department", present(department)).queryParamIfPresent("status", present(status))
                .encode().build().toUriString());
        model.addAttribute("departments", directory.departments());
        model.addAttribute("newUser", newUser);
        model.addAttribute("errors", errors);
        model.addAttribute("createOpen", !errors.isEmpty());
        return "admin/users";
    }

    private String detailPage(CurrentUser user, Model model, UserAccount account, UserForms.Profile profile,
            UserForms.Roles roles, Map<String, String> errors) {
        model.addAttribute("row", UserForms.UserRow.of(account, directory.departmentNames(), time.now()));
        model.addAttribute("pending", credentials.pending(user, account.username()).orElse(null));
        model.addAttribute("profile", profile);
        model.addAttribute("roleForm", roles);
        model.addAttribute("errors", errors);
        model.addAttribute("self", user.username().equals(account.username()));
        model.addAttribute("departments", directory.departments());
        model.addAttribute("businessRoles", Arrays.stream(Role.values()).filter(r -> !r.administrative()).toList());
        model.addAttribute("adminRoles", Arrays.stream(Role.values()).filter(Role::administrative).toList());
        return "admin/user";
    }

    private static java.util.Optional<String> present(String value) {
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.strip());
    }

    private static boolean matches(UserForms.UserRow row, String status) {
        return switch (status) {
            case "locked" -> row.locked();
            case "disabled" -> !row.account().enabled();
            case "noroles" -> row.account().roles().isEmpty();
            default -> true;
        };
    }

    /** Accounts without a department (leaders, administrators) first, then by the departments' order. */
    private static int position(Map<String, Department> departments, UserForms.UserRow row) {
        Department department = departments.get(row.account().departmentCode());
        return department == null ? Integer.MIN_VALUE : department.position();
    }

    private static UserForms.Roles roles(UserAccount account) {
        return new UserForms.Roles(account.roles().stream().map(Role::name).toList(), String.valueOf(account.version()));
    }

    private static Map<String, String> prefixed(String prefix, Map<String, String> errors) {
        Map<String, String> result = new LinkedHashMap<>();
        errors.forEach((field, message) -> result.put(prefix + field, message));
        return result;
    }

    private static String redirectTo(String username) {
        return "redirect:/admin/users/" + UriUtils.encodePathSegment(username, "UTF-8");
    }

    /**
     * Lock and unlock are offered on the (filtered) list and on the account's page; the user returns
     * where they were. Only addresses of the users list are followed, never another site.
     */
    private static String back(String back, String username) {
        boolean list = back != null && (back.equals("/admin/users") || back.startsWith("/admin/users?"))
                && !back.contains("//") && !back.contains("\\") && !back.contains("\r") && !back.contains("\n");
        return list ? "redirect:" + back : redirectTo(username);
    }
}
