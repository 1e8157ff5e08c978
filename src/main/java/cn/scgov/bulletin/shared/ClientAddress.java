package cn.scgov.bulletin.shared;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client behind the current request. Behind a reverse proxy this is the address the
 * proxy forwarded, but only when the request came from a configured proxy
 * ({@code server.tomcat.remoteip.internal-proxies}, see README): Tomcat's RemoteIpValve puts it in
 * {@code getRemoteAddr()} and ignores {@code X-Forwarded-For} from anyone else.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The current request's client address, if this thread serves a request. */
    public static Optional<String> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(of(attributes.getRequest()));
        }
        return Optional.empty();
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null || address.length() <= 64 ? address : address.substring(0, 64);
    }
}
