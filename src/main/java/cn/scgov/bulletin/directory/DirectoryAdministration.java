package cn.scgov.bulletin.directory;

import cn.scgov.bulletin.directory.internal.DepartmentRepository;
import cn.scgov.bulletin.directory.internal.UserRepository;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the directory. The system administrator keeps departments and accounts; the security
 * administrator grants roles and locks or unlocks accounts. Neither can do the other's part, and no
 * one changes their own roles.
 */
@Service
public class DirectoryAdministration {

    private final DepartmentRepository departments;
    private final UserRepository users;
    private final CredentialRequests credentials;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    DirectoryAdministration(DepartmentRepository departments, UserRepository users, CredentialRequests credentials,
            TimeSource time, ApplicationEventPublisher events) {
        this.departments = departments;
        this.users = users;
        this.credentials = credentials;
        this.time = time;
        this.events = events;
    }

    public record DepartmentDraft(String code, String name, DepartmentKind kind, Integer position, Boolean active,
            Integer version) {
    }

    /** A new account; {@code email} (optional) is where notices are e-mailed. */
    public record NewUser(String username, String displayName, String departmentCode, String email) {

        public NewUser(String username, String displayName, String departmentCode) {
            this(username, displayName, departmentCode, null);
        }
    }

    /** A new account and the first part of its one-time password (shown once to the system administrator). */
    public record CreatedUser(UserAccount account, CredentialRequests.IssuedPart firstPart) {
    }

    /** The profile the system administrator keeps; a null {@code email} removes the address. */
    public record UserProfile(String displayName, String departmentCode, boolean enabled, int version, String email) {

        public UserProfile(String displayName, String departmentCode, boolean enabled, int version) {
            this(displayName, departmentCode, enabled, version, null);
        }
    }

    @Transactional
    @RetryOnCollision
    public Department createDepartment(CurrentUser actor, DepartmentDraft draft) {
        require(actor, Role.SYSADMIN);
        if (departments.find(draft.code()).isPresent()) {
            throw new ConflictException("部门编码已存在：" + draft.code());
        }
        if (departments.nameTaken(draft.name(), null)) {
            throw new ConflictException("部门名称已存在：" + draft.name());
        }
        int position = draft.position() == null ? departments.nextPosition() : draft.position();
        Department department = new Department(draft.code(), draft.name(), draft.kind(), position,
                draft.active() == null || draft.active(), 0);
        departments.insert(department);
        events.publishEvent(ProcessLogged.of(DirectoryAction.DEPARTMENT_CREATED, actor.username(),
                draft.code() + " " + draft.name()));
        return department;
    }

    @Transactional
    @RetryOnCollision
    public Department updateDepartment(CurrentUser actor, String code, DepartmentDraft draft) {
        require(actor, Role.SYSADMIN);
        Department current = departments.find(code).orElseThrow(() -> new NotFoundException("部门不存在：" + code));
        if (draft.version() == null) {
            throw InvalidInputException.field("version", "缺少版本号");
        }
        if (departments.nameTaken(draft.name(), code)) {
            throw new ConflictException("部门名称已存在：" + draft.name());
        }
        Department changed = new Department(code, draft.name(), draft.kind(),
                draft.position() == null ? current.position() : draft.position(),
                draft.active() == null ? current.active() : draft.active(), draft.version());
        if (!departments.update(changed)) {
            throw new ConflictException("部门信息已被他人修改，请刷新后重试");
        }
        events.publishEvent(ProcessLogged.of(DirectoryAction.DEPARTMENT_UPDATED, actor.username(), code + " " + draft.name()));
        return departments.find(code).orElseThrow();
    }

    public List<UserAccount> users(CurrentUser actor) {
        require(actor, Role.SYSADMIN, Role.SECADMIN);
        return users.findAll();
    }

    public UserAccount user(CurrentUser actor, String username) {
        require(actor, Role.SYSADMIN, Role.SECADMIN);
        return users.find(username).orElseThrow(() -> new NotFoundException("用户不存在：" + username));
    }

    /**
     * The system administrator creates an account without a usable password: its first password is a
     * one-time password the security administrator must confirm (see {@link CredentialRequests}).
     */
    @Transactional
    @RetryOnCollision
    public CreatedUser createUser(CurrentUser actor, NewUser user) {
        require(actor, Role.SYSADMIN);
        String email = EmailAddress.check(user.email());
        if (users.find(user.username()).isPresent()) {
            throw new ConflictException("用户名已存在：" + user.username());
        }
        checkDepartment(user.departmentCode());
        users.insert(user.username(), user.displayName(), user.departmentCode(),
                PasswordConfiguration.AccountPasswordEncoder.NONE, true, time.now());
        if (email != null) {
            users.updateEmail(user.username(), email);
        }
        events.publishEvent(ProcessLogged.of(DirectoryAction.USER_CREATED, actor.username(), user.username()));
        CredentialRequests.IssuedPart part = credentials.request(actor, user.username(), CredentialRequests.Kind.NEW_ACCOUNT);
        return new CreatedUser(users.find(user.username()).orElseThrow(), part);
    }

