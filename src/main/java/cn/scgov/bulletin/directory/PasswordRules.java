package cn.scgov.bulletin.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import cn.scgov.bulletin.shared.InvalidInputException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of 等保 level 3, configurable under {@code bulletin.security.password}: a minimum
 * length and a number of character classes (upper case, lower case, digits, other), never the account
 * name, never a common password, none of the last {@code history} passwords, and a password expires
 * after {@code max-age} with a warning {@code warn-before} that.
 */
@Component
public class PasswordRules {

    static final int MAX_LENGTH = 64;

    private final int minLength;
    private final int minClasses;
    private final int history;
    private final Duration maxAge;
    private final Duration warnBefore;
    private final Duration oneTimeValidity;
    private final Set<String> common;

    public PasswordRules(AccountSettings account) {
        AccountSettings.Password settings = account.password();
        int minLength = settings.minLength();
        int minClasses = settings.minClasses();
        int history = settings.history();
        Duration maxAge = settings.maxAge();
        Duration warnBefore = settings.warnBefore();
        Duration oneTimeValidity = settings.oneTimeValidity();
        String extraCommonPasswords = settings.extraCommonPasswords();
        if (minLength < 8 || minLength > MAX_LENGTH) {
            throw new IllegalArgumentException("bulletin.security.password.min-length must be between 8 and " + MAX_LENGTH);
        }
        if (minClasses < 2 || minClasses > 4) {
            throw new IllegalArgumentException("bulletin.security.password.min-classes must be between 2 and 4");
        }
        this.minLength = minLength;
        this.minClasses = minClasses;
        this.history = Math.max(0, Math.min(history, 24));
        this.maxAge = maxAge;
        this.warnBefore = warnBefore;
        this.oneTimeValidity = oneTimeValidity;
        this.common = commonPasswords(extraCommonPasswords);
    }

    /** The rules in a sentence, for forms. */
    public String description() {
        return "密码须为 " + minLength + " 到 " + MAX_LENGTH + " 位，至少包含大写字母、小写字母、数字、其他符号中的 " + minClasses
                + " 类，不能包含用户名、不能是常见密码，不能与最近 " + history + " 次使用过的密码相同";
    }

    /** Refuses (400 on {@code field}) a password that breaks a rule that needs no history. */
    public void check(String field, String username, String password) {
        if (password == null || password.length() < minLength || password.length() > MAX_LENGTH) {
            throw InvalidInputException.field(field, "密码长度须为 " + minLength + " 到 " + MAX_LENGTH + " 位");
        }
        if (classes(password) < minClasses) {
            throw InvalidInputException.field(field,
                    "密码须至少包含大写字母、小写字母、数字、其他符号中的 " + minClasses + " 类");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3) {
            String name = username.toLowerCase(Locale.ROOT);
            if (lower.contains(name) || lower.contains(new StringBuilder(name).reverse())) {
                throw InvalidInputException.field(field, "密码不能包含用户名");
            }
        }
        if (isCommon(lower)) {
            throw InvalidInputException.field(field, "密码过于常见，容易被猜中，请换一个");
        }
        if (repeats(password, 4)) {
            throw InvalidInputException.field(field, "密码不能有 4 个或更多连续相同的字符");
        }
    }

    public int history() {
        return history;
    }

    public Duration maxAge() {
        return maxAge;
    }

    public Duration warnBefore() {
        return warnBefore;
    }

    public Duration oneTimeValidity() {
        return oneTimeValidity;
    }

    boolean expires() {
        return !maxAge.isZero() && !maxAge.isNegative();
    }

    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** Common as it is, with the usual letter substitutions undone, or once digits and symbols at its ends are removed. */
    private boolean isCommon(String lower) {
        return Stream.of(lower, unsubstituted(lower), core(lower), unsubstituted(core(lower)), core(unsubstituted(lower)))
                .anyMatch(common::contains);
    }

    private static String unsubstituted(String lower) {
        return lower.replace('@', 'a').replace('4', 'a').replace('0', 'o').replace('1', 'l').replace('!', 'i')
                .replace('3', 'e').replace('$', 's').replace('5', 's').replace('7', 't');
    }

    private static String core(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && !Character.isLetter(value.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean repeats(String password, int run) {
        int count = 1;
        for (int i = 1; i < password.length(); i++) {
            count = password.charAt(i) == password.charAt(i - 1) ? count + 1 : 1;
            if (count >= run) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> commonPasswords(String extraFile) {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("directory/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            add(in.lines(), words);
            if (extraFile != null && !extraFile.isBlank()) {
                try (Stream<String> lines = Files.lines(Path.of(extraFile.strip()), StandardCharsets.UTF_8)) {
                    add(lines, words);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords", e);
        }
        return Set.copyOf(words);
    }

    private static void add(Stream<String> lines, Set<String> words) {
        lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
    }
}
