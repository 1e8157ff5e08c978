package cn.scgov.bulletin.inbox;

import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.BulkWork;
import cn.scgov.bulletin.shared.ForbiddenException;

import org.springframework.stereotype.Service;

/** 批量签收: each task claimed exactly as one claim ({@link TaskOperations#claim}), in its own transaction. */
@Service
public class BulkClaim {

    private final TaskOperations operations;
    private final BulkWork bulk;

    BulkClaim(TaskOperations operations, BulkWork bulk) {
        this.operations = operations;
        this.bulk = bulk;
    }

    public List<BulkWork.Outcome> claim(CurrentUser user, List<String> taskIds) {
        if (user.candidateGroups().isEmpty()) {
            // Administrators, auditors and recipients are never offered a task to claim.
            throw new ForbiddenException("您没有可签收的任务");
        }
        return bulk.each(user.username(), "/api/tasks/{id}/claim", taskIds, taskId -> operations.claim(user, taskId));
    }
}
