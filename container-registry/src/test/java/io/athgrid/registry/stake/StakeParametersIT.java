package io.athgrid.registry.stake;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.registry.RegistryIT;
import io.athgrid.support.identity.Caller;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StakeParametersIT extends RegistryIT {

    private static final Caller OPERATOR = Caller.operator("0x" + "d".repeat(40));
    private final YearMonth current = YearMonth.now(ZoneOffset.UTC);

    @Test
    void the_current_month_shows_the_configured_defaults_and_is_fixed() {
        JsonNode parameters = json(send("GET", "/stake-parameters", null, OPERATOR));

        assertThat(parameters.path("month").asString()).isEqualTo(current.toString());
        assertThat(parameters.path("kValuesWei").path("H100_SXM").asString()).isEqualTo("1000000000000000000000");
        assertThat(parameters.path("kValuesWei").path("RTX_4090").asString()).isEqualTo("100000000000000000000");
        assertThat(parameters.path("coefficient").decimalValue()).isEqualByComparingTo("1");
        assertThat(parameters.path("fixed").asBoolean()).isTrue();
        assertThat(send("PUT", "/stake-parameters/" + current + "/coefficient", Map.of("coefficient", 2), OPERATOR)
                .statusCode()).isEqualTo(409);
        assertThat(send("PUT", "/stake-parameters/" + current.minusMonths(1) + "/k-values/H200",
                Map.of("kValueWei", "1"), OPERATOR).statusCode()).isEqualTo(409);
    }

    @Test
    void an_operator_sets_a_future_months_table() {
        YearMonth future = current.plusMonths(3);

        HttpResponse<String> k = send("PUT", "/stake-parameters/" + future + "/k-values/H200",
                Map.of("kValueWei", "1500000000000000000000"), OPERATOR);
        HttpResponse<String> sc = send("PUT", "/stake-parameters/" + future + "/coefficient",
                Map.of("coefficient", 1.125), OPERATOR);

        assertThat(k.statusCode()).as(k.body()).isEqualTo(200);
        assertThat(sc.statusCode()).as(sc.body()).isEqualTo(200);
        JsonNode parameters = json(send("GET", "/stake-parameters?month=" + future, null, OPERATOR));
        assertThat(parameters.path("kValuesWei").path("H200").asString()).isEqualTo("1500000000000000000000");
        assertThat(parameters.path("coefficient").decimalValue()).isEqualByComparingTo("1.125");
        assertThat(parameters.path("fixed").asBoolean()).isFalse();
        assertThat(json(send("GET", "/stake-parameters", null, OPERATOR)).path("kValuesWei").path("H200").asString())
                .as("the current month is untouched").isEqualTo("1200000000000000000000");
    }

    @Test
    void bad_input_and_non_operators_are_refused() {
        YearMonth future = current.plusMonths(1);

        assertThat(send("GET", "/stake-parameters", null, Caller.wallet("0x" + "1".repeat(40))).statusCode())
                .isEqualTo(403);
        assertThat(send("PUT", "/stake-parameters/" + future + "/k-values/GTX_1080", Map.of("kValueWei", "1"),
                OPERATOR).statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/stake-parameters/" + future + "/k-values/H200", Map.of("kValueWei", "-5"),
                OPERATOR).statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/stake-parameters/" + future + "/coefficient", Map.of("coefficient", 0), OPERATOR)
                .statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/stake-parameters/next/coefficient", Map.of("coefficient", 1), OPERATOR)
                .statusCode()).isEqualTo(400);
    }
}
