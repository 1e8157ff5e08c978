package cn.scgov.bulletin.distribution;

import cn.scgov.bulletin.distribution.internal.DeliveryRepository;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueReadPermission;

import org.springframework.stereotype.Component;

/** A recipient may read an issue delivered to them. */
@Component
class DeliveryReadPermission implements IssueReadPermission {

    private final DeliveryRepository deliveries;

    DeliveryReadPermission(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public boolean canRead(CurrentUser user, Issue issue) {
        return deliveries.find(issue.id(), user.username()).isPresent();
    }
}
