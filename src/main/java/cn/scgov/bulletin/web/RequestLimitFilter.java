package cn.scgov.bulletin.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.shared.PayloadTooLargeException;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies within limits, refused with 413 and a Chinese message before anything reads them: a
 * form post above {@code server.tomcat.max-http-form-post-size}, a multipart post above
 * {@code spring.servlet.multipart.max-request-size}, any other body (JSON) above
 * {@code bulletin.web.max-request-body}. A body without a length is cut off at the limit while it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimitFilter extends OncePerRequestFilter {

    private final long formLimit;
    private final long multipartLimit;
    private final long bodyLimit;

    RequestLimitFilter(TomcatServerProperties tomcat, MultipartProperties multipart, WebSettings settings) {
        this.formLimit = tomcat.getMaxHttpFormPostSize().toBytes();
        this.multipartLimit = multipart.getMaxRequestSize().toBytes();
        this.bodyLimit = settings.maxRequestBody().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getContentType());
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(request, response, limit);
            return;
        }
        if (length < 0 && isBodyRequest(request)) {
            if (isForm(request.getContentType())) {
                // Tomcat parses forms itself; one without a length could not be measured beforehand.
                response.setStatus(HttpServletResponse.SC_LENGTH_REQUIRED);
                writeMessage(request, response, 411, "表单提交须注明长度（Content-Length）");
                return;
            }
            chain.doFilter(new Limited(request, limit), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private long limitFor(String contentType) {
        if (contentType == null) {
            return bodyLimit;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            return multipartLimit;
        }
        return isForm(type) ? formLimit : bodyLimit;
    }

    private static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static boolean isBodyRequest(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        writeMessage(request, response, 413, "提交的内容过大（上限 " + DataSize.ofBytes(limit).toMegabytes() + " MB），请删减后重试");
    }

    private static void writeMessage(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"请求内容过大\",\"status\":" + status
                    + ",\"detail\":\"" + message + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>出错了 · 政务窗口简报系统"
                    + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/app.css\"></head><body>"
                    + "<main class=\"page\" id=\"main\"><div class=\"card\"><h1>无法提交</h1><p class=\"alert error\" role=\"alert\">"
                    + message + "</p><p><a class=\"button primary\" href=\"" + request.getContextPath()
                    + "/\">回到首页</a></p></div></main></body></html>");
        }
    }

    /** A body read through a counter that stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(long n) throws PayloadTooLargeException {
                        read += n;
                        if (read > limit) {
                            throw new PayloadTooLargeException("请求内容超过 " + limit + " 字节");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
