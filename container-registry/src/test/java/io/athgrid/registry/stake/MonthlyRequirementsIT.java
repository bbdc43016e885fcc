package io.athgrid.registry.stake;

import static io.athgrid.registry.registration.RegistrationFixture.newKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.registry.RegistryIT;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MonthlyRequirementsIT extends RegistryIT {

    @Autowired
    StakeRequirements requirements;

    @Test
    void when_a_month_starts_every_live_container_gets_its_requirement_once() {
        String id = register(newKey(), newKey());
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        // As on the first of a month: the container has no requirement for it yet.
        jdbc.sql("delete from container_stake_requirement where container_id = ?::uuid").param(id).update();

        requirements.fixMonth();
        requirements.fixMonth();

        assertThat(rows("""
                select count(*) from container_stake_requirement
                where container_id = ?::uuid and month = ? and amount_wei = 8000000000000000000000""", id, month))
                .isEqualTo(1);
        assertThat(rows("""
                select count(*) from container c where c.status <> 'RETIRED' and not exists (
                    select 1 from container_stake_requirement r where r.container_id = c.id and r.month = ?)""",
                month)).isZero();
    }
}
