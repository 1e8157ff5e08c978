package cn.scgov.bulletin.notice.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The notice module's background work, run on every node (each step is safe to run concurrently):
 * send due e-mails, make overdue digests whose departments have settled, make the daily digests.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NoticeJobs {

    private static final Logger log = LoggerFactory.getLogger(NoticeJobs.class);

    private final MailDispatcher dispatcher;
    private final Digests digests;

    NoticeJobs(MailDispatcher dispatcher, Digests digests) {
        this.dispatcher = dispatcher;
        this.digests = digests;
    }

    @Scheduled(fixedDelayString = "${bulletin.notice.poll-interval}", initialDelayString = "${bulletin.notice.poll-interval}")
    void run() {
        try {
            digests.overdueDigests();
            digests.dailyDigests();
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // Nothing is lost: what failed stays in its table for the next round.
            log.warn("Notice jobs failed this round, trying again at the next: {}", e.toString());
        }
    }
}
