package cn.scgov.bulletin.support;

import java.util.Set;

import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.Role;

/**
 * Accounts made the way the administrators make them (三员分立): the system administrator creates the
 * account and gets part one of its one-time password, the security administrator grants the roles and
 * confirms (part two), and the owner replaces the one-time password with their own.
 */
public final class Accounts {

    private final DirectoryAdministration administration;
    private final CredentialRequests requests;
    private final Credentials credentials;
    private final Directory directory;

    public Accounts(DirectoryAdministration administration, CredentialRequests requests, Credentials credentials,
            Directory directory) {
        this.administration = administration;
        this.requests = requests;
        this.credentials = credentials;
        this.directory = directory;
    }

    /** A new account with the roles, whose owner has chosen {@code password}. */
    public void create(String username, String displayName, String department, Set<Role> roles, String password) {
        String oneTime = createWithOneTimePassword(username, displayName, department, roles);
        credentials.changePassword(directory.currentUser(username).orElseThrow(), oneTime, password);
    }

    /** A new account with the roles, still holding its one-time password (returned: both parts). */
    public String createWithOneTimePassword(String username, String displayName, String department, Set<Role> roles) {
        DirectoryAdministration.CreatedUser created = administration.createUser(admin("sysadmin"),
                new DirectoryAdministration.NewUser(username, displayName, department));
        if (!roles.isEmpty()) {
            administration.assignRoles(admin("secadmin"), username, roles, created.account().version());
        }
        return created.firstPart().part() + requests.confirm(admin("secadmin"), username).part();
    }

    private CurrentUser admin(String username) {
        return directory.currentUser(username).orElseThrow();
    }
}
