package io.athgrid.scheduler;

import io.athgrid.support.ServiceApplications;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** scheduler-service: orders, jobs, leases, rescheduling on failure, metering, billing, refunds. */
@SpringBootApplication
@EnableScheduling
public class SchedulerApplication {

    public static final String CONFIG_NAME = "scheduler-service";

    public static void main(String[] args) {
        ServiceApplications.create(SchedulerApplication.class, CONFIG_NAME).run(args);
    }
}
