package cn.scgov.bulletin.bulletin;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Figures as given by callers (JSON numbers, form fields, Java numbers) turned into exact decimals. */
public final class Figures {

    private Figures() {
    }

    /** The exact decimal of a number; null stays null. Floating-point numbers are taken as their shortest decimal. */
    public static BigDecimal decimal(Number number) {
        if (number == null) {
            return null;
        }
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        return new BigDecimal(number.toString());
    }

    /**
     * A figure as typed in a form: digits with an optional decimal point; thousands separators (, ，)
     * and surrounding spaces are ignored, full-width digits and points are read as ASCII. Blank is
     * null; anything else unreadable throws {@link NumberFormatException}.
     */
    public static BigDecimal parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        StringBuilder ascii = new StringBuilder();
        for (char c : typed.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                ascii.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。') {
                ascii.append('.');
            } else if (c == '－') {
                ascii.append('-');
            } else if (c != ',' && c != '，' && c != ' ') {
                ascii.append(c);
            }
        }
        String text = ascii.toString();
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException(typed);
        }
        return new BigDecimal(text);
    }
}
