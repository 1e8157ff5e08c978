package cn.scgov.bulletin.inbox;

import java.time.Instant;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** A stored copy and the display names of the two people it names, looked up in the directory, as one copy. */
@Mapper
interface IssueCopyMapper {

    IssueCopyMapper INSTANCE = Mappers.getMapper(IssueCopyMapper.class);

    /** The {@code issue_cc} columns, bound by name. */
    record Row(long id, long issueId, String username, String sentBy, Instant sentAt, String note, Instant readAt) {
    }

    @Mapping(target = "displayName", source = "displayName")
    @Mapping(target = "sentByName", source = "sentByName")
    IssueCopies.Copy toCopy(Row row, String displayName, String sentByName);
}
