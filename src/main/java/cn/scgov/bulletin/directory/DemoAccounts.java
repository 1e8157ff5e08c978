package cn.scgov.bulletin.directory;

import cn.scgov.bulletin.directory.internal.DepartmentRepository;
import cn.scgov.bulletin.directory.internal.UserRepository;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts, one per role plus a submitter for every department, all with the password
 * {@value #PASSWORD}. Only in the default (embedded) profile; the README lists them.
 */
@Component
@Profile("default")
@ConditionalOnProperty(name = "bulletin.demo-data", havingValue = "true")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserRepository users;
    private final DepartmentRepository departments;
    private final PasswordEncoder encoder;
    private final TimeSource time;

    DemoAccounts(UserRepository users, DepartmentRepository departments, PasswordEncoder encoder,
            TimeSource time) {
        this.users = users;
        this.departments = departments;
        this.encoder = encoder;
        this.time = time;
    }

    record Account(String username, String displayName, String department, Set<Role> roles) {
    }

    static List<Account> accounts(List<Department> departments) {
        List<Account> accounts = new ArrayList<>(List.of(
                new Account("editor", "李文静", "bgs", EnumSet.of(Role.EDITOR)),
                new Account("editor2", "赵敏", "bgs", EnumSet.of(Role.EDITOR)),
                new Account("reviewer", "张建国", "bgs", EnumSet.of(Role.REVIEWER)),
                new Account("leader", "陈志远", null, EnumSet.of(Role.LEADER)),
                new Account("leader2", "刘𠀀明", null, EnumSet.of(Role.LEADER)),
                new Account("recipient", "王𠀀", "gat", EnumSet.of(Role.RECIPIENT)),
                new Account("recipient2", "周丽", "ptfwc", EnumSet.of(Role.RECIPIENT)),
                new Account("sysadmin", "孙强", null, EnumSet.of(Role.SYSADMIN)),
                new Account("secadmin", "吴刚", null, EnumSet.of(Role.SECADMIN)),
                new Account("auditor", "郑芳", null, EnumSet.of(Role.AUDITOR)),
                new Account("gat2", "公安厅报送员（二）", "gat", EnumSet.of(Role.SUBMITTER))));
        for (Department department : departments) {
            accounts.add(new Account(department.code(), department.name() + "报送员", department.code(),
                    EnumSet.of(Role.SUBMITTER)));
        }
        return accounts;
    }

    @Override
    @Transactional
    @RetryOnCollision
    public void run(ApplicationArguments args) {
        String hash = encoder.encode(PASSWORD);
        int created = 0;
        for (Account account : accounts(departments.findAll())) {
            if (users.find(account.username()).isPresent()) {
                continue;
            }
            users.insert(account.username(), account.displayName(), account.department(), hash, false, time.now());
            users.replaceRoles(account.username(), account.roles(), 0);
            created++;
        }
        if (created > 0) {
            log.info("Created {} demo accounts (password {})", created, PASSWORD);
        }
    }
}
