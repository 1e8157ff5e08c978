package cn.scgov.bulletin.calendar.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.calendar.CalendarDay;
import cn.scgov.bulletin.shared.RetryingTransactionTemplate;
import cn.scgov.bulletin.shared.TimeSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Loads the arrangements shipped with the application (classpath {@code calendar/cn-*.csv}, typed in
 * from the State Council's notices) for every year the database does not have yet, so a new
 * installation knows this year's holidays. A year already in the database is never overwritten:
 * the administrator's imports and edits win.
 */
@Component
@Order(0)
class CalendarSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalendarSeeder.class);

    private final CalendarRepository repository;
    private final RetryingTransactionTemplate transactions;
    private final TimeSource time;

    CalendarSeeder(CalendarRepository repository, RetryingTransactionTemplate transactions, TimeSource time) {
        this.repository = repository;
        this.transactions = transactions;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:calendar/cn-*.csv")) {
            byte[] content = resource.getContentAsByteArray();
            String source = source(content, resource.getFilename());
            Map<Integer, List<CalendarDay>> years = CalendarFile.read(content);
            Set<Integer> known = repository.knownYears();
            years.forEach((year, days) -> {
                if (known.contains(year)) {
                    return;
                }
                try {
                    transactions.run(() -> {
                        repository.lockYear(year, source, "system", time.now());
                        repository.replaceYear(year, days);
                    });
                    log.info("Loaded the workday calendar of {} from {}", year, resource.getFilename());
                } catch (DuplicateKeyException e) {
                    log.info("The workday calendar of {} was loaded by another node", year);
                }
            });
        }
    }

    /** The notice the file was typed in from: its first comment line. */
    private static String source(byte[] content, String fileName) {
        try {
            String first = new String(content, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            String text = first.startsWith("#") ? "内置：" + first.substring(1).strip() : "内置文件 " + fileName;
            return text.length() > 300 ? text.substring(0, 300) : text;
        } catch (UncheckedIOException e) {
            return "内置文件 " + fileName;
        }
    }
}
