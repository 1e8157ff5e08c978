package cn.scgov.bulletin.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.bulletin.Period;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Department;
import cn.scgov.bulletin.directory.DepartmentKind;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.Accounts;
import cn.scgov.bulletin.support.RealIssueRun;
import cn.scgov.bulletin.support.RealIssueRun.Stage;

/**
 * Fills the database with {@code years} of a weekly and a monthly bulletin ending this week (README,
 * "Benchmarks"). The years are cut into up to three eras with 30, 37 and 44 contributing departments (the
 * bulletins' definitions are changed between eras, as administrators do). Each era starts with real issues run
 * through the application's services and the engine ({@link RealIssueRun}: returns, late and nothing-to-report
 * contributions, urges, a leader's return, acknowledgements); the era's other issues are copies of those
 * ({@link IssueCloner}: the same rows, engine history included, new ids, times, periods and numbers). The last
 * weeks run for real again and stay open at every stage, so inboxes have work. {@code maxIssues} stops it early.
 */
final class HistoryGenerator {

    record Result(Bulletin weekly, Bulletin monthly, List<Long> issues, Issue oldIssue, Issue newIssue, double seconds) {
    }

    private final cn.scgov.bulletin.support.FlowTestSupport flow;
    private final RealIssueRun real;
    private final DataSource dataSource;
    private final BulletinCatalog catalog;
    private final Directory directory;
    private final DirectoryAdministration administration;
    private final Accounts accounts;
    private final List<Long> issues = new ArrayList<>();
    private final Random random = new Random(14);
    private long started;

    HistoryGenerator(cn.scgov.bulletin.support.FlowTestSupport flow, DataSource dataSource, BulletinCatalog catalog,
            Directory directory, DirectoryAdministration administration, Accounts accounts) {
        this.flow = flow;
        this.real = new RealIssueRun(flow);
        this.dataSource = dataSource;
        this.catalog = catalog;
        this.directory = directory;
        this.administration = administration;
        this.accounts = accounts;
    }

    /**
     * The history a previous run left in this database (the benchmark run again against the same database:
     * {@code -Dbulletin.test.join-database-url}), or empty when there is none.
     */
    java.util.Optional<Result> existing(cn.scgov.bulletin.issue.Issues reads) throws SQLException {
        var found = catalog.bulletins().stream().filter(b -> b.code().startsWith("hist-")).toList();
        if (found.size() < 2) {
            return java.util.Optional.empty();
        }
        Bulletin weekly = found.stream().filter(b -> b.code().equals("hist-weekly")).findFirst().orElseThrow();
        Bulletin monthly = found.stream().filter(b -> b.code().equals("hist-monthly")).findFirst().orElseThrow();
        List<List<Long>> ids = HistorySql.issueIds(dataSource, weekly.id(), monthly.id());
        List<Long> all = ids.get(0);
        List<Long> weeklies = ids.get(1);
        // The weeklies end with the one in sign-off and the one collecting (see generate).
        return java.util.Optional.of(new Result(weekly, monthly, all, reads.require(weeklies.get(0)),
                reads.require(weeklies.get(weeklies.size() - 2)), 0));
    }

