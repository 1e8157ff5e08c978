package cn.scgov.bulletin.directory;

import java.util.regex.Pattern;

import cn.scgov.bulletin.shared.InvalidInputException;

/**
 * An account's e-mail address, where notices are sent: one mailbox (local part @ a domain with at
 * least one dot), at most 254 characters, no spaces or list separators. Blank means none.
 */
final class EmailAddress {

    static final int MAX_LENGTH = 254;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@,;<>()\\[\\]\"]{1,64}@[^\\s@,;<>()\\[\\]\"]+\\.[^\\s@,;<>()\\[\\]\".]{2,}");

    private EmailAddress() {
    }

    /** The address stripped, or null for blank; a 400 naming the field {@code email} when it is not one. */
    static String check(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.strip();
        if (address.length() > MAX_LENGTH) {
            throw InvalidInputException.field("email", "电子邮箱不超过 " + MAX_LENGTH + " 个字符");
        }
        if (!ADDRESS.matcher(address).matches() || address.contains("..")) {
            throw InvalidInputException.field("email", "电子邮箱格式不正确：" + address);
        }
        return address;
    }
}
