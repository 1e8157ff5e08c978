package cn.scgov.bulletin.notice;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** How often every page's header refreshes the unread count (the badge fragment reads it). */
@ControllerAdvice(annotations = Controller.class)
class NoticeBadgeModel {

    private final Notices notices;

    NoticeBadgeModel(Notices notices) {
        this.notices = notices;
    }

    @ModelAttribute("noticeBadgeRefreshSeconds")
    long refreshSeconds() {
        return notices.badgeRefreshSeconds();
    }
}
