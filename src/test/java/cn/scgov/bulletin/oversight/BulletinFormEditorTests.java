package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.bulletin.BulletinForm;
import cn.scgov.bulletin.bulletin.BulletinFormMapper;
import cn.scgov.bulletin.bulletin.OutlineNumbers;
import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.oversight.BulletinFormEditor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.bulletin.BulletinForm.SectionForm;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.Test;

/** The editor's form keeps a definition intact, and its buttons move whole subtrees as an outline editor should. */
class BulletinFormEditorTests {

    /** 一 a (一 a1, 二 a2), 二 b, 三 c (一 c1) */
    private static BulletinDefinition nested() {
        BulletinDefinition small = TestBulletins.small();
        return new BulletinDefinition(small.title(), small.issuer(), small.subtitle(), small.frequency(),
                small.issueLineFormat(), small.numbering(), small.headingStyles(), small.printCopies(),
                small.reminderHours(), List.of(
                        narrative("a", narrative("a1"), narrative("a2")), narrative("b"), narrative("c", narrative("c1"))),
                small.signoffChain(), small.colophon());
    }

    private static SectionDefinition narrative(String key, SectionDefinition... children) {
        return new SectionDefinition(key, "栏目" + key, SectionKind.NARRATIVE, false, List.of("gat"), null, List.of(),
                List.of(), List.of(children));
    }

    @Test
    void aDefinitionSurvivesTheFormUnchanged() {
        for (BulletinDefinition definition : List.of(TestBulletins.small(), nested())) {
            BulletinFormMapper.Reading reading = BulletinFormMapper.read(BulletinFormMapper.toForm(definition));
            assertThat(reading.errors()).isEmpty();
            assertThat(reading.definition()).isEqualTo(definition);
        }
    }

    @Test
    void movingASectionTakesItsSubsectionsAlong() {
        BulletinForm form = BulletinFormMapper.toForm(nested());
        assertThat(BulletinFormEditor.apply(form, "section-down:0")).isEqualTo("s1");
        assertThat(keys(form)).containsExactly("b", "a", "a1", "a2", "c", "c1");
        assertThat(BulletinFormEditor.apply(form, "section-up:4")).isEqualTo("s1");
        assertThat(keys(form)).containsExactly("b", "c", "c1", "a", "a1", "a2");
        assertThat(BulletinFormEditor.apply(form, "section-up:0")).isNull();
        assertThat(BulletinFormEditor.apply(form, "section-down:5")).isNull();
    }

    @Test
    void nestingMakesASectionTheLastChildOfItsPreviousSiblingAndLiftingPlacesItAfterItsParent() {
        BulletinForm form = BulletinFormMapper.toForm(nested());
        BulletinFormEditor.apply(form, "section-indent:3");
        assertThat(keys(form)).containsExactly("a", "a1", "a2", "b", "c", "c1");
        assertThat(BulletinFormMapper.read(form).definition().outline().get(0).children())
                .extracting(SectionDefinition::key).containsExactly("a1", "a2", "b");

        BulletinFormEditor.apply(form, "section-outdent:1");
        SectionDefinition a = BulletinFormMapper.read(form).definition().outline().get(0);
        assertThat(BulletinFormMapper.read(form).definition().outline()).extracting(SectionDefinition::key)
                .containsExactly("a", "a1", "c");
        assertThat(a.children()).extracting(SectionDefinition::key).containsExactly("a2", "b");
        assertThat(BulletinFormEditor.apply(form, "section-indent:0")).isNull();
    }

    @Test
    void addingAndDeletingSections() {
        BulletinForm form = BulletinFormMapper.toForm(nested());
        assertThat(BulletinFormEditor.apply(form, "section-add-child:0")).isEqualTo("s3");
        assertThat(form.getSections().get(3).level()).isEqualTo(1);
        assertThat(form.getSections().get(3).getKey()).isEqualTo("section-7");
        BulletinFormEditor.apply(form, "section-delete:0");
        assertThat(keys(form)).containsExactly("b", "c", "c1");
        assertThat(BulletinFormEditor.apply(form, "section-add")).isEqualTo("s3");
        assertThat(form.getSections().get(3).level()).isZero();
    }

    @Test
    void nonsenseOperationsChangeNothing() {
        BulletinForm form = BulletinFormMapper.toForm(nested());
        for (String op : List.of("section-up:abc", "section-delete:99", "metric-remove:0:7", "nothing", "style-remove:-1",
                "step-up:0", "")) {
            assertThat(BulletinFormEditor.apply(form, op)).as(op).isNull();
        }
        assertThat(keys(form)).containsExactly("a", "a1", "a2", "b", "c", "c1");
    }

    @Test
    void depthsThatJumpAreEvenedOut() {
        BulletinForm form = BulletinFormMapper.toForm(nested());
        form.getSections().get(0).setDepth("3");
        form.getSections().get(1).setDepth("x");
        form.getSections().get(2).setDepth("5");
        BulletinFormEditor.normalise(form.getSections());
        assertThat(form.getSections()).extracting(SectionForm::level).containsExactly(0, 0, 1, 0, 0, 1);
    }

    @Test
    void errorsOfTheDefinitionLandOnTheFormFieldsTheyConcern() {
        BulletinFormMapper.Reading reading = BulletinFormMapper.read(BulletinFormMapper.toForm(nested()));
        assertThat(reading.formPath("outline[0].children[1].title")).isEqualTo("sections[2].title");
        assertThat(reading.formPath("definition.outline[2].children[0].departments[0].<list element>"))
                .isEqualTo("sections[5].departments[0]");
        assertThat(reading.formPath("outline[1]")).isEqualTo("sections[3]");
        assertThat(reading.formPath("numbering.firstCumulativeNumber")).isEqualTo("firstCumulativeNumber");
        assertThat(reading.formPath("definition.headingStyles[1].<list element>")).isEqualTo("headingStyles[1]");
        assertThat(reading.formPath("colophon[0].recipientDepartments")).isEqualTo("colophon[0].recipientDepartments");
    }

    @Test
    void fieldsOfOtherKindsAreKeptInTheFormButNotSaved() {
        BulletinForm form = BulletinFormMapper.toForm(TestBulletins.small());
        form.getSections().get(0).setKind(SectionKind.NARRATIVE.name());
        form.getSections().get(0).getDepartments().add("gat");
        form.getSections().get(2).setKind(SectionKind.STATISTICS.name());
        BulletinDefinition read = BulletinFormMapper.read(form).definition();
        assertThat(read.outline().get(0).metrics()).isEmpty();
        assertThat(read.outline().get(0).template()).isNull();
        assertThat(read.outline().get(0).departments()).containsExactly("gat");
        assertThat(read.outline().get(2).departments()).isEmpty();
        assertThat(form.getSections().get(0).getMetrics()).hasSize(2);
    }

    @Test
    void outlineNumbersFollowTheHeadingStyles() {
        BulletinForm form = BulletinFormMapper.toForm(nested());
        assertThat(OutlineNumbers.of(form)).containsExactly("一、", "（一）", "（二）", "二、", "三、", "（一）");
        assertThat(OutlineNumbers.numeral(12)).isEqualTo("十二");
        assertThat(OutlineNumbers.numeral(40)).isEqualTo("四十");
    }

    private static List<String> keys(BulletinForm form) {
        return form.getSections().stream().map(SectionForm::getKey).toList();
    }
}
