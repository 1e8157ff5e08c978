package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.participants.DraftForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The draft form's buttons: items move within their section only, and odd input changes nothing. */
class DraftFormTests {

    private static final List<Long> SECTIONS = List.of(10L, 20L);

    @Test
    void itemsMoveWithinTheirSectionAndFocusFollowsThem() {
        DraftForm form = form(10L, "甲", 10L, "乙", 20L, "丙");
        assertThat(form.apply("up:1", SECTIONS).focus()).isEqualTo("down-0");
        assertThat(texts(form)).containsExactly("乙", "甲", "丙");
        assertThat(form.apply("down:1", SECTIONS).applied()).as("last of its section").isFalse();
        assertThat(form.apply("up:2", SECTIONS).applied()).as("first of its section").isFalse();
        assertThat(form.apply("down:0", SECTIONS).focus()).isEqualTo("up-1");
        assertThat(texts(form)).containsExactly("甲", "乙", "丙");
    }

    @Test
    void addingPutsAnEmptyBoxAtTheEndOfItsSectionAndRemovingTakesOneOut() {
        DraftForm form = form(20L, "丙", 10L, "甲");
        assertThat(texts(form)).as("grouped by section").containsExactly("甲", "丙");
        assertThat(form.apply("add:10", SECTIONS).focus()).isEqualTo("text-1");
        assertThat(texts(form)).containsExactly("甲", "", "丙");
        assertThat(form.posted()).extracting(p -> p.formIndex()).containsExactly(0, 2);
        assertThat(form.apply("remove:0", SECTIONS).focus()).isEqualTo("add-10");
        assertThat(texts(form)).containsExactly("", "丙");
    }

    @Test
    void unknownSectionsAndOddButtonsChangeNothing() {
        DraftForm form = form(10L, "甲", 99L, "别的部门的栏目");
        for (String op : List.of("add:99", "up:7", "down:-1", "remove:x", "save", "drop:0")) {
            assertThat(form.apply(op, SECTIONS).applied()).as(op).isFalse();
        }
        assertThat(texts(form)).containsExactly("甲");
    }

    private static DraftForm form(Object... sectionsAndTexts) {
        DraftForm form = new DraftForm();
        List<DraftForm.Item> items = new ArrayList<>();
        for (int i = 0; i < sectionsAndTexts.length; i += 2) {
            DraftForm.Item item = new DraftForm.Item();
            item.setSectionId((Long) sectionsAndTexts[i]);
            item.setText((String) sectionsAndTexts[i + 1]);
            items.add(item);
        }
        form.setItems(items);
        return form;
    }

    private static List<String> texts(DraftForm form) {
        form.normalise(SECTIONS);
        return form.getItems().stream().map(DraftForm.Item::getText).toList();
    }
}
