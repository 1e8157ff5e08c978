package cn.scgov.bulletin.directory;

import cn.scgov.bulletin.directory.internal.UserRepository;
import java.util.EnumSet;
import java.util.Map;

import cn.scgov.bulletin.shared.RetryingTransactionTemplate;
import cn.scgov.bulletin.shared.TimeSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Production starts with no accounts. The three administrators are created on start from
 * passwords given by the operator (BULLETIN_BOOTSTRAP_SYSADMIN_PASSWORD, …_SECADMIN_…, …_AUDITOR_…),
 * each only if that account does not exist yet, and must change the password at first login.
 */
@Component
@Order(15)
class BootstrapAdministrators implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrators.class);
    private static final Map<String, Role> ACCOUNTS = Map.of("sysadmin", Role.SYSADMIN, "secadmin", Role.SECADMIN,
            "auditor", Role.AUDITOR);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final RetryingTransactionTemplate transactions;
    private final TimeSource time;
    private final Environment environment;
    private final PasswordRules rules;

    BootstrapAdministrators(UserRepository users, PasswordEncoder encoder, RetryingTransactionTemplate transactions,
            TimeSource time, Environment environment, PasswordRules rules) {
        this.rules = rules;
        this.users = users;
        this.encoder = encoder;
        this.transactions = transactions;
        this.time = time;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        ACCOUNTS.forEach((username, role) -> {
            String password = environment.getProperty("bulletin.bootstrap." + username + "-password");
            if (password == null || password.isBlank()) {
                return;
            }
            rules.check("bulletin.bootstrap." + username + "-password", username, password);
            try {
                create(username, role, password);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // Nodes started together on an empty database: another node created it first.
                log.info("Bootstrap account {} created by another node at the same moment", username);
            }
        });
    }

    private void create(String username, Role role, String password) {
        transactions.run(() -> {
            if (users.find(username).isPresent()) {
                return;
            }
            users.insert(username, role.label(), null, encoder.encode(password), true, time.now());
            users.replaceRoles(username, EnumSet.of(role), 0);
            log.info("Created bootstrap account {} ({})", username, role.label());
        });
    }
}
