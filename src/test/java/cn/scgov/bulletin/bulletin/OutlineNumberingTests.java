package cn.scgov.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import cn.scgov.bulletin.bulletin.OutlineNumbering.Section;

import org.junit.jupiter.api.Test;

/** The one numbering: sections that print nothing are skipped, items and subsections may share a sequence. */
class OutlineNumberingTests {

    private static final List<String> STYLES = List.of("{cn}、", "（{cn}）", "{n}.", "（{n}）");

    @Test
    void anEmptySiblingIsLeftOutAndTheNextTakesItsNumber() {
        OutlineNumbering.Numbers numbers = OutlineNumbering.number(STYLES, List.of(
                section(1, null, true, "甲"),
                section(2, 1L, true),
                section(3, 1L, true, "乙", "丙"),
                section(4, null, true),
                section(5, null, true, "丁")));
        assertThat(numbers.heading(1)).isEqualTo("一、");
        assertThat(numbers.heading(2)).as("nothing to print").isNull();
        assertThat(numbers.heading(3)).as("the empty sibling before it does not count").isEqualTo("（二）");
        assertThat(numbers.items(1)).containsExactly("（一）");
        assertThat(numbers.items(3)).containsExactly("1.", "2.");
        assertThat(numbers.heading(4)).isNull();
        assertThat(numbers.heading(5)).isEqualTo("二、");
    }

    @Test
    void excludedAndBlankItemsAreNotNumberedAndAnOwnItemStyleStartsItsOwnSequence() {
        OutlineNumbering.Numbers numbers = OutlineNumbering.number(STYLES, List.of(
                new Section(1, null, "{n}.", true, false, Arrays.asList("甲", null, " \u0007 ", "乙"), 0),
                new Section(2, 1L, null, false, true, List.of(), 0),
                new Section(3, null, null, false, false, List.of(), 2)));
        assertThat(numbers.items(1)).containsExactly("1.", null, null, "2.");
        assertThat(numbers.heading(2)).as("subsections restart when items use their own style").isEqualTo("（一）");
        assertThat(numbers.heading(3)).isEqualTo("二、");
        assertThat(numbers.checklist(3)).containsExactly("（一）", "（二）");
        assertThat(numbers.depth(2)).isEqualTo(2);
    }

    @Test
    void deeperThanTheStylesTheDeepestRepeats() {
        OutlineNumbering.Numbers numbers = OutlineNumbering.number(List.of("{cn}、", "（{cn}）"), List.of(
                section(1, null, false), section(2, 1L, false), section(3, 2L, true, "甲")));
        assertThat(numbers.heading(3)).isEqualTo("（一）");
        assertThat(numbers.items(3)).containsExactly("（一）");
        assertThat(OutlineNumbering.chineseNumeral(105)).isEqualTo("一百零五");
    }

    private static Section section(long id, Long parent, boolean numberItems, String... items) {
        return new Section(id, parent, null, numberItems, false, List.of(items), 0);
    }
}
