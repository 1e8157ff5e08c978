package cn.scgov.bulletin.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors raised before any controller is chosen (unknown path, wrong method): a problem detail for
 * the API, the error page for browsers.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RoutingErrorHandler {

    private final PageModel pageModel;

    RoutingErrorHandler(PageModel pageModel) {
        this.pageModel = pageModel;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法：" + e.getMethod());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求内容须为 JSON（Content-Type: application/json）");
    }

    /** No controller and no static file (static files have their own paths, see {@link WebConfiguration}). */
    @ExceptionHandler({NoResourceFoundException.class, org.springframework.web.servlet.NoHandlerFoundException.class})
    Object notFound(Exception e, HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "地址不存在：" + cut(request.getRequestURI()));
    }

    private static String cut(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private Object respond(HttpServletRequest request, HttpStatus status, String detail) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(switch (status) {
                case METHOD_NOT_ALLOWED -> "不支持的请求方法";
                case UNSUPPORTED_MEDIA_TYPE -> "不支持的内容类型";
                case NOT_FOUND -> "未找到";
                default -> "请求无效";
            });
            request.setAttribute(cn.scgov.bulletin.shared.RequestRefused.REASON, detail);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView view = new ModelAndView("error-page");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("message", detail);
        view.addAllObjects(pageModel.headerAttributes());
        return view;
    }
}
