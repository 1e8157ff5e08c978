package cn.scgov.bulletin.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.shared.ClientAddress;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 429 for a client address that failed to log in too often (login form and HTTP Basic) or that sends
 * the API more requests a minute than allowed. Runs before any authentication.
 */
class ThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle logins;
    private final ApiRateLimit api;

    ThrottleFilter(LoginThrottle logins, ApiRateLimit api) {
        this.logins = logins;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = ClientAddress.of(request);
        if (loginAttempt(request) && logins.blocked(address)) {
            response.setHeader("Retry-After", String.valueOf(logins.blockDuration().toSeconds()));
            String detail = "该地址登录失败次数过多，请 " + logins.blockDuration().toMinutes() + " 分钟后再试";
            if (Problems.isApi(request) || request.getHeader("Authorization") != null) {
                Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁", detail);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?throttled");
            }
            return;
        }
        if (Problems.isApi(request) && !api.allow(address)) {
            response.setHeader("Retry-After", "60");
            Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁",
                    "接口请求过于频繁（每个地址每分钟不超过 " + api.perMinute() + " 次），请稍后再试");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean loginAttempt(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.equals("/login") || request.getHeader("Authorization") != null;
    }
}
