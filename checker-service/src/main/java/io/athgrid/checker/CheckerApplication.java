package io.athgrid.checker;

import io.athgrid.support.ServiceApplications;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** checker-service: licenses and delegation, job assignment, referee consensus, QoS scores, checker rewards and bans, slashing proposals with evidence and disputes. */
@SpringBootApplication
@EnableScheduling
public class CheckerApplication {

    public static final String CONFIG_NAME = "checker-service";

    public static void main(String[] args) {
        ServiceApplications.create(CheckerApplication.class, CONFIG_NAME).run(args);
    }
}
