package io.athgrid.indexer;

import io.athgrid.support.ServiceApplications;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** indexer-service: the in-memory capacity index fed by events, filtering, ranking, reservations, "why not matched". */
@SpringBootApplication
@EnableScheduling
public class IndexerApplication {

    public static final String CONFIG_NAME = "indexer-service";

    public static void main(String[] args) {
        ServiceApplications.create(IndexerApplication.class, CONFIG_NAME).run(args);
    }
}
