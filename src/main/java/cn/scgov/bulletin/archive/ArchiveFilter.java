package cn.scgov.bulletin.archive;

import java.time.LocalDate;

import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.SearchTerms;

/** What to search the archive for: terms (required) and optional bulletin, department, period and year. */
public record ArchiveFilter(SearchTerms terms, Long bulletinId, String departmentCode, LocalDate from, LocalDate to,
        Integer year) {

    public ArchiveFilter {
        departmentCode = departmentCode == null || departmentCode.isBlank() ? null : departmentCode.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.field("to", "结束日期不能早于开始日期");
        }
        if (year != null && (year < 1900 || year > 9999)) {
            throw InvalidInputException.field("year", "年份须为四位数字");
        }
    }
}
