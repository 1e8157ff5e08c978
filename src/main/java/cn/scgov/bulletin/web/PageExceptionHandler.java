package cn.scgov.bulletin.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.shared.AccessRefused;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.RefusalRedirect;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Errors on pages: a page (or, for htmx requests, an alert fragment) saying what went wrong in
 * words a user understands, with the right status. JSON API errors are handled by the API's own advice.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final ApplicationEventPublisher events;
    private final PageModel pageModel;

    PageExceptionHandler(ApplicationEventPublisher events, PageModel pageModel) {
        this.events = events;
        this.pageModel = pageModel;
    }

    @ExceptionHandler({org.springframework.beans.TypeMismatchException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class,
            org.springframework.validation.BindException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return error(HttpStatus.BAD_REQUEST, "请求参数不正确，请从页面上的链接或按钮重新操作", request, response);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        return refused(e, HttpStatus.NOT_FOUND, request, response);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletRequest request, HttpServletResponse response) {
        String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        events.publishEvent(new AccessRefused(user, request.getMethod(), request.getRequestURI(), e.getMessage()));
        return error(HttpStatus.FORBIDDEN, e.getMessage(), request, response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        return refused(e, HttpStatus.CONFLICT, request, response);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        return refused(e, HttpStatus.BAD_REQUEST, request, response);
    }

    /** A session that ended under the page (account disabled meanwhile): log in again, never a 500. */
    @ExceptionHandler(org.springframework.security.core.AuthenticationException.class)
    ModelAndView unauthenticated(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        return new ModelAndView("redirect:/login?ended");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        Optional<ModelAndView> back = sentBack(e, request);
        if (back.isPresent()) {
            return back.get();
        }
        if (e instanceof org.springframework.web.ErrorResponse || e instanceof org.springframework.security.access.AccessDeniedException
                || cn.scgov.bulletin.shared.DatabaseOutage.causedBy(e)) {
            // A database outage is answered 503 by DatabaseOutageFilter, wherever in the request it happens.
            throw e;
        }
        if (cn.scgov.bulletin.shared.FailureLog.causedBy(e, cn.scgov.bulletin.shared.PayloadTooLargeException.class)) {
            return error(HttpStatus.CONTENT_TOO_LARGE, "提交的内容过大，超过了允许的上限", request, response);
        }
        cn.scgov.bulletin.shared.FailureLog.error(log, request.getMethod(), request.getRequestURI(), e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误，请稍后重试或联系系统管理员", request, response);
    }

    /**
     * A refusal of what a form asked for: the form drawn again if its handler said how ({@link RefusalRedraw}),
     * else back where its handler named ({@link RefusalRedirect}), else the error page with the refusal's status.
     */
    private ModelAndView refused(RuntimeException e, HttpStatus status, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        Optional<RefusalRedraw> redraw = RefusalRedraw.covering(e, new ServletRequestAttributes(request));
        if (redraw.isPresent()) {
            return redrawn(redraw.get(), e, status, request, response);
        }
        return sentBack(e, request).orElseGet(() -> error(status, e.getMessage(), request, response));
    }

    /** The handler's own form with its model, as its handler would have drawn it; a refusal meanwhile as any other. */
    private ModelAndView redrawn(RefusalRedraw redraw, RuntimeException e, HttpStatus status,
            HttpServletRequest request, HttpServletResponse response) throws Exception {
        String view;
        try {
            view = redraw.redraw(e);
        } catch (NotFoundException failure) {
            return notFound(failure, request, response);
        } catch (ForbiddenException failure) {
            return forbidden(failure, request, response);
        } catch (ConflictException failure) {
            return conflict(failure, request, response);
        } catch (InvalidInputException failure) {
            return invalid(failure, request, response);
        } catch (RuntimeException failure) {
            return unexpected(failure, request, response);
        }
        HttpStatus answered = redraw.answered(status);
        response.setStatus(answered.value());
        ModelAndView page = new ModelAndView(view, redraw.model());
        page.setStatus(answered);
        return page;
    }

    /**
     * A form whose handler named where to go back to on this refusal ({@link RefusalRedirect}): there, with
     * the message as flashError, as the page shows it after any action.
     */
    private static Optional<ModelAndView> sentBack(Exception e, HttpServletRequest request) {
        return RefusalRedirect.covering(e, new ServletRequestAttributes(request)).map(back -> {
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("flashError", e instanceof ResponseStatusException status ? status.getReason() : e.getMessage());
            flash.putAll(back.kept());
            return new ModelAndView("redirect:" + back.target(), back.parameters());
        });
    }

    private ModelAndView error(HttpStatus status, String message, HttpServletRequest request,
            HttpServletResponse response) {
        response.setStatus(status.value());
        request.setAttribute(cn.scgov.bulletin.shared.RequestRefused.REASON, message);
        boolean htmx = request.getHeader("HX-Request") != null;
        if (htmx) {
            // htmx does not swap error responses by default; retarget the message into the page's alert area.
            response.setHeader("HX-Retarget", "#flash");
            response.setHeader("HX-Reswap", "innerHTML");
        }
        ModelAndView view = new ModelAndView(htmx ? "error-fragment :: alert" : "error-page");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("message", message);
        view.addAllObjects(pageModel.headerAttributes());
        return view;
    }
}
