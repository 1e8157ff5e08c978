package cn.scgov.bulletin.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Bulk work (批量签收、批量采用、批量签收文件): the single operation once per item, each in its own
 * transaction (the operation's), so one item's refusal neither undoes nor blocks the others. Each item
 * is answered as the single endpoint would answer it (200, or its own 4xx and reason), and each refusal
 * goes into the process log as the single request's refusal would.
 */
@Component
public class BulkWork {

    /** Most items one bulk request may carry. */
    public static final int MAX_ITEMS = 100;

    private static final Logger log = LoggerFactory.getLogger(BulkWork.class);

    private final ApplicationEventPublisher events;

    BulkWork(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** One item's result: {@code status} 200 when done, else the status the single operation answers. */
    public record Outcome(String id, int status, String message) implements Serializable {

        public boolean ok() {
            return status == 200;
        }
    }

    /** What a page shows after bulk work (kept in the session's flash until the next page). */
    public record Report(long succeeded, long failed, List<Line> lines) implements Serializable {

        public static Report of(List<Outcome> outcomes, Function<String, String> labelOf) {
            return new Report(outcomes.stream().filter(Outcome::ok).count(), outcomes.stream().filter(o -> !o.ok()).count(),
                    outcomes.stream().map(o -> new Line(o.id(), labelOf.apply(o.id()), o.ok(), o.message())).toList());
        }
    }

    public record Line(String id, String label, boolean ok, String message) implements Serializable {
    }

    /**
     * Runs {@code work} for each distinct id in order. {@code path} is the single operation's path with
     * {@code {id}} where the item's id goes, as the process log names refused requests.
     */
    public <T> List<Outcome> each(String username, String path, List<T> ids, Consumer<T> work) {
        if (ids == null || ids.isEmpty()) {
            throw InvalidInputException.field("ids", "请至少选择一项");
        }
        if (ids.size() > MAX_ITEMS) {
            throw InvalidInputException.field("ids", "一次最多处理 " + MAX_ITEMS + " 项，您选择了 " + ids.size() + " 项");
        }
        if (ids.stream().anyMatch(id -> id == null)) {
            throw InvalidInputException.field("ids", "所选事项的编号不能为空");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (T id : new LinkedHashSet<>(ids)) {
            outcomes.add(one(username, path.replace("{id}", String.valueOf(id)), id, work));
        }
        return outcomes;
    }

    private <T> Outcome one(String username, String path, T id, Consumer<T> work) {
        try {
            work.accept(id);
            return new Outcome(String.valueOf(id), 200, "成功");
        } catch (ForbiddenException e) {
            events.publishEvent(new AccessRefused(username, "POST", path, "批量：" + e.getMessage()));
            return new Outcome(String.valueOf(id), 403, e.getMessage());
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                // Every later item would fail the same way: the whole request is answered 503.
                throw e;
            }
            int status = statusOf(e);
            if (status == 500) {
                log.error("Bulk item {} failed: {}", path, e.toString(), e);
                return new Outcome(String.valueOf(id), 500, "系统内部错误，请稍后重试或联系系统管理员");
            }
            String message = messageOf(e);
            events.publishEvent(new RequestRefused(username, "POST", path, status, "批量：" + message));
            return new Outcome(String.valueOf(id), status, message);
        }
    }

    /** The status the single operation's API answers for this failure. */
    private static int statusOf(RuntimeException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof InvalidInputException) {
            return 400;
        }
        if (e instanceof ConflictException || e instanceof FlowableTaskAlreadyClaimedException
                || e instanceof FlowableObjectNotFoundException || e instanceof DuplicateKeyException
                || CollisionRetry.isTransient(e)) {
            return 409;
        }
        return 500;
    }

    private static String messageOf(RuntimeException e) {
        if (e instanceof FlowableTaskAlreadyClaimedException) {
            return "该任务已由他人签收";
        }
        if (e instanceof FlowableObjectNotFoundException) {
            return "该任务已办结或已不存在，请刷新";
        }
        if (e instanceof DuplicateKeyException || CollisionRetry.isTransient(e)) {
            return "该事项正由他人同时处理，请刷新后重试";
        }
        return e.getMessage();
    }
}
