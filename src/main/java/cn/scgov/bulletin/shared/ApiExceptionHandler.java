package cn.scgov.bulletin.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API is a problem detail ({@code application/problem+json}) with a message a
 * user can act on. Client mistakes are 4xx; only genuine faults of the server answer 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApplicationEventPublisher events;

    ApiExceptionHandler(ApplicationEventPublisher events) {
        this.events = events;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return refused(request, problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage()));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e, HttpServletRequest request) {
        String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        events.publishEvent(new AccessRefused(user, request.getMethod(), request.getRequestURI(), e.getMessage()));
        String message = e instanceof ForbiddenException ? e.getMessage() : "无权执行此操作";
        return problem(HttpStatus.FORBIDDEN, "无权访问", message);
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "未登录", "请先登录，或账户已停用");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
        return refused(request, problem(HttpStatus.CONFLICT, "操作冲突", e.getMessage()));
    }

    @ExceptionHandler(ConfirmationRequiredException.class)
    ProblemDetail confirmationRequired(ConfirmationRequiredException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "需要确认", e.getMessage());
        problem.setProperty("confirmation", e.confirmation());
        return problem;
    }

    @ExceptionHandler(FlowableTaskAlreadyClaimedException.class)
    ProblemDetail alreadyClaimed(FlowableTaskAlreadyClaimedException e, HttpServletRequest request) {
        return refused(request, problem(HttpStatus.CONFLICT, "操作冲突", "该任务已由他人签收"));
    }

    @ExceptionHandler(FlowableObjectNotFoundException.class)
    ProblemDetail engineObjectGone(FlowableObjectNotFoundException e, HttpServletRequest request) {
        return refused(request, problem(HttpStatus.CONFLICT, "操作冲突", "该任务已办结或已不存在，请刷新"));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return refused(request, problem(HttpStatus.CONFLICT, "操作冲突", "数据已存在或已被他人同时修改，请刷新后重试"));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入有误", e.getMessage());
        if (!e.fieldErrors().isEmpty()) {
            problem.setProperty("errors", e.fieldErrors());
        }
        return refused(request, problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> errors.put(lastNode(v.getPropertyPath().toString()), v.getMessage()));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入有误", "请求参数不符合要求：" + String.join("；", errors.values()));
        problem.setProperty("errors", errors);
        return refused(request, problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        if (DatabaseOutage.causedBy(e)) {
            log.warn("Database unavailable, answered 503: {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "暂时无法服务", DatabaseOutage.MESSAGE);
        }
        if (CollisionRetry.isTransient(e)) {
            return refused(request, problem(HttpStatus.CONFLICT, "操作冲突", "该事项正由他人同时处理，请刷新后重试"));
        }
        if (FailureLog.causedBy(e, PayloadTooLargeException.class)) {
            return refused(request, tooLargeProblem());
        }
        FailureLog.error(log, request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "系统错误", "系统内部错误，请稍后重试或联系系统管理员");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(),
                error.getDefaultMessage() == null ? "取值无效" : error.getDefaultMessage()));
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors.putIfAbsent(error.getObjectName(),
                error.getDefaultMessage() == null ? "取值无效" : error.getDefaultMessage()));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入有误", "提交的内容不符合要求：" + String.join("；", errors.values()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(refused(request, problem));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (FailureLog.causedBy(ex, PayloadTooLargeException.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(refused(request, tooLargeProblem()));
        }
        return ResponseEntity.badRequest().body(refused(request, problem(HttpStatus.BAD_REQUEST, "输入有误",
                "请求内容不是有效的 JSON，或字段类型不正确")));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() == null ? "参数" : ex.getPropertyName();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入有误", "参数 " + name + " 的取值无效："
                + FailureLog.cut(String.valueOf(ex.getValue()), 100));
        problem.setProperty("errors", Map.of(name, "取值无效"));
        return ResponseEntity.badRequest().body(refused(request, problem));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入有误", "缺少参数：" + ex.getParameterName());
        problem.setProperty("errors", Map.of(ex.getParameterName(), "缺少参数"));
        return ResponseEntity.badRequest().body(refused(request, problem));
    }

    /**
     * Every other error Spring MVC answers itself (wrong method, media type, missing path variable …) in
     * Chinese like the rest of the API.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Chinese chinese = Chinese.of(statusCode.value(), problem.getDetail());
            if (problem.getTitle() == null || !Chinese.isChinese(problem.getTitle())) {
                problem.setTitle(chinese.title());
            }
            if (problem.getDetail() == null || !Chinese.isChinese(problem.getDetail())) {
                problem.setDetail(chinese.detail());
            }
            if (statusCode.is4xxClientError() && statusCode.value() != 403 && statusCode.value() != 401) {
                refused(request, problem);
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** The Chinese words for the standard answers of the web layer. */
    record Chinese(String title, String detail) {

        static Chinese of(int status, String english) {
            return switch (status) {
                case 400 -> new Chinese("请求无效", "请求参数不符合要求");
                case 404 -> new Chinese("未找到", "地址不存在");
                case 405 -> new Chinese("不支持的请求方法", "该地址不支持此请求方法");
                case 406 -> new Chinese("无法提供所需格式", "无法按请求的格式（Accept）答复");
                case 413 -> new Chinese("请求内容过大", "请求内容过大");
                case 415 -> new Chinese("不支持的内容类型", "请求内容须为 JSON（Content-Type: application/json）");
                case 503 -> new Chinese("服务暂不可用", "服务暂不可用，请稍后重试");
                default -> new Chinese(status >= 500 ? "系统错误" : "请求无效",
                        status >= 500 ? "系统内部错误，请稍后重试或联系系统管理员" : "请求无效");
            };
        }

        static boolean isChinese(String text) {
            return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }
    }

    /** Leaves the refusal's reason for the audit of refused requests (see RequestRefused). */
    private static ProblemDetail refused(HttpServletRequest request, ProblemDetail problem) {
        request.setAttribute(RequestRefused.REASON, problem.getDetail());
        return problem;
    }

    private static ProblemDetail refused(WebRequest request, ProblemDetail problem) {
        request.setAttribute(RequestRefused.REASON, problem.getDetail(), WebRequest.SCOPE_REQUEST);
        return problem;
    }

    private static ProblemDetail tooLargeProblem() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "请求内容过大", "请求内容过大，超过了允许的上限");
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
