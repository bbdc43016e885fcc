package io.athgrid.maas.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogModelTest {

    private static final Instant ADDED = Instant.parse("2026-03-01T12:00:00Z");

    private final CatalogModel seventyB = ModelRules.newModel(ModelRequests.seventyB().build(), ADDED);
    private final CatalogModel eightB = ModelRules.newModel(ModelRequests.eightB().build(), ADDED);

    @Test
    void a_model_fits_on_a_gpu_model_when_enough_of_them_hold_what_a_replica_needs() {
        assertThat(seventyB.fitsOn(80, 8)).isTrue();
        assertThat(seventyB.fitsOn(141, 2)).isFalse();
        assertThat(seventyB.fitsOn(48, 4)).isFalse();
        assertThat(eightB.fitsOn(24, 1)).as("RTX 4090").isTrue();
        assertThat(eightB.fitsOn(80, 1)).isTrue();
    }

    @Test
    void the_served_context_is_the_engines_limit_or_the_models_own() {
        assertThat(seventyB.contextLength()).isEqualTo(131_072);
        assertThat(seventyB.servedContextLength()).isEqualTo(65_536);

        ModelRequests request = ModelRequests.seventyB();
        request.engineArgs = List.of("--tensor-parallel-size 4");
        assertThat(ModelRules.newModel(request.build(), ADDED).servedContextLength()).isEqualTo(131_072);
    }

    @Test
    void retiring_answers_the_retired_model_and_leaves_the_active_one_as_it_was() {
        Instant at = ADDED.plus(Duration.ofDays(30));

        CatalogModel retired = seventyB.retire(at);

        assertThat(retired.state()).isEqualTo(ModelState.RETIRED);
        assertThat(retired.retiredAt()).isEqualTo(at);
        assertThat(retired.isActive()).isFalse();
        assertThat(retired.id()).isEqualTo(seventyB.id());
        assertThat(retired.price()).isEqualTo(seventyB.price());
        assertThat(seventyB.isActive()).isTrue();
    }

    @Test
    void retiring_is_one_way_and_happens_once() {
        CatalogModel retired = seventyB.retire(ADDED.plusSeconds(60));

        assertThatExceptionOfType(AlreadyRetiredException.class)
                .isThrownBy(() -> retired.retire(ADDED.plusSeconds(120)))
                .withMessageContaining("already retired at " + ADDED.plusSeconds(60));
    }

    @Test
    void a_clock_behind_the_one_that_added_the_model_retires_it_when_it_was_added() {
        assertThat(seventyB.retire(ADDED.minusSeconds(2)).retiredAt()).isEqualTo(ADDED);
    }

    @Test
    void a_retirement_time_goes_with_the_retired_state_only() {
        assertThatIllegalArgumentException().isThrownBy(() -> copy(ModelState.ACTIVE, ADDED.plusSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> copy(ModelState.RETIRED, null));
        assertThatIllegalArgumentException().isThrownBy(() -> copy(ModelState.RETIRED, ADDED.minusSeconds(1)));
    }

    @Test
    void parameter_counts_have_one_form() {
        assertThat(copy(ModelState.ACTIVE, null, new BigDecimal("70.000")).parametersBillions())
                .isEqualTo(new BigDecimal("70"));
        assertThat(eightB.parametersBillions()).isEqualTo(new BigDecimal("8.03"));
    }

    private CatalogModel copy(ModelState state, Instant retiredAt) {
        return copy(state, retiredAt, seventyB.parametersBillions());
    }

    private CatalogModel copy(ModelState state, Instant retiredAt, BigDecimal parameters) {
        CatalogModel m = seventyB;
        return new CatalogModel(m.id(), m.displayName(), m.family(), parameters, m.contextLength(), m.vramGb(),
                m.gpuNeeds(), m.engine(), m.engineArgs(), m.price(), state, m.addedAt(), retiredAt);
    }
}
