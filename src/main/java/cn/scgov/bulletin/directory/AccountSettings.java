package cn.scgov.bulletin.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules for accounts and passwords ({@code bulletin.security.*}, defaults in {@code application.yml});
 * the rules for clients and sessions are the security module's.
 *
 * @param maxFailedLogins this many wrong passwords in a row lock the account
 * @param lockoutDuration for this long
 * @param password        the password rules
 */
@ConfigurationProperties("bulletin.security")
public record AccountSettings(int maxFailedLogins, Duration lockoutDuration, Password password) {

    /**
     * Password rules ({@code bulletin.security.password.*}).
     *
     * @param minLength            at least this many characters (8 to 64)
     * @param minClasses           of upper case, lower case, digits, other characters (2 to 4)
     * @param history              none of the last this many passwords again
     * @param maxAge               then it must be changed (0: never expires)
     * @param warnBefore           the owner is warned this long before it expires
     * @param oneTimeValidity      how long a password issued by the administrators can be used
     * @param extraCommonPasswords a file with more passwords to refuse, one per line (empty: none)
     */
    public record Password(int minLength, int minClasses, int history, Duration maxAge, Duration warnBefore,
            Duration oneTimeValidity, String extraCommonPasswords) {
    }
}
