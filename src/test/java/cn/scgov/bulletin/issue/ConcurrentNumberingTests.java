package cn.scgov.bulletin.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.SecondNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes sign off issues of one bulletin at the same moment: every issue gets its own number, and the
 * numbers have no gap.
 */
class ConcurrentNumberingTests extends ApiTestSupport {

    private static SecondNode nodeB;

    @Autowired Environment environment;
    @Autowired IssueNumberer numberer;
    @Autowired PlatformTransactionManager transactionManager;

    @AfterAll
    static void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    @Test
    void issuesOfOneBulletinNumberedAtTheSameMomentOnTwoNodesGetGaplessUniqueNumbers() throws Exception {
        nodeB = SecondNode.on(environment);
        Bulletin bulletin = newWeeklyBulletin();
        List<Issue> opened = new ArrayList<>();
        for (int week = 0; week < 6; week++) {
            opened.add(open(bulletin, LocalDate.of(2026, 9, 7).plusWeeks(week)));
        }
        List<Numbering> nodes = List.of(
                new Numbering(numberer, new TransactionTemplate(transactionManager)),
                new Numbering(nodeB.bean(IssueNumberer.class), new TransactionTemplate(nodeB.bean(PlatformTransactionManager.class))));

        CyclicBarrier together = new CyclicBarrier(opened.size());
        ExecutorService threads = Executors.newFixedThreadPool(opened.size());
        try {
            List<Future<Issue>> results = new ArrayList<>();
            for (int i = 0; i < opened.size(); i++) {
                Numbering node = nodes.get(i % 2);
                long issueId = opened.get(i).id();
                results.add(threads.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return node.transactions().execute(status -> node.numberer().number(issueId));
                }));
            }
            for (Future<Issue> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        List<Issue> numbered = opened.stream().map(issue -> issues.require(issue.id())).toList();
        assertThat(numbered).allMatch(Issue::numbered);
        List<Integer> yearly = numbered.stream().map(Issue::yearlyNumber).sorted().toList();
        int first = yearly.get(0);
        assertThat(yearly).as("one number each, no gap")
                .containsExactly(first, first + 1, first + 2, first + 3, first + 4, first + 5);
        assertThat(numbered.stream().map(Issue::cumulativeNumber).distinct().count()).isEqualTo(opened.size());
        Integer lowestCumulative = numbered.stream().map(Issue::cumulativeNumber).min(Integer::compare).orElseThrow();
        Integer highestCumulative = numbered.stream().map(Issue::cumulativeNumber).max(Integer::compare).orElseThrow();
        assertThat(highestCumulative - lowestCumulative).isEqualTo(opened.size() - 1);
    }

    private record Numbering(IssueNumberer numberer, TransactionTemplate transactions) {
    }
}
