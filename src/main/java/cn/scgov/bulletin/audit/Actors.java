package cn.scgov.bulletin.audit;

import cn.scgov.bulletin.directory.Directory;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * Who an actor is, as the process log names them. Busy users act many times a minute, so it is cached;
 * the directory drops every node's copy when an account is created or its profile changes.
 */
@Component
public class Actors {

    private final Directory directory;

    Actors(Directory directory) {
        this.directory = directory;
    }

    /** An actor's name and department; null for a username no account has. */
    public record Actor(String name, String department) {
    }

    @Cacheable(cacheNames = "accounts", sync = true)
    public Actor actor(String username) {
        return directory.user(username).map(account -> new Actor(account.displayName(), account.departmentCode()))
                .orElse(null);
    }
}
