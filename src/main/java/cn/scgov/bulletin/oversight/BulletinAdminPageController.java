package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.bulletin.BulletinController;
import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.bulletin.BulletinForm;
import cn.scgov.bulletin.bulletin.BulletinFormMapper;
import cn.scgov.bulletin.bulletin.Frequency;
import cn.scgov.bulletin.bulletin.NewBulletinDefaults;
import cn.scgov.bulletin.bulletin.OutlineNumbers;
import cn.scgov.bulletin.bulletin.Period;
import cn.scgov.bulletin.bulletin.PeriodPlaceholders;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.TimeSource;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The system administrator's bulletins: the list, and an editor for a bulletin's whole definition.
 * The editor posts the complete form; structural buttons re-render it without saving, "保存" saves
 * it through {@link BulletinCatalog} (versioned), and whatever fails comes back with the form as typed.
 */
@Controller
class BulletinAdminPageController {

    private final BulletinCatalog catalog;
    private final Directory directory;
    private final Validator validator;
    private final MessageSource messages;
    private final TimeSource time;

    BulletinAdminPageController(BulletinCatalog catalog, Directory directory, Validator validator,
            MessageSource messages, TimeSource time) {
        this.catalog = catalog;
        this.directory = directory;
        this.validator = validator;
        this.messages = messages;
        this.time = time;
    }

    @GetMapping("/admin/bulletins")
    String list(CurrentUser user, Model model) {
        requireSystemAdministrator(user);
        List<Bulletin> bulletins = catalog.bulletins();
        model.addAttribute("bulletins", bulletins);
        model.addAttribute("unconfirmed", bulletins.stream()
                .filter(bulletin -> bulletin.active() && !bulletin.definition().numbering().confirmed()).toList());
        return "admin/bulletins";
    }

    @GetMapping("/admin/bulletins/new")
    String newForm(CurrentUser user, @RequestParam(required = false) String from, Model model) {
        requireSystemAdministrator(user);
        BulletinForm form = BulletinFormMapper.toForm(template(from));
        return editor(model, null, form, Map.of(), null, false);
    }

