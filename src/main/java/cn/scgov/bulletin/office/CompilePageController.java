package cn.scgov.bulletin.office;

import cn.scgov.bulletin.compilation.CompilationService;
import cn.scgov.bulletin.compilation.CompiledItem;
import cn.scgov.bulletin.compilation.StatisticFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import cn.scgov.bulletin.bulletin.Figures;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's compile page. Every change is an ordinary form POST (the page works without
 * JavaScript); with htmx the same POST answers with just the changed section. A failed change
 * (400, 409) shows the page again with the editor's text kept and the reason next to it.
 */
@Controller
class CompilePageController {

    private final CompilationService service;
    private final CompilePageModel pages;

    CompilePageController(CompilationService service, CompilePageModel pages) {
        this.service = service;
        this.pages = pages;
    }

    /** A change to one section: what to run, what to keep on failure and under which key to show the error. */
    private record Change(long issueId, long sectionId, String errorKey, String success) {
    }

    @GetMapping("/issues/{id}/compile")
    String page(CurrentUser user, @PathVariable long id, Model model) {
        IssueAccess.requireEditor(user);
        pages.full(user, id, new CompileFormState(), model);
        return "compilation/compile";
    }

    @PostMapping("/issues/{id}/compile/sections/{sectionId}/items")
    String addItem(CurrentUser user, @PathVariable long id, @PathVariable long sectionId,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        CompileFormState state = new CompileFormState();
        return run(user, new Change(id, sectionId, "new-" + sectionId, "已添加条目"), state,
                () -> service.addItem(user, id, sectionId, text), () -> state.keep("new-" + sectionId, text),
                model, request, redirect);
    }

    @PostMapping("/issues/{id}/compile/items/{itemId}")
    String editItem(CurrentUser user, @PathVariable long id, @PathVariable long itemId,
            @RequestParam(defaultValue = "") String text, @RequestParam int version, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        CompilePage page = pages.page(user, id);
        CompiledItem item = page.item(itemId);
        CompileFormState state = new CompileFormState();
        String key = "item-" + itemId;
        return run(user, new Change(id, item.sectionId(), key, "已保存修改"), state,
                () -> service.editItem(user, id, itemId, text, item.included(), version), () -> {
                    state.keep(key, text);
                    state.latestText(item.text());
                }, model, request, redirect);
    }

    @PostMapping("/issues/{id}/compile/items/{itemId}/{action:exclude|restore|delete}")
    String include(CurrentUser user, @PathVariable long id, @PathVariable long itemId, @PathVariable String action,
            @RequestParam int version, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        CompiledItem item = pages.page(user, id).item(itemId);
        CompileFormState state = new CompileFormState();
        String success = switch (action) {
            case "exclude" -> "已设为不采用，可随时恢复";
            case "restore" -> "已恢复采用";
            default -> "已删除条目";
        };
        return run(user, new Change(id, item.sectionId(), "item-" + itemId, success), state, () -> {
            if ("delete".equals(action)) {
                service.removeItem(user, id, itemId, version);
            } else {
                service.editItem(user, id, itemId, item.text(), "restore".equals(action), version);
            }
        }, () -> { }, model, request, redirect);
    }

    @PostMapping("/issues/{id}/compile/sections/{sectionId}/move")
    String move(CurrentUser user, @PathVariable long id, @PathVariable long sectionId, @RequestParam long itemId,
            @RequestParam String direction, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        List<Long> order = new ArrayList<>(pages.page(user, id).section(sectionId).items().stream()
                .map(view -> view.item().id()).toList());
        int from = order.indexOf(itemId);
        int to = "up".equals(direction) ? from - 1 : from + 1;
        CompileFormState state = new CompileFormState();
        return run(user, new Change(id, sectionId, "order-" + sectionId, "已调整顺序"), state, () -> {
            if (from >= 0 && to >= 0 && to < order.size()) {
                order.add(to, order.remove(from));
                service.reorder(user, id, sectionId, order);
            }
        }, () -> { }, model, request, redirect);
    }

    @PostMapping("/issues/{id}/compile/sections/{sectionId}/order")
    String order(CurrentUser user, @PathVariable long id, @PathVariable long sectionId,
            @RequestParam(name = "itemIds", required = false) List<Long> itemIds, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        CompileFormState state = new CompileFormState();
        return run(user, new Change(id, sectionId, "order-" + sectionId, "已调整顺序"), state,
                () -> service.reorder(user, id, sectionId, itemIds == null ? List.of() : itemIds), () -> { },
                model, request, redirect);
    }

