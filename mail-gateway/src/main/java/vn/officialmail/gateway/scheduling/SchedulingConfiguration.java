package vn.officialmail.gateway.scheduling;

import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hooks the run recorder into Quartz so every job's outcome is kept. */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    SchedulerFactoryBeanCustomizer jobRunRecording(JobRuns runs) {
        return factory -> factory.setGlobalJobListeners(runs);
    }
}
