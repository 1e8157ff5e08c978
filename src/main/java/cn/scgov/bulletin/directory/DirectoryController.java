package cn.scgov.bulletin.directory;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class DirectoryController {

    private final Directory directory;
    private final DirectoryAdministration administration;
    private final Credentials credentials;
    private final CredentialRequests credentialRequests;

    DirectoryController(Directory directory, DirectoryAdministration administration, Credentials credentials,
            CredentialRequests credentialRequests) {
        this.directory = directory;
        this.administration = administration;
        this.credentials = credentials;
        this.credentialRequests = credentialRequests;
    }

    public record DepartmentRequest(
            @NotBlank(message = "部门编码不能为空") @Pattern(regexp = "[a-z0-9-]{2,32}", message = "部门编码须为 2-32 位小写字母、数字或连字符") String code,
            @NotBlank(message = "部门名称不能为空") @Size(max = 100, message = "部门名称不超过 100 字") String name,
            @NotNull(message = "请选择部门类型") DepartmentKind kind,
            Integer position, Boolean active, Integer version) {

        public DirectoryAdministration.DepartmentDraft draft() {
            return new DirectoryAdministration.DepartmentDraft(code, name, kind, position, active, version);
        }
    }

    public record NewUserRequest(
            @NotBlank(message = "用户名不能为空") @Pattern(regexp = "[A-Za-z0-9._-]{2,64}", message = "用户名须为 2-64 位字母、数字、点、下划线或连字符") String username,
            @NotBlank(message = "姓名不能为空") @Size(max = 100, message = "姓名不超过 100 字") String displayName,
            String departmentCode,
            String email) {
    }

    public record UserProfileRequest(
            @NotBlank(message = "姓名不能为空") @Size(max = 100, message = "姓名不超过 100 字") String displayName,
            String departmentCode,
            @NotNull(message = "请说明是否启用") Boolean enabled,
            @NotNull(message = "缺少版本号") Integer version,
            String email) {
    }

    record RolesRequest(@NotNull(message = "请给出角色列表") Set<Role> roles, @NotNull(message = "缺少版本号") Integer version) {
    }

    record PasswordChangeRequest(@NotBlank(message = "请输入当前密码") @Size(max = 128, message = "密码过长") String currentPassword,
            @NotBlank(message = "请输入新密码") @Size(max = 128, message = "密码过长") String newPassword) {
    }

    record Me(String username, String displayName, String departmentCode, String departmentName, Set<Role> roles,
            List<String> candidateGroups, boolean mustChangePassword, java.time.Instant passwordExpiresAt) {
    }

    @GetMapping("/me")
    Me me(CurrentUser user) {
        Credentials.PasswordStatus password = directory.user(user.username()).map(credentials::status)
                .orElse(new Credentials.PasswordStatus(null, false, false, false));
        return new Me(user.username(), user.displayName(), user.departmentCode(), user.departmentName(), user.roles(),
                user.candidateGroups(), password.mustChange(), password.expiresAt());
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(CurrentUser user, @Valid @RequestBody PasswordChangeRequest request) {
        credentials.changePassword(user, request.currentPassword(), request.newPassword());
    }

    @GetMapping("/departments")
    List<Department> departments(CurrentUser user) {
        return directory.departments();
    }

    @PostMapping("/departments")
    @ResponseStatus(HttpStatus.CREATED)
    Department createDepartment(CurrentUser user, @Valid @RequestBody DepartmentRequest request) {
        return administration.createDepartment(user, request.draft());
    }

    @PutMapping("/departments/{code}")
    Department updateDepartment(CurrentUser user, @PathVariable String code, @Valid @RequestBody DepartmentRequest request) {
        return administration.updateDepartment(user, code, request.draft());
    }

    @GetMapping("/users")
    List<UserAccount> users(CurrentUser user) {
        return administration.users(user);
    }

    @GetMapping("/users/{username}")
    UserAccount user(CurrentUser user, @PathVariable String username) {
        return administration.user(user, username);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    DirectoryAdministration.CreatedUser createUser(CurrentUser user, @Valid @RequestBody NewUserRequest request) {
        return administration.createUser(user, new DirectoryAdministration.NewUser(request.username(),
                request.displayName(), blankToNull(request.departmentCode()), request.email()));
    }

    @PutMapping("/users/{username}")
    UserAccount updateUser(CurrentUser user, @PathVariable String username, @Valid @RequestBody UserProfileRequest request) {
        return administration.updateUser(user, username, new DirectoryAdministration.UserProfile(request.displayName(),
                blankToNull(request.departmentCode()), request.enabled(), request.version(), request.email()));
    }

    /** The system administrator asks for a reset: 202 with the first part of the one-time password. */
    @PostMapping("/users/{username}/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CredentialRequests.IssuedPart resetPassword(CurrentUser user, @PathVariable String username) {
        return administration.resetPassword(user, username);
    }

    @GetMapping("/users/{username}/password-reset")
    CredentialRequests.Pending pendingReset(CurrentUser user, @PathVariable String username) {
        return credentialRequests.pending(user, username)
                .orElseThrow(() -> new cn.scgov.bulletin.shared.NotFoundException("该账户没有待确认的密码申请"));
    }

    /** The security administrator confirms: the one-time password takes effect; the answer is its second part. */
    @PostMapping("/users/{username}/password-reset/confirm")
    CredentialRequests.IssuedPart confirmReset(CurrentUser user, @PathVariable String username) {
        return credentialRequests.confirm(user, username);
    }

    @PostMapping("/users/{username}/password-reset/cancel")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancelReset(CurrentUser user, @PathVariable String username) {
        credentialRequests.cancel(user, username);
    }

    @GetMapping("/password-requests")
    List<CredentialRequests.Pending> pendingCredentialRequests(CurrentUser user) {
        return credentialRequests.pending(user);
    }

    @PutMapping("/users/{username}/roles")
    UserAccount assignRoles(CurrentUser user, @PathVariable String username, @Valid @RequestBody RolesRequest request) {
        return administration.assignRoles(user, username, request.roles(), request.version());
    }

    @PostMapping("/users/{username}/unlock")
    UserAccount unlock(CurrentUser user, @PathVariable String username) {
        return administration.unlock(user, username);
    }

    @PostMapping("/users/{username}/lock")
    UserAccount lock(CurrentUser user, @PathVariable String username) {
        return administration.lock(user, username);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
