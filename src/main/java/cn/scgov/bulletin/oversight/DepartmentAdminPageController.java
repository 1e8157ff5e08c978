package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Department;
import cn.scgov.bulletin.directory.DepartmentKind;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.DirectoryController;
import cn.scgov.bulletin.directory.Role;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Validator;

import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's departments: list, create, edit, deactivate and reactivate. */
@Controller
class DepartmentAdminPageController {

    private final Directory directory;
    private final DirectoryAdministration administration;
    private final Validator validator;

    DepartmentAdminPageController(Directory directory, DirectoryAdministration administration, Validator validator) {
        this.directory = directory;
        this.administration = administration;
        this.validator = validator;
    }

    @GetMapping("/admin/departments")
    String list(CurrentUser user, Model model) {
        requireSystemAdministrator(user);
        return listPage(model, DepartmentForm.empty(), Map.of(), false);
    }

    @PostMapping("/admin/departments")
    String create(CurrentUser user, @ModelAttribute("form") DepartmentForm form, Model model,
            RedirectAttributes redirect) {
        requireSystemAdministrator(user);
        Map<String, String> errors = new LinkedHashMap<>();
        DirectoryController.DepartmentRequest request = form.request(errors);
        FormErrors.validate(validator, request).forEach(errors::putIfAbsent);
        FormErrors.redrawOnRefusal(model, errors, () -> listPage(model, form, errors, true));
        FormErrors.refuseIfAny(errors);
        Department created = administration.createDepartment(user, request.draft());
        redirect.addFlashAttribute("flashSuccess", "已新增部门：" + created.name());
        return "redirect:/admin/departments";
    }

    @GetMapping("/admin/departments/{code}")
    String edit(CurrentUser user, @PathVariable String code, Model model) {
        requireSystemAdministrator(user);
        Department department = require(code);
        return editPage(model, department, DepartmentForm.of(department), Map.of());
    }

    @PostMapping("/admin/departments/{code}")
    String update(CurrentUser user, @PathVariable String code, @ModelAttribute("form") DepartmentForm form, Model model,
            RedirectAttributes redirect) {
        requireSystemAdministrator(user);
        Department current = require(code);
        DepartmentForm typed = new DepartmentForm(code, form.name(), form.kind(), form.position(), form.active(),
                form.version());
        Map<String, String> errors = new LinkedHashMap<>();
        DirectoryController.DepartmentRequest request = typed.request(errors);
        FormErrors.validate(validator, request).forEach(errors::putIfAbsent);
        FormErrors.redrawOnRefusal(model, errors, () -> editPage(model, current, typed, errors));
        FormErrors.refuseIfAny(errors);
        Department saved = administration.updateDepartment(user, code, request.draft());
        redirect.addFlashAttribute("flashSuccess", "已保存部门：" + saved.name());
        return "redirect:/admin/departments";
    }

    /** Deactivating or reactivating from the list keeps everything else as it is. */
    @PostMapping("/admin/departments/{code}/active")
    String setActive(CurrentUser user, @PathVariable String code, @RequestParam(required = false) String active,
            @RequestParam(required = false) String version, RedirectAttributes redirect) {
        Department current = require(code);
        boolean activate = "true".equals(active);
        Integer expected = new DepartmentForm(code, null, null, null, active, version).versionNumber();
        Department saved = administration.updateDepartment(user, code, new DirectoryAdministration.DepartmentDraft(code,
                current.name(), current.kind(), current.position(), activate, expected));
        redirect.addFlashAttribute("flashSuccess", (activate ? "已启用部门：" : "已停用部门：") + saved.name());
        return "redirect:/admin/departments";
    }

    private String listPage(Model model, DepartmentForm form, Map<String, String> errors, boolean open) {
        model.addAttribute("departments", directory.departments());
        model.addAttribute("kinds", DepartmentKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("createOpen", open);
        return "admin/departments";
    }

    private String editPage(Model model, Department department, DepartmentForm form, Map<String, String> errors) {
        model.addAttribute("department", department);
        model.addAttribute("kinds", DepartmentKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/department";
    }

    private Department require(String code) {
        return directory.department(code).orElseThrow(() -> new NotFoundException("部门不存在：" + code));
    }

    /** Reading the list is open to every module; managing it is the system administrator's page. */
    static void requireSystemAdministrator(CurrentUser user) {
        if (!user.has(Role.SYSADMIN)) {
            throw new ForbiddenException("仅系统管理员可管理部门、用户和刊物");
        }
    }
}
