package cn.scgov.bulletin.compilation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.scgov.bulletin.bulletin.Accumulation;
import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.ChecklistItemDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.ColophonLineDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.MetricDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SignoffStepDefinition;
import cn.scgov.bulletin.bulletin.ColophonKind;
import cn.scgov.bulletin.bulletin.Frequency;
import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueSection;
import cn.scgov.bulletin.rendering.DocumentFormat;
import cn.scgov.bulletin.rendering.IssueDocuments;
import cn.scgov.bulletin.support.FlowTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The compile page numbers headings, items and checklist entries exactly as the document prints
 * them. Outlines and contents are generated (seeded, so a failure can be replayed): depths 1 to 4,
 * two to four heading styles, items numbered or not, items in a section's own style or in the next
 * level's (when subsections continue the sequence), excluded items, items that print nothing,
 * empty sections and empty subtrees, intros, statistics and checklists. For each, the numbers read
 * from the compile page (HTML as the editor gets it) must equal those of the HTML document.
 */
@AutoConfigureMockMvc
class NumberingAgreementTests extends FlowTestSupport {

    private static final int OUTLINES = 16;
    private static final List<List<String>> STYLES = List.of(
            List.of("{cn}、", "（{cn}）", "{n}.", "（{n}）"),
            List.of("{cn}、", "（{cn}）", "（{n}）", "{n}."),
            List.of("{cn}、", "（{cn}）", "{n}."),
            List.of("{cn}、", "{n}."));
    private static final Pattern SECTION = Pattern.compile(
            "id=\"section-(\\d+)\"[^>]*>\\s*<h2 class=\"section-heading\">\\s*<span class=\"heading-number\">([^<]*)</span>");
    private static final Pattern ITEM = Pattern.compile("id=\"item-(\\d+)\"");
    private static final Pattern ITEM_NUMBER = Pattern.compile("<span class=\"item-number\">([^<]*)</span>");
    private static final Pattern ENTRY = Pattern.compile("<label for=\"finding-(\\d+)-(\\d+)\">([^<]*)</label>");
    private static final Pattern DOCUMENT_BLOCK = Pattern.compile("<(h[2-6]|p) class=\"(?:heading[^\"]*|paragraph)\">(.*?)</\\1>");

    @Autowired
    MockMvc mvc;
    @Autowired
    IssueDocuments documents;

