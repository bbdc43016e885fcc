package io.athgrid.scheduler.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.Topics;
import io.athgrid.scheduler.billing.DailyProviderFees;
import io.athgrid.scheduler.billing.FeeAccruals;
import io.athgrid.scheduler.fixtures.Fleet;
import io.athgrid.scheduler.fixtures.SchedulerScenarioBase;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.outbox.Outbox;
import io.athgrid.support.testing.ServiceHttp;
import io.athgrid.support.testing.TopicReader;
import java.math.BigInteger;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProviderFeeAccrualIT extends SchedulerScenarioBase {

    private static final String ENTERPRISE = "ent-accrual";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DailyProviderFees daily;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void a_finished_utc_day_accrues_each_containers_provider_fees_once_vesting_45_days() {
        String service = uniqueService();
        Fleet.Container container = fleet.standby("0x" + "d".repeat(40), 8, service, "2.00");
        awaitMarketOffers(service);
        String orderId = ServiceHttp.json(submit(ENTERPRISE, onDemand(service, 8, 1, "2.50"))).get("orderId").asString();
        await(() -> bill(ENTERPRISE, orderId).get("charges").size() >= 2, "charges");
        post(Caller.enterprise(ENTERPRISE), "/orders/" + orderId + "/cancel");
        JsonNode bill = bill(ENTERPRISE, orderId);
        BigInteger providerFees = new BigInteger(bill.at("/totals/providerFeesWei").asString());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // Two days on, today is a finished day: the midnight run accrues it.
        Clock twoDaysOn = Clock.offset(Clock.systemUTC(), Duration.ofDays(2));
        FeeAccruals accruals = new FeeAccruals(jdbc, daily, outbox, transaction, twoDaysOn, Duration.ofDays(45));

        assertThat(accruals.accrueFinishedDays()).contains(today);
        assertThat(accruals.accrueFinishedDays()).as("a second run accrues nothing again").isEmpty();

        BigInteger accrued = jdbc.sql("select amount_wei from fee_accrual where container_id = ? and day = ?")
                .params(container.id(), Date.valueOf(today))
                .query((rs, row) -> rs.getBigDecimal(1).toBigIntegerExact())
                .single();
        assertThat(accrued).isPositive().isEqualTo(providerFees);
        // The provider's dashboard now shows the day as accrued, vesting in 45 days.
        JsonNode day = ServiceHttp.json(get(Caller.wallet(container.owner()),
                "/provider/fees?from=%s&to=%s".formatted(today, today))).at("/days/0");
        assertThat(day.get("containerId").asString()).isEqualTo(container.id());
        assertThat(day.get("accrued").asBoolean()).isTrue();
        assertThat(day.get("accruedWei").asString()).isEqualTo(providerFees.toString());
        assertThat(day.get("netWei").asString()).isEqualTo(providerFees.toString());
        assertThat(Instant.parse(day.get("vestsAt").asString())).isEqualTo(
                today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(45)));
        try (TopicReader billing = new TopicReader(kafka, Topics.BILLING)) {
            String envelope = billing.readUntil(records -> records.stream().anyMatch(r -> isAccrual(r.value(), container)),
                            Duration.ofSeconds(20)).stream()
                    .filter(r -> isAccrual(r.value(), container))
                    .findFirst().orElseThrow().value();
            JsonNode event = JsonMapper.builder().build().readTree(envelope);
            assertThat(event.get("key").asString()).isEqualTo(container.owner());
            assertThat(event.at("/payload/amountWei").bigIntegerValue()).isEqualTo(providerFees);
            assertThat(Instant.parse(event.at("/payload/vestsAt").asString())).isEqualTo(
                    today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(45)));
        }
    }

    private static boolean isAccrual(String envelope, Fleet.Container container) {
        return envelope.contains("\"ProviderFeeAccrued\"") && envelope.contains(container.id());
    }
}