    @Transactional
    @RetryOnCollision
    public UserAccount updateUser(CurrentUser actor, String username, UserProfile profile) {
        require(actor, Role.SYSADMIN);
        String email = EmailAddress.check(profile.email());
        UserAccount current = users.find(username).orElseThrow(() -> new NotFoundException("用户不存在：" + username));
        checkDepartment(profile.departmentCode());
        checkRoleAssignment(current.roles(), profile.departmentCode());
        if (actor.username().equals(username) && !profile.enabled()) {
            throw new ForbiddenException("不能停用自己的账户");
        }
        if (!users.updateProfile(username, profile.displayName(), profile.departmentCode(), profile.enabled(),
                profile.version())) {
            throw new ConflictException("用户信息已被他人修改，请刷新后重试");
        }
        users.updateEmail(username, email);
        if (current.enabled() && !profile.enabled()) {
            events.publishEvent(new AccountSecurityChanged(username, "账户已停用", false));
        }
        events.publishEvent(ProcessLogged.of(DirectoryAction.USER_UPDATED, actor.username(), username
                + (profile.enabled() ? "" : "（停用）")));
        return users.find(username).orElseThrow();
    }

    /**
     * The system administrator asks for a password reset: the account keeps its password until the
     * security administrator confirms; the first part of the one-time password is returned.
     */
    public CredentialRequests.IssuedPart resetPassword(CurrentUser actor, String username) {
        return credentials.request(actor, username, CredentialRequests.Kind.RESET);
    }

    @Transactional
    @RetryOnCollision
    public UserAccount assignRoles(CurrentUser actor, String username, Set<Role> roles, int version) {
        require(actor, Role.SECADMIN);
        if (actor.username().equals(username)) {
            throw new ForbiddenException("不能调整自己的角色");
        }
        UserAccount current = users.find(username).orElseThrow(() -> new NotFoundException("用户不存在：" + username));
        Set<Role> wanted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        checkRoleAssignment(wanted, current.departmentCode());
        if (!users.replaceRoles(username, wanted, version)) {
            throw new ConflictException("用户信息已被他人修改，请刷新后重试");
        }
        events.publishEvent(ProcessLogged.of(DirectoryAction.ROLES_CHANGED, actor.username(),
                username + "：" + current.roles() + " → " + wanted));
        return users.find(username).orElseThrow();
    }

    @Transactional
    @RetryOnCollision
    public UserAccount unlock(CurrentUser actor, String username) {
        require(actor, Role.SECADMIN);
        if (!users.unlock(username)) {
            throw new NotFoundException("用户不存在：" + username);
        }
        events.publishEvent(ProcessLogged.of(DirectoryAction.ACCOUNT_UNLOCKED, actor.username(), username));
        return users.find(username).orElseThrow();
    }

    @Transactional
    @RetryOnCollision
    public UserAccount lock(CurrentUser actor, String username) {
        require(actor, Role.SECADMIN);
        if (actor.username().equals(username)) {
            throw new ForbiddenException("不能锁定自己的账户");
        }
        if (!users.lock(username, time.now().plus(java.time.Duration.ofDays(36500)), actor.username())) {
            throw new NotFoundException("用户不存在：" + username);
        }
        events.publishEvent(ProcessLogged.of(DirectoryAction.ACCOUNT_LOCKED, actor.username(), username + "（安全管理员锁定）"));
        events.publishEvent(new AccountSecurityChanged(username, "账户已被安全管理员锁定", false));
        return users.find(username).orElseThrow();
    }

    /** 三员分立: at most one administrative role, never with a business role; department-bound roles need one. */
    static void checkRoleAssignment(Set<Role> roles, String departmentCode) {
        long administrative = roles.stream().filter(Role::administrative).count();
        if (administrative > 1) {
            throw InvalidInputException.field("roles", "系统管理员、安全管理员、安全审计员须由不同人员担任");
        }
        if (administrative == 1 && roles.size() > 1) {
            throw InvalidInputException.field("roles", "管理员角色不能兼任业务角色");
        }
        for (Role role : roles) {
            if (role.departmentBound() && departmentCode == null) {
                throw InvalidInputException.field("roles", role.label() + "须隶属于一个部门");
            }
        }
    }

    private void checkDepartment(String code) {
        if (code != null && departments.find(code).isEmpty()) {
            throw InvalidInputException.field("departmentCode", "部门不存在：" + code);
        }
    }

    private static void require(CurrentUser actor, Role... roles) {
        if (!actor.hasAny(roles)) {
            throw new ForbiddenException("仅" + roles[0].label() + "可执行此操作");
        }
    }
}
