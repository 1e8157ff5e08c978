package cn.scgov.bulletin.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
public class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new AccountPasswordEncoder(new BCryptPasswordEncoder());
    }

    /**
     * BCrypt, plus the two-part one-time passwords two administrators issue together (see
     * {@link CredentialRequests}): stored as {@code {split}<hash of part 1>|<hash of part 2>}, matched only by
     * both parts typed one after the other. {@value #NONE} never matches (an account whose first password is not
     * issued yet).
     */
    public static final class AccountPasswordEncoder implements PasswordEncoder {

        static final String SPLIT = "{split}";
        public static final String NONE = "{none}";

        private final PasswordEncoder bcrypt;

        AccountPasswordEncoder(PasswordEncoder bcrypt) {
            this.bcrypt = bcrypt;
        }

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            if (raw == null || encoded == null || encoded.equals(NONE)) {
                return false;
            }
            if (!encoded.startsWith(SPLIT)) {
                return bcrypt.matches(raw, encoded);
            }
            String[] hashes = encoded.substring(SPLIT.length()).split("\\|", 2);
            int part = CredentialRequests.PART_LENGTH;
            if (hashes.length < 2 || raw.length() != 2 * part) {
                return false;
            }
            boolean first = bcrypt.matches(raw.subSequence(0, part), hashes[0]);
            boolean second = bcrypt.matches(raw.subSequence(part, 2 * part), hashes[1]);
            return first & second;
        }

        public static String split(String firstHash, String secondHash) {
            return SPLIT + firstHash + "|" + secondHash;
        }
    }
}