    Result generate(int years, int maxIssues, LocalDate today) throws SQLException {
        started = System.nanoTime();
        List<String> departments = windowDepartments(44);
        LocalDate currentMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = LocalDate.of(today.getYear() - years + 1, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate lastClonedMonday = currentMonday.minusWeeks(3);
        YearMonthRange months = new YearMonthRange(firstMonday.withDayOfMonth(1), today.withDayOfMonth(1).minusMonths(2));
        real.at(firstMonday.atTime(8, 0).minusDays(7));
        Bulletin weekly = catalog.create(user("sysadmin"), "hist-weekly", definition(seeded("weekly"), departments.subList(0, 30),
                firstMonday.getYear()));
        Bulletin monthly = catalog.create(user("sysadmin"), "hist-monthly", definition(seeded("monthly"),
                departments.subList(0, 30), firstMonday.getYear()));
        int eras = Math.min(3, years);
        Issue oldIssue = null;
        for (int era = 0; era < eras && issues.size() < maxIssues; era++) {
            int count = eras == 1 ? 44 : 30 + era * 14 / (eras - 1);
            LocalDate eraStart = LocalDate.of(firstMonday.getYear() + years * era / eras, 1, 1);
            LocalDate eraEnd = era == eras - 1 ? lastClonedMonday.plusDays(1)
                    : LocalDate.of(firstMonday.getYear() + years * (era + 1) / eras, 1, 1);
            weekly = update(weekly, departments.subList(0, count));
            monthly = update(monthly, departments.subList(0, count));
            List<LocalDate> mondays = new ArrayList<>();
            for (LocalDate monday = eraStart.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); monday.isBefore(eraEnd);
                    monday = monday.plusWeeks(1)) {
                mondays.add(monday);
            }
            List<LocalDate> monthStarts = months.within(eraStart, eraEnd);
            // Real issues first (a weekly and a monthly; the leader returns one of them), in period order, so the engine numbers them; then copies.
            List<IssueRows> weeklyTemplates = new ArrayList<>();
            List<IssueRows> monthlyTemplates = new ArrayList<>();
            if (!mondays.isEmpty() && issues.size() < maxIssues) {
                Issue issue = weeklyIssue(weekly, mondays.get(0), era % 2 == 0, Stage.ACKNOWLEDGED);
                oldIssue = oldIssue == null ? issue : oldIssue;
                weeklyTemplates.add(rows(issue));
            }
            if (!monthStarts.isEmpty() && issues.size() < maxIssues) {
                monthlyTemplates.add(rows(monthlyIssue(monthly, monthStarts.get(0), era % 2 == 1, Stage.ACKNOWLEDGED)));
            }
            progress("era " + (era + 1) + " (" + count + " departments): real issues run");
            clone(weekly, weeklyTemplates, mondays.subList(Math.min(1, mondays.size()), mondays.size()), maxIssues, true);
            clone(monthly, monthlyTemplates, monthStarts.subList(Math.min(1, monthStarts.size()), monthStarts.size()),
                    maxIssues, false);
        }
        Issue newIssue = null;
        if (issues.size() < maxIssues) {
            // In the order of their clock: last month's monthly, then the weeklies of the last three weeks.
            monthlyIssue(monthly, today.withDayOfMonth(1).minusMonths(1), false, Stage.COMPILING);
            weeklyIssue(weekly, currentMonday.minusWeeks(2), false, Stage.DISTRIBUTED);
            newIssue = weeklyIssue(weekly, currentMonday.minusWeeks(1), true, Stage.SIGNING_OFF);
            weeklyIssue(weekly, currentMonday, false, Stage.COLLECTING);
        }
        real.realClock();
        progress("done");
        return new Result(weekly, monthly, issues, oldIssue, newIssue, (System.nanoTime() - started) / 1e9);
    }

    private Issue weeklyIssue(Bulletin bulletin, LocalDate monday, boolean leaderReturns, Stage until) {
        Issue issue = real.run(bulletin, monday, monday.plusDays(4), monday.atTime(9, 0), monday.plusDays(3).atTime(17, 0),
                leaderReturns, until, random.nextLong());
        issues.add(issue.id());
        return issue;
    }

    private Issue monthlyIssue(Bulletin bulletin, LocalDate first, boolean leaderReturns, Stage until) {
        LocalDate opens = first.plusMonths(1);
        Issue issue = real.run(bulletin, first, first.plusMonths(1).minusDays(1), opens.atTime(9, 0),
                opens.plusDays(4).atTime(17, 0), leaderReturns, until, random.nextLong());
        issues.add(issue.id());
        return issue;
    }

