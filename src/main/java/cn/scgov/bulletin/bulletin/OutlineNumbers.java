package cn.scgov.bulletin.bulletin;

import java.util.ArrayList;
import java.util.List;

import cn.scgov.bulletin.bulletin.BulletinForm.SectionForm;

/**
 * The heading number each section of the edited outline will carry (一、（一）1.（1）…), so the
 * administrator sees the outline as the issue will print it.
 */
final class OutlineNumbers {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private OutlineNumbers() {
    }

    static List<String> of(BulletinForm form) {
        List<String> numbers = new ArrayList<>();
        int[] counters = new int[64];
        for (SectionForm section : form.getSections()) {
            int level = Math.min(section.level(), counters.length - 1);
            counters[level]++;
            for (int deeper = level + 1; deeper < counters.length; deeper++) {
                counters[deeper] = 0;
            }
            String style = level < form.getHeadingStyles().size() ? form.getHeadingStyles().get(level) : null;
            numbers.add(style == null ? "" : style.replace("{cn}", numeral(counters[level]))
                    .replace("{n}", String.valueOf(counters[level])));
        }
        return numbers;
    }

    /** Chinese numerals as outlines need them (up to 99 sections on a level). */
    static String numeral(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        if (n < 100) {
            return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        return String.valueOf(n);
    }
}
