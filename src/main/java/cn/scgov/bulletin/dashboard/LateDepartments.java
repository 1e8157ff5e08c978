package cn.scgov.bulletin.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The year-end report: departments with at least one late or missing contribution, most first (late +
 * not submitted; then more not submitted; then name). Equal counts share a rank (1, 1, 3).
 */
public record LateDepartments(long bulletinId, String bulletinTitle, int year, List<Entry> departments) {

    public record Entry(int rank, String departmentCode, String departmentName, int lateOrNotSubmitted, int late,
            int notSubmitted, int onTime, int nothingToReport, int returned, int contributions) {
    }

    static LateDepartments of(TimelinessReport report) {
        List<TimelinessReport.DepartmentRow> late = report.departments().stream()
                .filter(row -> row.lateOrNotSubmitted() > 0)
                .sorted(Comparator.comparingInt(TimelinessReport.DepartmentRow::lateOrNotSubmitted).reversed()
                        .thenComparing(Comparator.comparingInt(TimelinessReport.DepartmentRow::notSubmitted).reversed())
                        .thenComparing(TimelinessReport.DepartmentRow::departmentName))
                .toList();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < late.size(); i++) {
            TimelinessReport.DepartmentRow row = late.get(i);
            int rank = i > 0 && late.get(i - 1).lateOrNotSubmitted() == row.lateOrNotSubmitted()
                    ? entries.get(i - 1).rank() : i + 1;
            entries.add(new Entry(rank, row.departmentCode(), row.departmentName(), row.lateOrNotSubmitted(), row.late(),
                    row.notSubmitted(), row.onTime(), row.nothingToReport(), row.returned(), row.contributions()));
        }
        return new LateDepartments(report.bulletinId(), report.bulletinTitle(), report.year(), List.copyOf(entries));
    }
}
