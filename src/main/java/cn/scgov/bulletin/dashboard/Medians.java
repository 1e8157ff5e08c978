package cn.scgov.bulletin.dashboard;

import java.math.BigDecimal;
import java.util.List;

/** The exact median of whole seconds: the middle value, or the mean of the two middle values (x.5 at most). */
final class Medians {

    private Medians() {
    }

    static BigDecimal of(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return BigDecimal.valueOf(sorted[middle]);
        }
        long sum = sorted[middle - 1] + sorted[middle];
        return sum % 2 == 0 ? BigDecimal.valueOf(sum / 2) : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(2));
    }
}
