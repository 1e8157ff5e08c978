package cn.scgov.bulletin.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.flowable.common.engine.impl.runtime.ClockReader;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.springframework.stereotype.Component;

/**
 * The one clock of the application: Flowable's engine clock, so that timers, task dates and the
 * application's own timestamps agree, and tests move all of them at once.
 */
@Component
public class TimeSource {

    private final SpringProcessEngineConfiguration engineConfiguration;
    private final ZoneId zone;

    TimeSource(SpringProcessEngineConfiguration engineConfiguration, ApplicationSettings settings) {
        this.engineConfiguration = engineConfiguration;
        this.zone = settings.zone();
    }

    public Instant now() {
        return clock().getCurrentTime().toInstant();
    }

    public Date nowAsDate() {
        return Date.from(now());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    private ClockReader clock() {
        return engineConfiguration.getClock();
    }
}
