package cn.scgov.bulletin.directory;

import cn.scgov.bulletin.shared.InvalidInputException;

/** Passwords of at least 8 characters mixing letters and digits, as government systems require. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw InvalidInputException.field(field, "密码长度须为 " + MIN_LENGTH + " 到 " + MAX_LENGTH + " 位");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw InvalidInputException.field(field, "密码须同时包含字母和数字");
        }
    }
}
