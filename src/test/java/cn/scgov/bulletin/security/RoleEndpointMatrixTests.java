package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.calendar.ShiftRule;
import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.schedule.Cadence;
import cn.scgov.bulletin.schedule.HolidayWeekRule;
import cn.scgov.bulletin.schedule.Occurrence;
import cn.scgov.bulletin.schedule.PeriodChoice;
import cn.scgov.bulletin.schedule.ScheduleService;
import cn.scgov.bulletin.security.EndpointMatrix.Call;
import cn.scgov.bulletin.security.EndpointMatrix.Fixture;
import cn.scgov.bulletin.support.Accounts;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every REST endpoint × every role × department, with the exact status each caller gets (issue 9, point 2;
 * issue 10, point 3). The callers: a submitter of a department contributing to the issue (gat, whose contribution
 * and task the calls name), a submitter of another contributing department (jtyst), a submitter of a department
 * that does not contribute (bmj), the editor, reviewer, leader and auditor, a recipient the issue was not
 * delivered to, the system and security administrators, and nobody logged in (always 401). Calls that would change
 * something are made so that the entitled caller gets a definite answer (a stale version is a 409, an unknown id a
 * 404); everybody else gets 403, as a problem detail. The rows are kept by area ({@link PeopleEndpoints},
 * {@link BulletinEndpoints}, {@link IssueEndpoints}, {@link CompilationEndpoints}, {@link OversightEndpoints});
 * the first test fails when the application maps a REST endpoint that no row calls.
 */
// Its own application: its thousand calls leave a queue of jobs (openings, notices, freezes) that, on top of
// what earlier classes left in the shared application, took longer than a test's wait to drain in CI.
@org.springframework.test.context.TestPropertySource(properties = "bulletin.test.context=role-endpoint-matrix")
class RoleEndpointMatrixTests extends ApiTestSupport {

    @Autowired
    DirectoryAdministration administration;

    @Autowired
    CredentialRequests credentialRequests;

    @Autowired
    Credentials credentials;

    @Autowired
    cn.scgov.bulletin.attachment.AttachmentService attachments;

    @Autowired
    ScheduleService schedules;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @TestFactory
    Stream<DynamicTest> eachCallerGetsExactlyWhatItsRoleAndDepartmentAllow() {
        Fixture fixture = fixture();
        List<Call> calls = new ArrayList<>();
        calls.addAll(PeopleEndpoints.calls(fixture));
        calls.addAll(BulletinEndpoints.calls(fixture));
        calls.addAll(IssueEndpoints.calls(fixture));
        calls.addAll(CompilationEndpoints.calls(fixture));
        calls.addAll(OversightEndpoints.calls(fixture));

        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("every REST endpoint (" + EndpointMatrix.endpoints(mappings.getHandlerMethods())
                + ") has a row (" + calls.size() + " calls)", () ->
                assertThat(EndpointMatrix.endpointsWithoutRow(mappings.getHandlerMethods(), calls))
                        .as("REST endpoints without a row in the matrix").isEmpty()));
        for (Call call : calls) {
            tests.add(DynamicTest.dynamicTest(call + " without credentials → 401", () ->
                    assertThat(EndpointMatrix.send(anonymous(), call).status()).isEqualTo(401)));
            call.expected.forEach((caller, status) -> tests.add(DynamicTest.dynamicTest(call + " as " + caller + " → " + status,
                    () -> {
                        ApiClient.Response response = EndpointMatrix.send(api(caller), call);
                        assertThat(response.status()).as(response.toString()).isEqualTo(status);
                        if (status >= 400) {
                            assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
                        }
                    })));
        }
        return tests.stream();
    }

    /**
     * One bulletin with two issues collecting (the second one for the calls that close or cancel), gat's
     * contribution, draft task and attachment, an item the editor added, an account for the directory's calls
     * and a paused schedule with two coming occurrences (one to skip and restore, one to move).
     */
    private Fixture fixture() {
        Bulletin bulletin = newBulletin(TestBulletins.small());
        Issue issue = open(bulletin, LocalDate.of(2026, 10, 5));
        Issue other = open(bulletin, LocalDate.of(2026, 10, 12));
        long contribution = contributionOf(issue, "gat").id();
        String task = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.DRAFT_TASK).taskCategory("gat").singleResult().getId();
        String account = "matrix" + System.nanoTime() % 100000;
        new Accounts(administration, credentialRequests, credentials, directory)
                .create(account, "矩阵测试", "zjt", EnumSet.of(Role.SUBMITTER), "Matrix#2030");
        long attachment = attachments.upload(user("gat"), contribution, "矩阵.pdf",
                cn.scgov.bulletin.attachment.TestFiles.pdf()).id();
        long item = compilation.addItem(user("editor"), issue.id(), section(issue, "news"), "矩阵编辑条目").id();
        schedules.save(user("sysadmin"), bulletin.id(), new ScheduleService.ScheduleCommand(false, Cadence.WEEKLY,
                PeriodChoice.PREVIOUS, 1, "09:00", 3, "17:00", 24, ShiftRule.NEXT_WORKDAY, HolidayWeekRule.SKIP, null, false));
        List<Occurrence> coming = schedules.occurrences(user("editor"), bulletin.id(), LocalDate.now().plusWeeks(4), 2);
        return new Fixture(bulletin.id(), issue.id(), other.id(), contribution, section(issue, "news"),
                section(issue, "figures"), section(issue, "inspection"), item, task, account, attachment,
                coming.get(0).periodStart().toString(), coming.get(1).periodStart().toString());
    }

    private long section(Issue issue, String key) {
        return issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().id();
    }
}
