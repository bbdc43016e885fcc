package io.athgrid.indexer.reservation;

import static io.athgrid.indexer.fixtures.IndexerScenario.PROVIDER;
import static io.athgrid.indexer.fixtures.IndexerScenario.SCHEDULER;
import static io.athgrid.indexer.fixtures.IndexerScenario.newJob;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.indexer.fixtures.Indexed;
import io.athgrid.indexer.fixtures.IndexerScenarioBase;
import io.athgrid.indexer.index.IndexedContainer;
import io.athgrid.indexer.matching.RankedCandidate;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Capacity is never given twice: not to racing requests, not across writers on the same database. */
class ReservationConcurrencyIT extends IndexerScenarioBase {

    @Autowired
    private DataSource dataSource;
    /** Another indexer replica's writer: its own store and transactions over the same database. */
    private ReservationStore otherReplica;
    private TransactionTemplate otherTransactions;

    @BeforeEach
    void setUp() {
        otherReplica = new ReservationStore(JdbcClient.create(dataSource));
        otherTransactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    @Test
    void many_concurrent_requests_for_the_last_free_container_give_it_exactly_once() throws Exception {
        String last = scenario.standby(PROVIDER, 1, "2.00");
        int requests = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                String body = scenario.body(newJob(), 1, 1, "3.00", 600);
                Callable<Integer> call = () -> {
                    start.await();
                    return scenario.reserve(SCHEDULER, body).statusCode();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(scenario.activeRows(last)).isEqualTo(1);
    }

    @Test
    void another_writer_on_the_same_database_cannot_take_a_held_container() {
        String heldHere = scenario.standby(PROVIDER, 1, "2.00");
        assertThat(scenario.reserve(SCHEDULER, scenario.body(newJob(), 1, 1, "3.00", 600)).statusCode())
                .isEqualTo(201);

        boolean claimed = Boolean.TRUE.equals(otherTransactions.execute(status -> claimElsewhere(heldHere)));

        assertThat(claimed).isFalse();
        assertThat(scenario.activeRows(heldHere)).isEqualTo(1);
    }

    @Test
    void a_container_another_replica_reserved_is_skipped_even_though_this_index_shows_it_free() {
        String takenElsewhere = scenario.standby(PROVIDER, 1, "2.00");
        String free = scenario.standby(PROVIDER, 1, "2.50");
        assertThat(Boolean.TRUE.equals(otherTransactions.execute(status -> claimElsewhere(takenElsewhere)))).isTrue();
        assertThat(Indexed.find(scenario.index, takenElsewhere).map(IndexedContainer::reserved)).hasValue(false);

        HttpResponse<String> response = scenario.reserve(SCHEDULER, scenario.body(newJob(), 1, 1, "3.00", 600));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).path("containers").get(0).path("containerId").asString()).isEqualTo(free);
        assertThat(Indexed.find(scenario.index, takenElsewhere).map(IndexedContainer::reserved)).hasValue(true);
        assertThat(scenario.activeRows(takenElsewhere)).isEqualTo(1);
    }

    private boolean claimElsewhere(String containerId) {
        UUID id = UUID.randomUUID();
        otherReplica.claimJob(id, "other-" + id, Duration.ofMinutes(5), Instant.now());
        RankedCandidate candidate = new RankedCandidate(Indexed.find(scenario.index, containerId).orElseThrow(), 5, 0);
        return otherReplica.claimContainer(id, candidate, 1, Instant.now().plusSeconds(300));
    }
}