    @PostMapping("/issues/{id}/compile/sections/{sectionId}/statistics")
    String statistics(CurrentUser user, @PathVariable long id, @PathVariable long sectionId,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        CompileFormState state = new CompileFormState();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, String> bad = new LinkedHashMap<>();
        Map<String, StatisticFigure> figures = new LinkedHashMap<>();
        pages.page(user, id).section(sectionId).work().figures().forEach(f -> figures.put(f.metricKey(), f));
        form.forEach((name, list) -> {
            if (!name.startsWith("metric.") || list.isEmpty()) {
                return;
            }
            String metric = name.substring("metric.".length());
            state.keep("figure-" + sectionId + "-" + metric, list.get(0));
            try {
                values.put(metric, Figures.parse(list.get(0)));
            } catch (NumberFormatException e) {
                StatisticFigure figure = figures.get(metric);
                bad.put(metric, figure == null || figure.format().decimals() == 0 ? "请填写整数"
                        : "请填写数字，最多 " + figure.format().decimals() + " 位小数");
            }
        });
        return run(user, new Change(id, sectionId, "figures-" + sectionId, "已保存统计数据"), state, () -> {
            if (!bad.isEmpty()) {
                throw new InvalidInputException("统计数据有误：" + String.join("；", bad.values()), bad);
            }
            service.fillStatistics(user, id, sectionId, values);
        }, () -> { }, model, request, redirect, field -> "figure-" + sectionId + "-" + field);
    }

    @PostMapping("/issues/{id}/compile/sections/{sectionId}/checklist")
    String checklist(CurrentUser user, @PathVariable long id, @PathVariable long sectionId,
            @RequestParam(name = "findings", required = false) List<String> findings, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        CompileFormState state = new CompileFormState();
        List<String> list = findings == null ? List.of() : findings;
        return run(user, new Change(id, sectionId, "checklist-" + sectionId, "已保存巡查情况"), state,
                () -> service.fillChecklist(user, id, sectionId, list),
                () -> state.keepAll("finding-" + sectionId + "-", list), model, request, redirect,
                field -> field.startsWith("findings[") ? "finding-" + sectionId + "-"
                        + field.substring(9, field.length() - 1) : "checklist-" + sectionId);
    }

    @PostMapping("/issues/{id}/compile/sections/{sectionId}/intro")
    String intro(CurrentUser user, @PathVariable long id, @PathVariable long sectionId,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        CompileFormState state = new CompileFormState();
        return run(user, new Change(id, sectionId, "intro-" + sectionId, "已保存导语"), state,
                () -> service.setIntro(user, id, sectionId, text), () -> state.keep("intro-" + sectionId, text),
                model, request, redirect);
    }

    @PostMapping("/issues/{id}/compile/send")
    String send(CurrentUser user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        RefusalRedraw.on(model, refusal -> {
            CompileFormState state = new CompileFormState();
            state.reject("send", refusal.getMessage());
            pages.full(user, id, state, model);
            return "compilation/compile";
        }, ConflictException.class);
        service.sendToSignoff(user, id);
        redirect.addFlashAttribute("flashSuccess", "已送审签，等待审核人审核");
        return "redirect:/issues/" + id;
    }

    private String run(CurrentUser user, Change change, CompileFormState state, Runnable action, Runnable keep,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return run(user, change, state, action, keep, model, request, redirect, field -> change.errorKey());
    }

    private String run(CurrentUser user, Change change, CompileFormState state, Runnable action, Runnable keep,
            Model model, HttpServletRequest request, RedirectAttributes redirect,
            java.util.function.Function<String, String> fieldKey) {
        boolean htmx = request.getHeader("HX-Request") != null;
        RefusalRedraw.on(model, refusal -> {
            keep.run();
            state.reject(change.errorKey(), refusal.getMessage());
            RefusalRedraw.fieldErrors(refusal)
                    .forEach((field, message) -> state.reject(fieldKey.apply(field), message));
            return drawn(user, change, state, model, htmx);
        }, InvalidInputException.class, ConflictException.class);
        action.run();
        if (!htmx) {
            redirect.addFlashAttribute("flashSuccess", change.success());
            return "redirect:/issues/" + change.issueId() + "/compile#section-" + change.sectionId();
        }
        model.addAttribute("flashSuccess", change.success());
        return drawn(user, change, state, model, true);
    }

    private String drawn(CurrentUser user, Change change, CompileFormState state, Model model, boolean htmx) {
        if (htmx) {
            pages.section(user, change.issueId(), change.sectionId(), state, model);
            return "compilation/section :: htmx-section";
        }
        pages.full(user, change.issueId(), state, model);
        return "compilation/compile";
    }
}
