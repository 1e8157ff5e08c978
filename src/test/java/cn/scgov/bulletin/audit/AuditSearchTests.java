package cn.scgov.bulletin.audit;

import cn.scgov.bulletin.oversight.AuditPageController;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import cn.scgov.bulletin.contribution.ContributionAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.junit.jupiter.api.Test;

/** What the auditor types becomes a filter, or a message next to the field; never a failure. */
class AuditSearchTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ProcessLogActions ACTIONS = new ProcessLogActions(
            List.of(ProcessLogVocabulary.of(ContributionAction.values())));

    @Test
    void fieldsBecomeAFilterOfWholeDaysInTheApplicationsZone() {
        AuditSearch search = new AuditSearch(" editor ", "gat", "CONTRIBUTION_RETURNED", "12", "2026-03-16", "2026-03-17",
                "2", "20");
        AuditSearch.Reading reading = search.read(SHANGHAI, ACTIONS);
        assertThat(reading.valid()).isTrue();
        assertThat(reading.filter()).isEqualTo(new ProcessLogFilter("editor", "gat", ContributionAction.CONTRIBUTION_RETURNED, 12L,
                Instant.parse("2026-03-15T16:00:00Z"), Instant.parse("2026-03-17T16:00:00Z")));
        assertThat(reading.page().page()).isEqualTo(2);
        assertThat(reading.page().size()).isEqualTo(20);
    }

    @Test
    void wrongFieldsAreNamedAndPagingFallsBackQuietly() {
        AuditSearch.Reading reading = new AuditSearch("", "", "DROP TABLE", "-4", "16.3.2026", "2026-03-01", "-1", "5000")
                .read(SHANGHAI, ACTIONS);
        assertThat(reading.errors()).containsOnlyKeys("action", "issue", "from");
        assertThat(reading.page().page()).isZero();
        assertThat(reading.page().size()).isEqualTo(AuditSearch.DEFAULT_SIZE);
        assertThat(new AuditSearch(null, null, null, null, "2026-03-02", "2026-03-01", null, null).read(SHANGHAI, ACTIONS).errors())
                .containsEntry("to", "结束日期不能早于开始日期");
    }

    @Test
    void linksRepeatTheSearchOnAnotherPageOrForExport() {
        AuditSearch search = new AuditSearch("李 文静", null, "LOGIN", "", "2026-03-16", null, "3", "100");
        assertThat(search.query(4)).isEqualTo("actor=%E6%9D%8E+%E6%96%87%E9%9D%99&action=LOGIN&from=2026-03-16&size=100&page=4");
        assertThat(search.query(0)).doesNotContain("page=");
        assertThat(search.query(-1)).isEqualTo("actor=%E6%9D%8E+%E6%96%87%E9%9D%99&action=LOGIN&from=2026-03-16");
    }

    @Test
    void longLogsArePagedWithGaps() {
        assertThat(AuditPageController.pageNumbers(0, 3)).containsExactly(0, 1, 2);
        assertThat(AuditPageController.pageNumbers(6, 21)).containsExactly(0, -1, 4, 5, 6, 7, 8, -1, 20);
        assertThat(AuditPageController.pageNumbers(0, 0)).isEmpty();
    }

    @Test
    void csvCellsCannotStartFormulas() {
        assertThat(AuditService.csv("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditService.csv(null)).isEmpty();
    }
}
