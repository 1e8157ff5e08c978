package cn.scgov.bulletin.notice;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.stereotype.Service;

/** A user's notices. */
@Service
public class Notices {

    private final NoticeRepository notices;
    private final TimeSource time;

    Notices(NoticeRepository notices, TimeSource time) {
        this.notices = notices;
        this.time = time;
    }

    public PageResult<Notice> list(CurrentUser user, boolean unreadOnly, PageRequest page) {
        return notices.page(user.username(), unreadOnly, page);
    }

    public long unread(CurrentUser user) {
        return notices.unread(user.username());
    }

    public void markRead(CurrentUser user, long id) {
        if (!notices.exists(id, user.username())) {
            throw new NotFoundException("通知不存在：" + id);
        }
        notices.markRead(id, user.username(), time.now());
    }

    /** Opens one of the user's notices: marks it read and returns it (for its link). */
    public Notice open(CurrentUser user, long id) {
        Notice notice = notices.find(id, user.username()).orElseThrow(() -> new NotFoundException("通知不存在：" + id));
        notices.markRead(id, user.username(), time.now());
        return notice;
    }

    public void markAllRead(CurrentUser user) {
        notices.markAllRead(user.username(), time.now());
    }
}