    @PostMapping("/admin/bulletins/new")
    String create(CurrentUser user, @ModelAttribute("form") BulletinForm form, @RequestParam(required = false) String op,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireSystemAdministrator(user);
        if (!"save".equals(op)) {
            return editor(model, null, form, Map.of(), BulletinFormEditor.apply(form, op), true);
        }
        BulletinFormEditor.normalise(form.getSections());
        BulletinFormMapper.Reading reading = BulletinFormMapper.read(form);
        String code = form.getCode() == null ? null : form.getCode().strip();
        Map<String, String> errors = errors(reading,
                new BulletinController.NewBulletinRequest(code, reading.definition()));
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(model, null, form, errors, "error-summary", true);
        }
        RefusalRedraw.on(model, refusal -> {
            if (refusal instanceof InvalidInputException invalid) {
                addServiceErrors(reading, invalid, errors);
            } else {
                errors.put("code", refusal.getMessage());
            }
            return editor(model, null, form, errors, "error-summary", true);
        }, InvalidInputException.class, ConflictException.class).status(HttpStatus.BAD_REQUEST);
        Bulletin created = catalog.create(user, code, reading.definition());
        redirect.addFlashAttribute("flashSuccess", "已新增刊物：" + created.title());
        return "redirect:/admin/bulletins/" + created.id();
    }

    @GetMapping("/admin/bulletins/{id}")
    String edit(CurrentUser user, @PathVariable("id") String idPath, Model model) {
        requireSystemAdministrator(user);
        Bulletin bulletin = bulletin(idPath);
        BulletinForm form = BulletinFormMapper.toForm(bulletin.definition());
        form.setActive(String.valueOf(bulletin.active()));
        form.setVersion(String.valueOf(bulletin.version()));
        return editor(model, bulletin, form, Map.of(), null, false);
    }

    @PostMapping("/admin/bulletins/{id}")
    String update(CurrentUser user, @PathVariable("id") String idPath, @ModelAttribute("form") BulletinForm form,
            @RequestParam(required = false) String op, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        requireSystemAdministrator(user);
        Bulletin bulletin = bulletin(idPath);
        if (!"save".equals(op) && !"overwrite".equals(op)) {
            return editor(model, bulletin, form, Map.of(), BulletinFormEditor.apply(form, op), true);
        }
        if ("overwrite".equals(op) && !form.getLatestVersion().isBlank()) {
            form.setVersion(form.getLatestVersion());
        }
        form.setLatestVersion("");
        BulletinFormEditor.normalise(form.getSections());
        BulletinFormMapper.Reading reading = BulletinFormMapper.read(form);
        boolean active = !"false".equals(form.getActive());
        Integer version = version(form.getVersion());
        Map<String, String> errors = errors(reading,
                new BulletinController.BulletinUpdateRequest(reading.definition(), active, version));
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(model, bulletin, form, errors, "error-summary", true);
        }
        RefusalRedraw.on(model, refusal -> {
            if (refusal instanceof InvalidInputException invalid) {
                addServiceErrors(reading, invalid, errors);
                return editor(model, bulletin, form, errors, "error-summary", true);
            }
            // Saved by someone else meanwhile: who and when, and the choice to overwrite theirs.
            Bulletin latest = catalog.bulletin(bulletin.id());
            form.setLatestVersion(String.valueOf(latest.version()));
            model.addAttribute("conflictBy", directory.user(latest.updatedBy())
                    .map(account -> account.displayName() + "（" + account.username() + "）").orElse(latest.updatedBy()));
            model.addAttribute("conflictAt", latest.updatedAt());
            return editor(model, bulletin, form, Map.of("", refusal.getMessage()), "error-summary", true);
        }, InvalidInputException.class, ConflictException.class);
        Bulletin saved = catalog.update(user, bulletin.id(), reading.definition(), active, version);
        redirect.addFlashAttribute("flashSuccess", "已保存刊物设置：" + saved.title());
        return "redirect:/admin/bulletins/" + saved.id();
    }

    /** A form posted with impossible indexes (far beyond any real outline) is refused as bad input. */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView unreadableForm(InvalidPropertyException e) {
        ModelAndView view = new ModelAndView("error-page");
        view.setStatus(HttpStatus.BAD_REQUEST);
        view.addObject("status", 400);
        view.addObject("message", "提交的表单无法识别，请刷新页面后重试");
        return view;
    }

    private String editor(Model model, Bulletin bulletin, BulletinForm form, Map<String, String> errors, String focus,
            boolean unsaved) {
        BulletinFormEditor.normalise(form.getSections());
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        List<String> numbers = OutlineNumbers.of(form);
        model.addAttribute("summary", BulletinErrorSummary.of(errors, form, numbers, messages, LocaleContextHolder.getLocale()));
        model.addAttribute("updatedBy", bulletin == null ? null : directory.user(bulletin.updatedBy())
                .map(account -> account.displayName()).orElse(bulletin.updatedBy()));
        model.addAttribute("focus", focus);
        model.addAttribute("unsaved", unsaved);
        model.addAttribute("numbers", numbers);
        model.addAttribute("departments", directory.departments());
        model.addAttribute("departmentNames", directory.departmentNames());
        model.addAttribute("recipientRoles", Arrays.stream(Role.values()).filter(r -> !r.administrative()).toList());
        model.addAttribute("signoffRoles", List.of(Role.REVIEWER, Role.LEADER));
        model.addAttribute("templates", catalog.bulletins());
        Period sample = samplePeriod(form);
        model.addAttribute("placeholders", PeriodPlaceholders.descriptions());
        model.addAttribute("sampleLabel", PeriodPlaceholders.periodText(sample));
        model.addAttribute("titleSamples", form.getSections().stream().map(section -> section.getTitle() == null
                || section.getTitle().indexOf('{') < 0 ? null : PeriodPlaceholders.fill(section.getTitle(), sample))
                .toList());
        return "admin/bulletin";
    }

    /** The period an example title is filled for: last month for a monthly, last week (Monday to Friday) otherwise. */
    private Period samplePeriod(BulletinForm form) {
        java.time.LocalDate today = time.today();
        if (Frequency.MONTHLY.name().equals(form.getFrequency())) {
            java.time.LocalDate start = today.minusMonths(1).withDayOfMonth(1);
            return new Period(start, start.withDayOfMonth(start.lengthOfMonth()));
        }
        java.time.LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .minusWeeks(1);
        return new Period(monday, monday.plusDays(4));
    }

    /** Form reading errors first, then the API's field validation of the same request. */
    private Map<String, String> errors(BulletinFormMapper.Reading reading, Object request) {
        Map<String, String> errors = new LinkedHashMap<>(reading.errors());
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            errors.putIfAbsent(reading.formPath(violation.getPropertyPath().toString()), violation.getMessage());
        }
        return errors;
    }

    private static void addServiceErrors(BulletinFormMapper.Reading reading, InvalidInputException e,
            Map<String, String> errors) {
        e.fieldErrors().forEach((path, message) -> errors.putIfAbsent(reading.formPath(path), message));
        if (e.fieldErrors().isEmpty()) {
            errors.put("", e.getMessage());
        }
    }

    private BulletinDefinition template(String from) {
        if (from != null && !from.isBlank()) {
            return bulletin(from).definition();
        }
        return NewBulletinDefaults.definition();
    }

    private Bulletin bulletin(String idPath) {
        try {
            return catalog.bulletin(Long.parseLong(idPath));
        } catch (NumberFormatException e) {
            throw new NotFoundException("刊物不存在：" + idPath);
        }
    }

    private static Integer version(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reading bulletins is open to the other modules; configuring them is the system administrator's page. */
    private static void requireSystemAdministrator(CurrentUser user) {
        if (!user.has(Role.SYSADMIN)) {
            throw new ForbiddenException("仅系统管理员可配置刊物");
        }
    }
}
