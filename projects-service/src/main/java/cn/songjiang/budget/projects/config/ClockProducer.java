package cn.songjiang.budget.projects.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The service's clock, in the configured zone rather than the machine's. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(ProjectsConfig config) {
        return Clock.system(ZoneId.of(config.zone()));
    }
}