    private IssueRows rows(Issue issue) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return IssueRows.read(connection, issue.id());
        }
    }

    private void clone(Bulletin bulletin, List<IssueRows> templates, List<LocalDate> starts, int maxIssues, boolean weekly)
            throws SQLException {
        if (templates.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<IssueCloner> cloners = templates.stream().map(t -> new IssueCloner(connection, t)).toList();
            List<LocalDate[]> periods = templates.stream().map(t -> HistorySql.period(connection, t.issueId)).toList();
            for (LocalDate start : starts) {
                if (issues.size() >= maxIssues) {
                    break;
                }
                int pick = random.nextInt(cloners.size());
                LocalDate end = weekly ? start.plusDays(4) : start.plusMonths(1).minusDays(1);
                LocalDate[] template = periods.get(pick);
                long shift = IssueCloner.days(template[1], end);
                int year = Period.yearOf(start, end);
                issues.add(cloners.get(pick).copy(new IssueCloner.Target(start, end, shift, year,
                        HistorySql.next(connection, "yearly_number", bulletin.id(), year), weekly
                                ? HistorySql.next(connection, "cumulative_number", bulletin.id(), null) : null)));
                connection.commit();
                if (issues.size() % 50 == 0) {
                    progress(issues.size() + " issues");
                }
            }
        }
    }

    private void progress(String what) {
        System.out.printf("[history] %6.1f s  %s (%d issues so far)%n", (System.nanoTime() - started) / 1e9, what, issues.size());
    }

    private Bulletin update(Bulletin bulletin, List<String> departments) {
        BulletinDefinition current = bulletin.definition();
        return catalog.update(user("sysadmin"), bulletin.id(), withDepartments(current, departments), true, bulletin.version());
    }

    private static BulletinDefinition definition(Bulletin seeded, List<String> departments, int firstYear) {
        BulletinDefinition d = withDepartments(seeded.definition(), departments);
        return new BulletinDefinition(d.title(), d.issuer(), d.subtitle(), d.frequency(), d.issueLineFormat(),
                new BulletinDefinition.Numbering(firstYear, 1, d.numbering().firstCumulativeNumber() == null ? null : 1, true),
                d.headingStyles(), d.printCopies(), d.reminderHours(), d.outline(), d.signoffChain(), d.colophon(),
                d.periodLine());
    }

    /** The definition with every section that many departments write to given {@code departments} instead. */
    static BulletinDefinition withDepartments(BulletinDefinition d, List<String> departments) {
        return new BulletinDefinition(d.title(), d.issuer(), d.subtitle(), d.frequency(), d.issueLineFormat(), d.numbering(),
                d.headingStyles(), d.printCopies(), d.reminderHours(), sections(d.outline(), departments), d.signoffChain(),
                d.colophon(), d.periodLine());
    }

    private static List<SectionDefinition> sections(List<SectionDefinition> sections, List<String> departments) {
        return sections.stream().map(s -> new SectionDefinition(s.key(), s.title(), s.kind(), s.numberItems(),
                s.departments().size() > 5 ? departments : s.departments(), s.template(), s.metrics(), s.checklist(),
                sections(s.children(), departments), s.itemStyle())).toList();
    }

    /** The window departments (created up to {@code count}), each with a submitter and a recipient account. */
    private List<String> windowDepartments(int count) {
        List<String> codes = new ArrayList<>(directory.activeDepartments().stream()
                .filter(d -> d.kind() == DepartmentKind.WINDOW).map(Department::code).toList());
        for (int i = 1; codes.size() < count; i++) {
            String code = String.format("hist%02d", i);
            administration.createDepartment(user("sysadmin"), new DirectoryAdministration.DepartmentDraft(code,
                    "历史数据部门" + i, DepartmentKind.WINDOW, null, true, null));
            accounts.create(code, "历史数据报送员" + i, code, EnumSet.of(Role.SUBMITTER), "Demo@2026");
            codes.add(code);
        }
        for (String code : codes) {
            if (directory.currentUser("r-" + code).isEmpty()) {
                accounts.create("r-" + code, code + "签收员", code, EnumSet.of(Role.RECIPIENT), "Demo@2026");
            }
        }
        return codes.subList(0, count);
    }

    private Bulletin seeded(String code) {
        return catalog.bulletins().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }

    private CurrentUser user(String username) {
        return directory.currentUser(username).orElseThrow();
    }

    /** First days of the months from {@code first} to {@code last}. */
    private record YearMonthRange(LocalDate first, LocalDate last) {
        List<LocalDate> within(LocalDate from, LocalDate until) {
            List<LocalDate> months = new ArrayList<>();
            for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                if (!month.isBefore(from) && month.isBefore(until)) {
                    months.add(month);
                }
            }
            return months;
        }
    }
}
