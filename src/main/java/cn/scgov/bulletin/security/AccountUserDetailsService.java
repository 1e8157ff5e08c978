package cn.scgov.bulletin.security;

import java.time.Instant;
import java.util.List;

import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.UserAccount;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Directory directory;
    private final Credentials credentials;
    private final TimeSource time;

    AccountUserDetailsService(Directory directory, Credentials credentials, TimeSource time) {
        this.directory = directory;
        this.credentials = credentials;
        this.time = time;
    }

    /** The account with the hash a login is checked against (a used or expired one-time password never matches). */
    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = directory.user(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        String hash = credentials.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        Instant now = time.now();
        List<SimpleGrantedAuthority> authorities = account.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        return User.withUsername(account.username()).password(hash).authorities(authorities)
                .disabled(!account.enabled()).accountLocked(account.lockedAt(now)).build();
    }
}
