package cn.scgov.bulletin.directory;

import cn.scgov.bulletin.directory.internal.DepartmentRepository;
import cn.scgov.bulletin.directory.internal.UserRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.scgov.bulletin.shared.InvalidInputException;

import org.springframework.stereotype.Service;

/** Read access to departments and users for every other module. */
@Service
public class Directory {

    private final DepartmentRepository departments;
    private final UserRepository users;

    Directory(DepartmentRepository departments, UserRepository users) {
        this.departments = departments;
        this.users = users;
    }

    public List<Department> departments() {
        return departments.findAll();
    }

    public List<Department> activeDepartments() {
        return departments.findAll().stream().filter(Department::active).toList();
    }

    public Optional<Department> department(String code) {
        return code == null ? Optional.empty() : departments.find(code);
    }

    /** The department, or a 400 naming the field when the code is unknown. */
    public Department requireDepartment(String field, String code) {
        return department(code).orElseThrow(() -> InvalidInputException.field(field, "部门不存在：" + code));
    }

    public Map<String, String> departmentNames() {
        return departments.findAll().stream().collect(Collectors.toMap(Department::code, Department::name));
    }

    public Map<String, Department> departmentsByCode() {
        return departments.findAll().stream().collect(Collectors.toMap(Department::code, Function.identity()));
    }

    public Optional<UserAccount> user(String username) {
        return username == null ? Optional.empty() : users.find(username);
    }

    /** The caller as services see them, when the account exists and is enabled. */
    public Optional<CurrentUser> currentUser(String username) {
        return user(username).filter(UserAccount::enabled).map(this::currentUser);
    }

    /** The caller as services see them, from an account already read (enabled or not). */
    public CurrentUser currentUser(UserAccount account) {
        return new CurrentUser(account.username(), account.displayName(), account.departmentCode(),
                department(account.departmentCode()).map(Department::name).orElse(null), account.roles());
    }

    /** Enabled users with any of the roles in any of the departments; null departments = anywhere. */
    public List<String> usernamesWith(Collection<Role> roles, Collection<String> departmentCodes) {
        return users.usernamesWith(roles, departmentCodes);
    }

    public Map<String, String> displayNames(Collection<String> usernames) {
        return users.displayNames(usernames);
    }
}
