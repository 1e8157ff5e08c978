package cn.scgov.bulletin.contribution;

import java.time.Instant;
import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** A stored contribution row and its items, read separately, as one {@link Contribution}. */
@Mapper(componentModel = "spring")
public interface ContributionMapper {

    /** The {@code contribution} table's columns, bound by name. */
    record Row(long id, long issueId, String departmentCode, ContributionStatus status, boolean overdue, int revision,
            String returnReason, String returnedBy, Instant returnedAt, String submittedBy, Instant submittedAt,
            String reviewedBy, Instant reviewedAt, String updatedBy, Instant updatedAt, int version) {
    }

    @Mapping(target = "items", source = "items")
    Contribution toContribution(Row row, List<ContributionItem> items);
}
