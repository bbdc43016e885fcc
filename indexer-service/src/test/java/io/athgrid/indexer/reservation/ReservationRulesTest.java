package io.athgrid.indexer.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.athgrid.indexer.matching.RankingPolicy;
import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReservationRulesTest {

    private final ReservationRules rules = new ReservationRules(new ReservationRules.Limits(64, 86_400, 150));

    private static ReservationRequest valid() {
        return new ReservationRequest("job-1", "H100_SXM", 2, 1, 80, 1_000, "eu-west", 100, "vllm",
                new BigDecimal("3.00"), "BEST_OVERALL", 600L);
    }

    @Test
    void a_valid_request_becomes_a_match_request_and_a_lease() {
        ValidReservation reservation = rules.reservation(valid());

        assertThat(reservation.jobId()).isEqualTo("job-1");
        assertThat(reservation.lease()).isEqualTo(Duration.ofMinutes(10));
        assertThat(reservation.match().gpuModel()).isEqualTo(GpuModel.H100_SXM);
        assertThat(reservation.match().region()).isEqualTo(Region.EU_WEST);
        assertThat(reservation.match().policy()).isEqualTo(RankingPolicy.BEST_OVERALL);
        assertThat(reservation.match().maxLatencyMs()).isEqualTo(100);
    }

    @Test
    void optional_fields_may_be_left_out_and_the_latency_limit_defaults() {
        ReservationRequest request = new ReservationRequest("job-1", "A100", 1, 1, null, null, "us-east", null,
                "vllm", new BigDecimal("1"), "LOWEST_FEE", 60L);

        ValidReservation reservation = rules.reservation(request);

        assertThat(reservation.match().maxLatencyMs()).isEqualTo(150);
        assertThat(reservation.match().minVramGbPerGpu()).isNull();
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        ReservationRequest request = new ReservationRequest("", "H100", 0, -1, 0, -5, "mars", -1, "vLLM!",
                BigDecimal.ZERO, "CHEAPEST", 0L);

        InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
                () -> rules.reservation(request));

        assertThat(error.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("jobId", "leaseSeconds",
                "gpuModel", "region", "policy", "service", "gpusPerNode", "nodes", "minVramGbPerGpu",
                "minBandwidthMbps", "maxLatencyMs", "maxPriceUsdPerGpuHour");
    }

    @Test
    void missing_required_fields_are_reported() {
        ReservationRequest request = new ReservationRequest(null, null, null, null, null, null, null, null, null,
                null, null, null);

        InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
                () -> rules.reservation(request));

        assertThat(error.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("jobId", "leaseSeconds",
                "gpuModel", "region", "policy", "service", "gpusPerNode", "nodes", "maxPriceUsdPerGpuHour");
    }

    @Test
    void counts_and_leases_are_bounded_by_configuration() {
        ReservationRequest request = new ReservationRequest("job-1", "H100_SXM", 17, 65, null, null, "eu-west", null,
                "vllm", new BigDecimal("3"), "LOWEST_FEE", 86_401L);

        InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
                () -> rules.reservation(request));

        assertThat(error.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("gpusPerNode", "nodes", "leaseSeconds");
    }

    @Test
    void a_preview_needs_neither_job_id_nor_lease() {
        ReservationRequest request = new ReservationRequest(null, "H100_SXM", 1, 1, null, null, "eu-west", null,
                "vllm", new BigDecimal("3"), "LOWEST_FEE", null);

        assertThat(rules.preview(request).service()).isEqualTo("vllm");
    }

    @Test
    void a_renewal_takes_the_original_lease_unless_it_names_a_valid_one() {
        assertThat(rules.renewal(null, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(rules.renewal(90L, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(90));
        assertThat(catchThrowableOfType(InvalidRequestException.class,
                () -> rules.renewal(0L, Duration.ofSeconds(30))).errors())
                .extracting(FieldError::field).containsExactly("leaseSeconds");
    }
}
