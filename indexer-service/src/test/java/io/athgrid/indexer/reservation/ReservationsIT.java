package io.athgrid.indexer.reservation;

import static io.athgrid.indexer.fixtures.IndexerScenario.PROVIDER;
import static io.athgrid.indexer.fixtures.IndexerScenario.SCHEDULER;
import static io.athgrid.indexer.fixtures.IndexerScenario.newJob;
import static io.athgrid.support.testing.ServiceHttp.bearer;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.athgrid.indexer.fixtures.Indexed;
import io.athgrid.indexer.fixtures.IndexerScenarioBase;
import io.athgrid.indexer.index.IndexedContainer;
import io.athgrid.support.identity.Caller;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ReservationsIT extends IndexerScenarioBase {

    @Autowired
    private Reservations reservations;

    @Test
    void a_reservation_holds_the_best_container_and_the_same_job_gets_the_same_reservation() {
        String cheap = scenario.standby(PROVIDER, 1, "2.00");
        scenario.standby(PROVIDER, 1, "2.50");
        String job = newJob();

        HttpResponse<String> first = scenario.reserve(SCHEDULER, scenario.body(job, 1, 1, "3.00", 600));
        HttpResponse<String> again = scenario.reserve(SCHEDULER, scenario.body(job, 1, 1, "3.00", 600));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode reservation = json(first);
        assertThat(reservation.path("jobId").asString()).isEqualTo(job);
        assertThat(reservation.path("state").asString()).isEqualTo("ACTIVE");
        JsonNode container = reservation.path("containers").get(0);
        assertThat(container.path("containerId").asString()).isEqualTo(cheap);
        assertThat(container.path("owner").asString()).isEqualTo(PROVIDER);
        assertThat(container.path("region").asString()).isEqualTo("eu-west");
        assertThat(container.path("priceUsdPerGpuHour").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(container.path("gpus").asInt()).isEqualTo(1);
        assertThat(Instant.parse(reservation.path("expiresAt").asString())).isAfter(Instant.now().plusSeconds(500));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json(again).path("reservationId").asString()).isEqualTo(reservation.path("reservationId").asString());
        assertThat(scenario.activeRows(cheap)).isEqualTo(1);
        assertThat(Indexed.find(scenario.index, cheap).map(IndexedContainer::reserved)).hasValue(true);
    }

    @Test
    void a_multi_node_request_takes_the_best_fitting_containers() {
        scenario.standby(PROVIDER, 8, "2.00");
        String four = scenario.standby(PROVIDER, 4, "2.10");
        String fourDearer = scenario.standby(PROVIDER, 4, "2.20");

        HttpResponse<String> response = scenario.reserve(SCHEDULER, scenario.body(newJob(), 4, 2, "3.00", 600));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        List<String> held = new ArrayList<>();
        json(response).path("containers").forEach(node -> held.add(node.path("containerId").asString()));
        assertThat(held).containsExactlyInAnyOrder(four, fourDearer);
    }

    @Test
    void a_lease_is_renewed_released_and_expires() {
        String container = scenario.standby(PROVIDER, 1, "2.00");
        JsonNode reservation = json(scenario.reserve(SCHEDULER, scenario.body(newJob(), 1, 1, "3.00", 60)));
        String path = "/reservations/" + reservation.path("reservationId").asString();
        Instant expiresAt = Instant.parse(reservation.path("expiresAt").asString());
        String operator = bearer(scenario.token(SCHEDULER));

        HttpResponse<String> renewed = scenario.http.post(path + "/renew", "{\"leaseSeconds\": 3600}",
                "Authorization", operator);
        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);
        assertThat(Instant.parse(json(renewed).path("expiresAt").asString())).isAfter(expiresAt.plusSeconds(3000));

        HttpResponse<String> released = scenario.http.delete(path, "Authorization", operator);
        assertThat(json(released).path("state").asString()).isEqualTo("RELEASED");
        assertThat(scenario.activeRows(container)).isZero();
        assertThat(Indexed.find(scenario.index, container).map(IndexedContainer::reserved)).hasValue(false);
        assertThat(scenario.http.post(path + "/renew", "{}", "Authorization", operator).statusCode()).isEqualTo(409);

        JsonNode shortLease = json(scenario.reserve(SCHEDULER, scenario.body(newJob(), 1, 1, "3.00", 1)));
        Instant shortExpiry = Instant.parse(shortLease.path("expiresAt").asString());
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(shortExpiry));
        reservations.sweep();

        JsonNode expired = json(scenario.get(SCHEDULER, "/reservations/" + shortLease.path("reservationId").asString()));
        assertThat(expired.path("state").asString()).isEqualTo("EXPIRED");
        assertThat(scenario.activeRows(container)).isZero();
        assertThat(scenario.reserve(SCHEDULER, scenario.body(newJob(), 1, 1, "3.00", 60)).statusCode()).isEqualTo(201);
        assertThat(scenario.get(SCHEDULER, "/reservations/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void only_operators_such_as_the_scheduler_may_reserve() {
        scenario.standby(PROVIDER, 1, "2.00");
        String job = newJob();
        String body = scenario.body(job, 1, 1, "3.00", 60);

        assertThat(scenario.reserve(Caller.wallet(PROVIDER), body).statusCode()).isEqualTo(403);
        assertThat(scenario.reserve(Caller.enterprise("acme"), body).statusCode()).isEqualTo(403);
        assertThat(scenario.http.post("/reservations", body).statusCode()).isEqualTo(401);
        assertThat(scenario.count("reservation where job_id = '" + job + "'")).isZero();
    }

    @Test
    void an_invalid_request_is_refused_with_its_field_errors_and_writes_nothing() {
        long reservationsBefore = scenario.count("reservation");
        long missedBefore = scenario.count("missed_demand");
        String body = """
                {"jobId": "job-invalid", "gpuModel": "H100", "gpusPerNode": 0, "nodes": 1, "region": "mars",
                 "service": "vllm", "maxPriceUsdPerGpuHour": 0, "policy": "LOWEST_FEE", "leaseSeconds": -5}""";

        HttpResponse<String> response = scenario.reserve(SCHEDULER, body);

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json(response).path("errors").forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("gpuModel", "gpusPerNode", "region", "maxPriceUsdPerGpuHour",
                "leaseSeconds");
        assertThat(scenario.count("reservation")).isEqualTo(reservationsBefore);
        assertThat(scenario.count("missed_demand")).isEqualTo(missedBefore);
    }
}
