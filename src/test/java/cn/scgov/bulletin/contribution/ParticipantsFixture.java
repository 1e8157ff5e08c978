package cn.scgov.bulletin.contribution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.ColophonLineDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SignoffStepDefinition;
import cn.scgov.bulletin.bulletin.ColophonKind;
import cn.scgov.bulletin.bulletin.Frequency;
import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.compilation.CompilationService;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.DepartmentKind;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.Accounts;
import cn.scgov.bulletin.issue.IssueSection;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.signoff.SignoffService;
import cn.scgov.bulletin.support.EngineJobs;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.springframework.context.ApplicationContext;

/**
 * Test set-up for the participants' pages, driven through the services: departments of their own
 * (so inbox counts are exactly what a test made), bulletins whose two narrative sections those
 * departments write for, issues, and the steps up to distribution.
 */
public final class ParticipantsFixture {

    public static final String PASSWORD = "Demo@2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final List<String> NAMES = List.of("省档案馆", "省体育局", "省医保局", "省机关事务管理局",
            "省地方金融管理局", "省粮食和物资储备局", "省国资委", "省审计厅", "省信访局", "省民族宗教委", "省文物局",
            "省乡村振兴局", "省气象局", "省地震局", "省通信管理局", "省残联", "省红十字会", "省总工会", "省妇联",
            "团省委", "省科协", "省社科院", "省农科院", "省税务局");

    private final Directory directory;
    private final DirectoryAdministration administration;
    private final Accounts accounts;
    private final BulletinCatalog catalog;
    private final IssueService issueService;
    private final Issues issues;
    private final ContributionService contributions;
    private final CompilationService compilation;
    private final SignoffService signoff;
    private final ProcessEngineConfiguration engine;
    public final EngineJobs jobs;

    public ParticipantsFixture(ApplicationContext context) {
        directory = context.getBean(Directory.class);
        administration = context.getBean(DirectoryAdministration.class);
        accounts = new Accounts(administration, context.getBean(CredentialRequests.class),
                context.getBean(Credentials.class), directory);
        catalog = context.getBean(BulletinCatalog.class);
        issueService = context.getBean(IssueService.class);
        issues = context.getBean(Issues.class);
        contributions = context.getBean(ContributionService.class);
        compilation = context.getBean(CompilationService.class);
        signoff = context.getBean(SignoffService.class);
        engine = context.getBean(ProcessEngineConfiguration.class);
        jobs = new EngineJobs(context.getBean(ManagementService.class), engine);
    }

    /** A department window with two submitters, {code}a and {code}b, who log in with {@link #PASSWORD}. */
    public record Unit(String code, String name, String submitter, String submitter2) {
    }

    public Unit unit() {
        int n = SEQUENCE.incrementAndGet();
        String code = "p" + n + "x" + System.nanoTime() % 10000;
        String name = n <= NAMES.size() ? NAMES.get(n - 1) : "省直单位" + n;
        administration.createDepartment(user("sysadmin"),
                new DirectoryAdministration.DepartmentDraft(code, name, DepartmentKind.WINDOW, null, true, null));
        submitter(code + "a", name + "报送员", code);
        submitter(code + "b", name + "报送员（二）", code);
        return new Unit(code, name, code + "a", code + "b");
    }

    private void submitter(String username, String displayName, String department) {
        accounts.create(username, displayName, department, EnumSet.of(Role.SUBMITTER), PASSWORD);
    }

    /** A weekly bulletin whose two narrative sections the given departments write for. */
    public Bulletin bulletin(List<String> departments) {
        BulletinDefinition definition = new BulletinDefinition("窗口工作周报", "四川省政府政务服务和公共资源交易服务中心", "政务服务工作",
                Frequency.WEEKLY, "{year}年第{number}期（总第{cumulative}期）", new BulletinDefinition.Numbering(2026, 1, 600),
                List.of("{cn}、", "（{cn}）", "{n}.", "（{n}）"), 94, 24,
                List.of(new SectionDefinition("window-news", "窗口工作动态", SectionKind.NARRATIVE, false, List.of(), null,
                        List.of(), List.of(), List.of(
                                new SectionDefinition("business-environment", "优化营商环境工作开展情况", SectionKind.NARRATIVE,
                                        true, departments, null, List.of(), List.of(), List.of()),
                                new SectionDefinition("leaders-in-hall", "厅（局）长进大厅", SectionKind.NARRATIVE, true,
                                        departments, null, List.of(), List.of(), List.of())))),
                List.of(new SignoffStepDefinition("审核", Role.REVIEWER), new SignoffStepDefinition("签发", Role.LEADER)),
                List.of(new ColophonLineDefinition(ColophonKind.REPORT, "中心领导", Set.of(Role.LEADER), List.of("*")),
                        new ColophonLineDefinition(ColophonKind.DISTRIBUTE, "各部门窗口", Set.of(Role.RECIPIENT),
                                List.of("kind:WINDOW"))));
        return catalog.create(user("sysadmin"), "pt-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000,
                definition);
    }

    public Issue open(Bulletin bulletin, LocalDate monday, LocalDateTime deadline) {
        return issueService.open(user("editor"), new IssueService.OpenIssue(bulletin.id(), monday, monday.plusDays(4), deadline));
    }

    /** Opens an issue due a week from the engine's now. */
    public Issue open(Bulletin bulletin, LocalDate monday) {
        return open(bulletin, monday, LocalDateTime.ofInstant(now(), ZoneId.of("Asia/Shanghai")).plusDays(7));
    }

    public Contribution contribution(Issue issue, String department) {
        return contributions.ofDepartment(user("editor"), issue.id(), department);
    }

    public List<IssueSection> sections(Issue issue, String department) {
        return issues.outline(issue.id()).sectionsOf(department);
    }

    public void submit(Issue issue, String submitter, String department, String text) {
        Contribution contribution = contribution(issue, department);
        contributions.submit(user(submitter), contribution.id(), contribution.version(),
                List.of(new DraftItem(sections(issue, department).get(0).id(), text)));
    }

    public void accept(Issue issue, String department) {
        Contribution contribution = contribution(issue, department);
        contributions.review(user("editor"), contribution.id(), contribution.version(), ReviewDecision.ACCEPT, null);
    }

    /** From accepted contributions through compiling and both sign-off steps to distribution. */
    public void distribute(Issue issue) {
        jobs.awaitIdle();
        compilation.sendToSignoff(user("editor"), issue.id());
        signoff.decide(user("reviewer"), issue.id(), SignoffService.Decision.APPROVE, "同意");
        signoff.decide(user("leader"), issue.id(), SignoffService.Decision.APPROVE, "同意印发");
        jobs.awaitIdle();
    }

    public Instant now() {
        return engine.getClock().getCurrentTime().toInstant();
    }

    public CurrentUser user(String username) {
        return directory.currentUser(username).orElseThrow(() -> new AssertionError("no user " + username));
    }
}
