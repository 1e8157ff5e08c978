package cn.scgov.bulletin.distribution;

import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.BulkWork;

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
        return bulk.each(user.username(), "/api/issues/{id}/acknowledge", issueIds,
                issueId -> distribution.acknowledge(user, issueId));
    }
}
