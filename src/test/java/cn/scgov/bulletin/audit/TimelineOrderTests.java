package cn.scgov.bulletin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.junit.jupiter.api.Test;

/**
 * Steps that end in the same second (MySQL keeps the engine's times to the second) are told apart by
 * when the engine created their ids, so a returned draft never shows after its resubmission.
 */
class TimelineOrderTests {

    @Test
    void idsTheEngineCreatesLaterSortLater() {
        StrongUuidGenerator ids = new StrongUuidGenerator();
        String first = ids.getNextId();
        String second = ids.getNextId();
        assertThat(Timeline.creationOrder(second)).isGreaterThan(Timeline.creationOrder(first));
    }

    @Test
    void aTimeBasedIdIsOrderedByItsTimeNotItsText() {
        // The time's low 32 bits come first in the text: one tick later they wrap round to zeros.
        String earlier = "ffffffff-0000-1001-8000-000000000001";
        String later = "00000000-0001-1001-8000-000000000001";
        assertThat(later).isLessThan(earlier);
        assertThat(Timeline.creationOrder(later)).isGreaterThan(Timeline.creationOrder(earlier));
    }

    @Test
    void sequenceIdsSortByNumberAndUnknownIdsLast() {
        assertThat(Timeline.creationOrder("9999")).isLessThan(Timeline.creationOrder("10001"));
        assertThat(Timeline.creationOrder("not-an-id")).isEqualTo(Long.MAX_VALUE);
        assertThat(Timeline.creationOrder(null)).isEqualTo(Long.MAX_VALUE);
    }
}
