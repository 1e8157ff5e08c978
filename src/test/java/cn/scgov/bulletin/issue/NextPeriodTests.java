package cn.scgov.bulletin.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.scgov.bulletin.bulletin.Frequency;

import org.junit.jupiter.api.Test;

class NextPeriodTests {

    @Test
    void firstWeeklyIssueCoversTheLastWorkingWeekCompletedBeforeToday() {
        LocalDate sunday = LocalDate.of(2026, 11, 22);
        assertThat(NextPeriod.after(Frequency.WEEKLY, null, sunday))
                .isEqualTo(new NextPeriod(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 20)));
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertThat(NextPeriod.after(Frequency.WEEKLY, null, friday).start()).isEqualTo(LocalDate.of(2026, 11, 9));
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertThat(NextPeriod.after(Frequency.WEEKLY, null, monday).start()).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void nextIssueFollowsTheLastOne() {
        assertThat(NextPeriod.after(Frequency.WEEKLY, LocalDate.of(2023, 3, 3), LocalDate.of(2023, 3, 20)))
                .isEqualTo(new NextPeriod(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 10)));
        assertThat(NextPeriod.after(Frequency.MONTHLY, LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 20)))
                .isEqualTo(new NextPeriod(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31)));
        assertThat(NextPeriod.after(Frequency.MONTHLY, null, LocalDate.of(2024, 1, 15)))
                .isEqualTo(new NextPeriod(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31)));
    }
}
