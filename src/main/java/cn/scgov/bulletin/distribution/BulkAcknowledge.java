package cn.scgov.bulletin.distribution;

import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.BulkWork;
import cn.scgov.bulletin.shared.ForbiddenException;

import org.springframework.stereotype.Service;

/** 批量签收 of received issues: each exactly as one acknowledgement ({@link DistributionService#acknowledge}). */
@Service
public class BulkAcknowledge {

    private final DistributionService distribution;
    private final BulkWork bulk;

    BulkAcknowledge(DistributionService distribution, BulkWork bulk) {
        this.distribution = distribution;
        this.bulk = bulk;
    }

    public List<BulkWork.Outcome> acknowledge(CurrentUser user, List<Long> issueIds) {
        // The three administrators receive no bulletins (三员分立: they change nothing of the business).
        if (java.util.Arrays.stream(Role.values()).filter(user::has).allMatch(Role::administrative)) {
            throw new ForbiddenException("系统管理员、安全管理员和安全审计员不接收简报，没有可签收的期次");
        }
        return bulk.each(user.username(), "/api/issues/{id}/acknowledge", issueIds,
                issueId -> distribution.acknowledge(user, issueId));
    }
}
