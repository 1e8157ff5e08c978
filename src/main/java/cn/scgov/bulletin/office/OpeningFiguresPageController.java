package cn.scgov.bulletin.office;

import cn.scgov.bulletin.bulletin.Accumulation;
import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.bulletin.FiguresReadPolicy;
import cn.scgov.bulletin.bulletin.SectionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.TimeSource;
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
 * 年初累计数 on a page: the editor (who owns them, as in the API) records a bulletin's year-to-date figures from
 * before the system, per period metric of its statistics sections, in each metric's unit. The figures go through
 * the same rules as {@code PUT /api/bulletins/{id}/opening-figures/{year}}; a refused one is named next to its field
 * and nothing is stored. An empty field records no opening figure for that metric.
 */
@Controller
class OpeningFiguresPageController {

    private static final String FIELD = "figure.";

    private final BulletinCatalog catalog;
    private final FiguresReadPolicy readers;
    private final TimeSource time;

    OpeningFiguresPageController(BulletinCatalog catalog, FiguresReadPolicy readers, TimeSource time) {
        this.catalog = catalog;
        this.readers = readers;
        this.time = time;
    }

    /** One field of the form: a period metric of a statistics section. */
    record Field(String key, String section, String label, String suffix, String step, String value, String error) {
    }

    @GetMapping("/bulletins/{id}/opening-figures")
    String page(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        readers.requireFiguresReader(user);
        int shown = year(year);
        Map<String, String> values = new LinkedHashMap<>();
        catalog.openingFigures(id, shown).forEach((key, value) -> values.put(key, value.toPlainString()));
        return render(model, user, catalog.bulletin(id), shown, values, Map.of(), null);
    }

    @PostMapping("/bulletins/{id}/opening-figures")
    String save(CurrentUser user, @PathVariable long id, @RequestParam int year,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        if (!user.has(Role.EDITOR)) {
            throw new ForbiddenException("仅编辑可设置年初累计数");
        }
        Bulletin bulletin = catalog.bulletin(id);
        int shown = year(year);
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        RefusalRedraw.on(model, refusal -> render(model, user, bulletin, shown, typed,
                RefusalRedraw.fieldErrors(refusal), refusal.getMessage()), InvalidInputException.class);
        for (Field field : fields(bulletin, Map.of(), Map.of())) {
            String text = params.getFirst(FIELD + field.key());
            text = text == null ? "" : text.strip().replace(",", "").replace("，", "");
            typed.put(field.key(), text);
            if (text.isEmpty()) {
                continue;
            }
            try {
                figures.put(field.key(), new BigDecimal(text));
            } catch (NumberFormatException e) {
                errors.put(field.key(), field.label() + "：请填写数字");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("年初累计数有误：" + String.join("；", errors.values()), errors);
        }
        catalog.setOpeningFigures(user, id, shown, figures);
        redirect.addFlashAttribute("flashSuccess", "已保存" + shown + "年年初累计数");
        return "redirect:/bulletins/" + id + "/opening-figures?year=" + shown;
    }

    private int year(Integer year) {
        int current = time.today().getYear();
        if (year == null) {
            return current;
        }
        if (year < 1990 || year > 2200) {
            throw InvalidInputException.field("year", "年份无效");
        }
        return year;
    }

    private String render(Model model, CurrentUser user, Bulletin bulletin, int year, Map<String, String> values,
            Map<String, String> errors, String formError) {
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(year - 1, year, year + 1));
        model.addAttribute("fields", fields(bulletin, values, errors));
        model.addAttribute("formError", formError);
        return "bulletin/opening-figures";
    }

    private static List<Field> fields(Bulletin bulletin, Map<String, String> values, Map<String, String> errors) {
        List<Field> fields = new ArrayList<>();
        for (BulletinDefinition.SectionDefinition section : bulletin.definition().allSections()) {
            if (section.kind() != SectionKind.STATISTICS) {
                continue;
            }
            for (BulletinDefinition.MetricDefinition metric : section.metrics()) {
                if (metric.accumulation() != Accumulation.PERIOD) {
                    continue;
                }
                String key = section.key() + "." + metric.key();
                fields.add(new Field(key, section.title(), metric.label(), metric.format().suffix(), metric.format().step(),
                        values.getOrDefault(key, ""), errors.get(key)));
            }
        }
        return fields;
    }
}