    @Test
    void theCompilePageNumbersAsTheDocumentPrintsForGeneratedOutlines() throws Exception {
        Map<String, Integer> seen = new java.util.TreeMap<>();
        for (int seed = 1; seed <= OUTLINES; seed++) {
            Generated generated = new Generated(new Random(seed));
            BulletinDefinition definition = generated.definition();
            Issue issue = open(newBulletin(definition), LocalDate.of(2026, 5, 4));
            Map<String, String> expectedTexts = fill(issue, generated, new Random(seed * 31L));
            String page = mvc.perform(get("/issues/" + issue.id() + "/compile").with(
                    org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("editor")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String document = new String(documents.document(user("editor"), issue.id(), DocumentFormat.HTML).content(),
                    StandardCharsets.UTF_8);
            compare(issue, page, document, expectedTexts, "seed " + seed + " styles " + definition.headingStyles(), seen);
        }
        assertThat(seen).as("what the generated outlines exercised").containsKeys("printed section", "section not printed",
                "numbered item", "unnumbered item", "item not printed", "checklist entry", "subsection continuing its parent's items");
    }

    /** Adds the generated items, exclusions and intros; returns each printed text (section titles, items, entries) by its key. */
    private Map<String, String> fill(Issue issue, Generated generated, Random random) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (IssueSection section : issues.outline(issue.id()).sections()) {
            texts.put("section-" + section.id(), section.title());
            Content content = generated.contents.get(section.key());
            if (content == null) {
                continue;
            }
            for (int k = 0; k < content.items(); k++) {
                boolean silent = random.nextInt(8) == 0;
                String text = silent ? "\u0007" : section.key() + "条目" + k;
                CompiledItem item = compilation.addItem(user("editor"), issue.id(), section.id(), text);
                if (random.nextInt(4) == 0) {
                    compilation.editItem(user("editor"), issue.id(), item.id(), item.text(), false, item.version());
                }
                texts.put("item-" + item.id(), text);
            }
            if (content.intro()) {
                compilation.setIntro(user("editor"), issue.id(), section.id(), "导语" + section.key());
            }
        }
        return texts;
    }

    private void compare(Issue issue, String page, String document, Map<String, String> texts, String what,
            Map<String, Integer> seen) {
        List<String> blocks = new ArrayList<>();
        Matcher block = DOCUMENT_BLOCK.matcher(document);
        while (block.find()) {
            blocks.add(block.group(2).replace("&amp;", "&"));
        }
        Map<Long, String> headings = new HashMap<>();
        Matcher section = SECTION.matcher(page);
        while (section.find()) {
            headings.put(Long.valueOf(section.group(1)), section.group(2));
        }
        List<IssueSection> outline = issues.outline(issue.id()).sections();
        assertThat(headings.keySet()).as("%s: every section on the compile page", what)
                .containsExactlyInAnyOrderElementsOf(outline.stream().map(IssueSection::id).toList());
        for (IssueSection s : outline) {
            String title = texts.get("section-" + s.id());
            String printed = numberOf(blocks, title);
            assertThat(headings.get(s.id())).as("%s: heading of «%s»", what, title).isEqualTo(printed == null ? "" : printed);
            seen.merge(printed == null ? "section not printed" : "printed section", 1, Integer::sum);
            if (printed != null && s.parentId() != null && !printed.isEmpty()) {
                String first = cn.scgov.bulletin.bulletin.OutlineNumbering.format(
                        cn.scgov.bulletin.bulletin.OutlineNumbering.style(issue.headingStyles(), s.depth()), 1);
                String parentItems = cn.scgov.bulletin.bulletin.OutlineNumbering.itemStyle(issue.headingStyles(),
                        outline.stream().filter(p -> p.id() == s.parentId()).findFirst().orElseThrow().itemStyle(), s.depth() - 1);
                if (!printed.equals(first) && parentItems.equals(cn.scgov.bulletin.bulletin.OutlineNumbering.style(
                        issue.headingStyles(), s.depth())) && isFirstPrintedChild(outline, s, blocks, texts)) {
                    seen.merge("subsection continuing its parent's items", 1, Integer::sum);
                }
            }
        }
        Matcher item = ITEM.matcher(page);
        List<int[]> positions = new ArrayList<>();
        while (item.find()) {
            positions.add(new int[] {item.start(), Integer.parseInt(item.group(1))});
        }
        for (int i = 0; i < positions.size(); i++) {
            int end = i + 1 < positions.size() ? positions.get(i + 1)[0] : page.length();
            String fragment = page.substring(positions.get(i)[0], Math.min(end, page.indexOf("</li>", positions.get(i)[0])));
            Matcher number = ITEM_NUMBER.matcher(fragment);
            String shown = number.find() ? number.group(1) : "";
            String text = texts.get("item-" + positions.get(i)[1]);
            String printed = numberOf(blocks, text);
            assertThat(shown).as("%s: number of item «%s»", what, text).isEqualTo(printed == null ? "" : printed);
            seen.merge(printed == null ? "item not printed" : printed.isEmpty() ? "unnumbered item" : "numbered item", 1,
                    Integer::sum);
        }
        Matcher entry = ENTRY.matcher(page);
        while (entry.find()) {
            String label = entry.group(3).replaceFirst("^.*?(巡查)", "$1");
            String shown = entry.group(3).substring(0, entry.group(3).length() - label.length());
            String printed = numberOf(blocks, label + "。");
            assertThat(shown).as("%s: number of checklist entry «%s»", what, label).isEqualTo(printed);
            seen.merge("checklist entry", 1, Integer::sum);
        }
    }

    private static boolean isFirstPrintedChild(List<IssueSection> outline, IssueSection section, List<String> blocks,
            Map<String, String> texts) {
        for (IssueSection sibling : outline) {
            if (java.util.Objects.equals(sibling.parentId(), section.parentId())) {
                if (sibling.id() == section.id()) {
                    return true;
                }
                if (numberOf(blocks, texts.get("section-" + sibling.id())) != null) {
                    return false;
                }
            }
        }
        return false;
    }

    /** The number a block of the document prints before {@code text}: "" when none, null when the text is not printed. */
    private static String numberOf(List<String> blocks, String text) {
        for (String block : blocks) {
            int at = block.indexOf(text);
            if (at >= 0 && block.substring(at).equals(text) || at >= 0 && text.endsWith("。") && block.startsWith(block.substring(0, at) + text)) {
                return block.substring(0, at);
            }
        }
        return null;
    }

    private record Content(int items, boolean intro) {
    }

    /** A random outline within the bulletin rules, with what each section will hold. */
    private static final class Generated {

        private final Random random;
        private final List<String> styles;
        private final Map<String, Content> contents = new HashMap<>();
        private int keys;

        Generated(Random random) {
            this.random = random;
            this.styles = STYLES.get(random.nextInt(STYLES.size()));
        }

        BulletinDefinition definition() {
            List<SectionDefinition> outline = sections(1, 2 + random.nextInt(3));
            return new BulletinDefinition("窗口工作周报", "四川省政府政务服务和公共资源交易服务中心", "政务服务工作", Frequency.WEEKLY,
                    "{year}年第{number}期", new BulletinDefinition.Numbering(2026, 1, null), styles, 10, 24, outline,
                    List.of(new SignoffStepDefinition("审核", Role.REVIEWER), new SignoffStepDefinition("签发", Role.LEADER)),
                    List.of(new ColophonLineDefinition(ColophonKind.REPORT, "中心领导", Set.of(Role.LEADER), List.of("*"))));
        }

        private List<SectionDefinition> sections(int depth, int count) {
            List<SectionDefinition> sections = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String key = "s" + (++keys);
                List<SectionDefinition> children = depth < Math.min(4, styles.size()) && random.nextInt(3) == 0
                        ? sections(depth + 1, 1 + random.nextInt(3)) : List.of();
                int kind = random.nextInt(10);
                boolean lastLevel = depth + 1 > styles.size();
                String itemStyle = switch (random.nextInt(4)) {
                    case 0 -> "{n}.";
                    case 1 -> "（{cn}）";
                    default -> lastLevel ? "（{n}）" : null;
                };
                if (kind == 0) {
                    sections.add(new SectionDefinition(key, "巡查栏目" + key, SectionKind.CHECKLIST, true, List.of(), null,
                            List.of(), List.of(new ChecklistItemDefinition("巡查" + key + "甲", "总体情况良好。"),
                                    new ChecklistItemDefinition("巡查" + key + "乙", "良好。")), children, itemStyle));
                } else if (kind == 1) {
                    sections.add(new SectionDefinition(key, "统计栏目" + key, SectionKind.STATISTICS, false, List.of(),
                            "本期受理 {accepted} 件。", List.of(new MetricDefinition("accepted", "受理", Accumulation.PERIOD)),
                            List.of(), children, itemStyle));
                } else {
                    boolean numbered = random.nextInt(3) != 0;
                    contents.put(key, new Content(random.nextInt(4), random.nextInt(6) == 0));
                    sections.add(new SectionDefinition(key, "叙述栏目" + key, SectionKind.NARRATIVE, numbered, List.of(), null,
                            List.of(), List.of(), children, numbered ? itemStyle : null));
                }
            }
            return sections;
        }
    }
}
