package cn.scgov.bulletin.bulletin;

import java.time.Year;
import java.util.List;
import java.util.Set;

import cn.scgov.bulletin.bulletin.BulletinDefinition.ColophonLineDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SignoffStepDefinition;
import cn.scgov.bulletin.directory.Role;

/** What a new bulletin starts from when it is not copied from an existing one: the conventions of the samples. */
public final class NewBulletinDefaults {

    private NewBulletinDefaults() {
    }

    public static BulletinDefinition definition() {
        return new BulletinDefinition("", "四川省政府政务服务和公共资源交易服务中心", "", Frequency.MONTHLY,
                "{year}年第{number}期", new BulletinDefinition.Numbering(Year.now().getValue(), 1, null),
                List.of("{cn}、", "（{cn}）", "{n}.", "（{n}）"), 50, 24,
                List.of(new SectionDefinition("section-1", "", SectionKind.NARRATIVE, true, List.of(), null, List.of(),
                        List.of(), List.of())),
                List.of(new SignoffStepDefinition("审核", Role.REVIEWER), new SignoffStepDefinition("签发", Role.LEADER)),
                List.of(new ColophonLineDefinition(ColophonKind.REPORT, "中心领导", Set.of(Role.LEADER), List.of("*")),
                        new ColophonLineDefinition(ColophonKind.DISTRIBUTE, "各部门窗口", Set.of(Role.RECIPIENT),
                                List.of("kind:WINDOW"))));
    }
}
