package cn.scgov.bulletin.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.shared.DatabaseOutage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached, every request gets a 503 with a Chinese message (problem JSON for
 * the API, a page otherwise) and a Retry-After header, within the pool's connection timeout — also when
 * the failure happens before any controller, in reading the session or the account. Runs before the
 * session filter. Controllers' own outages are answered the same way by the exception handlers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final MessageSource messages;

    DatabaseOutageFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable, answered 503: {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.toString());
            // reset(), not resetBuffer(): a handler may have opened the output stream already (the answer it was
            // writing when the session could not be saved), and only reset() lets the writer be used again.
            response.reset();
            write(request, response, messages);
        }
    }

    /** Writes the 503 answer (also used by the page exception handler's callers through the API advice). */
    static void write(HttpServletRequest request, HttpServletResponse response, MessageSource messages) throws IOException {
        String message = messages.getMessage(DatabaseOutage.MESSAGE_KEY, null, DatabaseOutage.MESSAGE, Locale.SIMPLIFIED_CHINESE);
        String title = messages.getMessage("error.databaseUnavailableTitle", null, "暂时无法服务", Locale.SIMPLIFIED_CHINESE);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader("Accept");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || accept != null && accept.contains("json") && !accept.contains("text/html")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":503,\"detail\":\""
                    + message + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>"
                    + HtmlUtils.htmlEscape(title) + " · 政务窗口简报系统</title><link rel=\"stylesheet\" href=\""
                    + request.getContextPath() + "/css/app.css\"></head><body><main class=\"page\" id=\"main\">"
                    + "<div class=\"card\"><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p class=\"alert error\" role=\"alert\">"
                    + HtmlUtils.htmlEscape(message) + "</p><p><a class=\"button primary\" href=\"" + request.getContextPath()
                    + "/\">重新打开</a></p></div></main></body></html>");
        }
        response.flushBuffer();
    }
}
