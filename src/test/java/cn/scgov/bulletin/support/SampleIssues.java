package cn.scgov.bulletin.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.compilation.Compilation;
import cn.scgov.bulletin.compilation.CompiledItem;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueSection;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.signoff.SignoffService.Decision;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the three real issues (src/test/resources/samples/&lt;name&gt;.json) through the services, as a
 * real week runs: the editor opens the issue, departments submit their items, the editor accepts them,
 * closes collection, compiles (adds the items the office writes, orders every section as printed,
 * fills statistics, checklist findings and intros), sends it to sign-off; the reviewer and the leader
 * approve, and the engine numbers, dates and freezes it. The engine clock follows the fixture, so
 * the issue date printed is the sign-off day.
 *
 * <p>Fixture format (all dates Asia/Shanghai, ISO):
 * <ul>
 * <li>{@code bulletin}: {@code code} and {@code definition} (a BulletinDefinition: the year's own outline,
 *     heading styles, masthead texts, numbering start so the issue gets its printed number, print run,
 *     colophon). Each build creates a fresh bulletin (code + suffix), so numbering starts clean;</li>
 * <li>{@code period} {start, end}; {@code openedAt}, {@code deadline}, {@code signedOffAt} (date-times);</li>
 * <li>{@code openingFigures} {year, figures: {"sectionKey.metricKey": n}}: year-to-date before this issue (in
 *     each metric's unit, decimals kept exactly);</li>
 * <li>{@code items} [{section, department, text}] in final reading order; department null = written by the
 *     editor; a department code = submitted by that department's submitter (username = code);</li>
 * <li>{@code statistics} {sectionKey: {metric: n}} (decimals as printed, e.g. 4.2 for 4.2万件),
 *     {@code checklist} {sectionKey: [finding…]}, {@code intros} {sectionKey: text}, {@code printCopies} (0: no
 *     print-run line), {@code issueDate} (the issue date the editor sets before sending to sign-off; absent: the
 *     sign-off day).</li>
 * </ul>
 * Use from a {@link FlowTestSupport} test: {@code new SampleIssues(this).build("weekly-2023-08")}.
 */
public final class SampleIssues {

    public static final List<String> NAMES = List.of("weekly-2023-08", "weekly-2024-02", "weekly-2022-35");

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger BUILDS = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FlowTestSupport flow;

    public SampleIssues(FlowTestSupport flow) {
        this.flow = flow;
    }

    public record Fixture(BulletinFixture bulletin, Period period, LocalDateTime openedAt, LocalDateTime deadline,
            LocalDateTime signedOffAt, OpeningFigures openingFigures, List<Item> items,
            Map<String, Map<String, java.math.BigDecimal>> statistics, Map<String, List<String>> checklist,
            Map<String, String> intros, Integer printCopies, LocalDate issueDate) {

        public Fixture {
            items = items == null ? List.of() : items;
            statistics = statistics == null ? Map.of() : statistics;
            checklist = checklist == null ? Map.of() : checklist;
            intros = intros == null ? Map.of() : intros;
        }
    }

    public record BulletinFixture(String code, BulletinDefinition definition) {
    }

    public record Period(LocalDate start, LocalDate end) {
    }

    public record OpeningFigures(int year, Map<String, java.math.BigDecimal> figures) {
    }

    public record Item(String section, String department, String text) {
    }

    public static Fixture fixture(String name) {
        try (InputStream in = SampleIssues.class.getResourceAsStream("/samples/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No sample fixture " + name);
            }
            return JSON.readValue(in, Fixture.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample's text as extracted from the printed PDF (src/test/resources/samples/&lt;name&gt;.txt). */
    public static String text(String name) {
        try (InputStream in = SampleIssues.class.getResourceAsStream("/samples/" + name + ".txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sample as it reads, hand-checked against the printed PDF's text
     * (src/test/resources/samples/&lt;name&gt;.expected.txt, in the form of the plain-text rendering): the
     * masthead lines in printed order, then one paragraph per line as printed, then the colophon;
     * {@code **…**} marks the runs printed bold.
     */
    public static String expected(String name) {
        try (InputStream in = SampleIssues.class.getResourceAsStream("/samples/" + name + ".expected.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Issue build(String name) {
        return build(fixture(name));
    }

    /** Runs the fixture's issue from opening to frozen distribution and returns it. */
    public Issue build(Fixture fixture) {
        flow.jobs.setClock(fixture.openedAt().atZone(ZONE).toInstant());
        Bulletin bulletin = flow.catalog.create(flow.user("sysadmin"),
                fixture.bulletin().code() + "-" + BUILDS.incrementAndGet() + "-" + System.nanoTime() % 10_000,
                fixture.bulletin().definition());
        if (fixture.openingFigures() != null && !fixture.openingFigures().figures().isEmpty()) {
            flow.catalog.setOpeningFigures(editor(), bulletin.id(), fixture.openingFigures().year(),
                    fixture.openingFigures().figures());
        }
        // The samples' office has departments report by Thursday on the week ending Friday: confirmed.
        Issue issue = flow.issueService.open(editor(), new IssueService.OpenIssue(bulletin.id(), fixture.period().start(),
                fixture.period().end(), fixture.deadline(), true, null));
        Map<String, Long> sections = sectionIds(issue);
        contribute(issue, fixture, sections);
        compile(issue, fixture, sections);
        flow.compilation.sendToSignoff(editor(), issue.id());
        flow.jobs.setClock(fixture.signedOffAt().atZone(ZONE).toInstant());
        flow.signoff.decide(flow.user("reviewer"), issue.id(), Decision.APPROVE, "同意");
        flow.signoff.decide(flow.user("leader"), issue.id(), Decision.APPROVE, "同意印发");
        flow.jobs.awaitIdle();
        return flow.issues.require(issue.id());
    }

    /** Every department with items submits them at once; the editor accepts each and closes collection. */
    private void contribute(Issue issue, Fixture fixture, Map<String, Long> sections) {
        Map<String, List<DraftItem>> byDepartment = new LinkedHashMap<>();
        for (Item item : fixture.items()) {
            if (item.department() != null) {
                byDepartment.computeIfAbsent(item.department(), d -> new ArrayList<>())
                        .add(new DraftItem(section(sections, item.section()), item.text()));
            }
        }
        byDepartment.forEach((department, items) -> {
            Contribution contribution = flow.contributions.mine(flow.user(department), issue.id());
            flow.contributions.submit(flow.user(department), contribution.id(), contribution.version(), items);
        });
        for (Contribution contribution : flow.contributions.ofIssue(editor(), issue.id())) {
            if (byDepartment.containsKey(contribution.departmentCode())) {
                flow.contributions.review(editor(), contribution.id(), contribution.version(), ReviewDecision.ACCEPT, null);
            }
        }
        flow.jobs.awaitIdle();
        if (flow.issues.require(issue.id()).status() == IssueStatus.COLLECTING) {
            flow.issueService.closeCollection(editor(), issue.id());
            flow.jobs.awaitIdle();
        }
    }

    private void compile(Issue issue, Fixture fixture, Map<String, Long> sections) {
        for (Item item : fixture.items()) {
            if (item.department() == null) {
                flow.compilation.addItem(editor(), issue.id(), section(sections, item.section()), item.text());
            }
        }
        Map<String, List<Item>> bySection = new LinkedHashMap<>();
        fixture.items().forEach(item -> bySection.computeIfAbsent(item.section(), s -> new ArrayList<>()).add(item));
        Compilation compiled = flow.compilation.compilation(editor(), issue.id());
        bySection.forEach((key, items) -> {
            long sectionId = section(sections, key);
            List<CompiledItem> available = new ArrayList<>(compiled.sections().stream()
                    .filter(work -> work.section().id() == sectionId).findFirst().orElseThrow().items());
            List<Long> order = new ArrayList<>();
            for (Item item : items) {
                CompiledItem match = available.stream().filter(compiledItem -> compiledItem.text().equals(item.text())
                        && java.util.Objects.equals(compiledItem.departmentCode(), item.department())).findFirst()
                        .orElseThrow(() -> new AssertionError("Item not compiled: " + item));
                available.remove(match);
                order.add(match.id());
            }
            flow.compilation.reorder(editor(), issue.id(), sectionId, order);
        });
        fixture.statistics().forEach((key, values) -> flow.compilation.fillStatistics(editor(), issue.id(),
                section(sections, key), values));
        fixture.checklist().forEach((key, findings) -> flow.compilation.fillChecklist(editor(), issue.id(),
                section(sections, key), findings));
        fixture.intros().forEach((key, text) -> flow.compilation.setIntro(editor(), issue.id(), section(sections, key), text));
        Issue current = flow.issues.require(issue.id());
        if (fixture.printCopies() != null && fixture.printCopies() != current.printCopies()) {
            current = flow.issueService.setPrintCopies(editor(), issue.id(), fixture.printCopies(), current.version());
        }
        if (fixture.issueDate() != null) {
            flow.issueDates.setByEditor(editor(), issue.id(), fixture.issueDate(), current.version());
        }
    }

    private Map<String, Long> sectionIds(Issue issue) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (IssueSection section : flow.issues.outline(issue.id()).sections()) {
            ids.put(section.key(), section.id());
        }
        return ids;
    }

    private static long section(Map<String, Long> sections, String key) {
        Long id = sections.get(key);
        if (id == null) {
            throw new AssertionError("The fixture names a section its outline lacks: " + key);
        }
        return id;
    }

    private cn.scgov.bulletin.directory.CurrentUser editor() {
        return flow.user("editor");
    }
}
