package cn.scgov.bulletin.issue;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
interface IssueViewMapper {

    @Mapping(target = "id", source = "issue.id")
    @Mapping(target = "issueLine", source = "line.text")
    @Mapping(target = "issueLineProposed", source = "line.proposed")
    @Mapping(target = "statusLabel", expression = "java(issue.status().label())")
    @Mapping(target = "periodLine", expression = "java(IssueFormats.periodLine(issue.periodStart(), issue.periodEnd()))")
    @Mapping(target = "periodLinePrinted", source = "issue.periodLine")
    @Mapping(target = "year", expression = "java(issue.year())")
    IssueView toView(Issue issue, Issues.IssueLine line);
}
