package cn.scgov.bulletin.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.SmallIssueFlow;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationListener;
import org.springframework.test.context.TestPropertySource;

/**
 * Start-up and the first documents after a start (README, "Benchmarks"): the time from the JVM's start to the
 * application being ready, then the first send-to-sign-off (which renders the PDF to check it can be printed) and
 * the first sign-off with its freezing (numbering, rendering and storing every format) against the median of the
 * next ten. Run it alone, so that it starts its own JVM, once as is and once with
 * {@code -Dbenchmark.warmUp=false} to see what the warm-up saves.
 */
@Tag("benchmark")
@TestPropertySource(properties = "bulletin.test.warm-up=${benchmark.warmUp:true}")
class StartupBenchmark extends FlowTestSupport {

    private static final int WARM_RUNS = Integer.getInteger("benchmark.warmRuns", 10);
    static long readyAtMillis;

    @TestConfiguration
    static class ReadyClock {
        @Bean
        ApplicationListener<ApplicationReadyEvent> readyClock() {
            return event -> readyAtMillis = System.currentTimeMillis();
        }
    }

    private final SmallIssueFlow flow = new SmallIssueFlow(this);

    @Test
    void firstDocumentsAfterAStart() {
        double toReady = (readyAtMillis - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        Bulletin bulletin = newBulletin(TestBulletins.small());
        Latencies send = new Latencies();
        Latencies freeze = new Latencies();
        double[] first = new double[2];
        LocalDate monday = LocalDate.of(2026, 1, 5);
        for (int run = 0; run <= WARM_RUNS; run++) {
            LocalDate start = monday.plusWeeks(run);
            Issue issue = flow.open(bulletin, start, start.plusDays(4), start.atTime(9, 0));
            flow.compile(issue, 100 + run, 50 + run, 1000 + run);
            long t0 = System.nanoTime();
            flow.send(issue);
            long t1 = System.nanoTime();
            Issue signed = flow.signOff(issue, LocalDateTime.of(start.plusDays(7), java.time.LocalTime.of(10, 0)), null);
            long t2 = System.nanoTime();
            assertThat(signed.status()).isIn(IssueStatus.DISTRIBUTED, IssueStatus.SIGNED_OFF);
            if (run == 0) {
                first[0] = (t1 - t0) / 1e6;
                first[1] = (t2 - t1) / 1e6;
            } else {
                send.add(t1 - t0);
                freeze.add(t2 - t1);
            }
        }
        System.out.printf("%n==== Start-up (warm-up %s) ====%nJVM start -> application ready : %6.1f s%n"
                + "First send to sign-off         : %6.0f ms   warm median %6.0f ms%n"
                + "First sign-off and freezing    : %6.0f ms   warm median %6.0f ms%n%n",
                System.getProperty("benchmark.warmUp", "true"), toReady, first[0], send.medianMillis(), first[1],
                freeze.medianMillis());
    }
}
