package io.athgrid.maas;

import io.athgrid.support.ServiceApplications;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** maas-service: model catalog, model deployments onto containers, OpenAI-compatible inference API, autoscaling, per-token metering. */
@SpringBootApplication
public class MaasApplication {

    public static final String CONFIG_NAME = "maas-service";

    public static void main(String[] args) {
        ServiceApplications.create(MaasApplication.class, CONFIG_NAME).run(args);
    }
}
