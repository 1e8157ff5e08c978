package cn.scgov.bulletin.benchmark;

import java.util.List;

import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.support.TestBulletins;

/** The throughput benchmarks' bulletin: the small test bulletin with one narrative section every department writes. */
final class BenchmarkOutline {

    private BenchmarkOutline() {
    }

    static BulletinDefinition oneSectionFor(List<String> departments) {
        BulletinDefinition small = TestBulletins.small();
        return new BulletinDefinition(small.title(), small.issuer(), small.subtitle(), small.frequency(),
                small.issueLineFormat(), new BulletinDefinition.Numbering(2001, 1, 1), small.headingStyles(),
                small.printCopies(), small.reminderHours(),
                List.of(new SectionDefinition("news", "窗口工作动态", SectionKind.NARRATIVE, true, departments, null,
                        List.of(), List.of(), List.of())),
                small.signoffChain(), small.colophon());
    }
}
