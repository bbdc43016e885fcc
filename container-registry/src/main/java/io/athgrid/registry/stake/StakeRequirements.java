package io.athgrid.registry.stake;

import io.athgrid.protocol.container.GpuModel;
import io.athgrid.registry.container.Container;
import io.athgrid.registry.container.ContainerRepository;
import io.athgrid.registry.lifecycle.ContainerStatus;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each container's stake requirement per month, computed the first time it is needed (at
 * registration, and for every live container when a month starts) and then kept, so it never
 * changes within the month.
 */
@Component
public class StakeRequirements {

    private static final Logger log = LoggerFactory.getLogger(StakeRequirements.class);

    private final JdbcClient jdbc;
    private final StakeParameters parameters;
    private final ContainerRepository containers;
    private final ApplicationEventPublisher notices;
    private final Clock clock;

    public StakeRequirements(JdbcClient jdbc, StakeParameters parameters, ContainerRepository containers,
            ApplicationEventPublisher notices, Clock clock) {
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.containers = containers;
        this.notices = notices;
        this.clock = clock;
    }

    public StakeRequirement currentFor(Container container) {
        return forMonth(container, parameters.currentMonth());
    }

    @Transactional
    public StakeRequirement forMonth(Container container, YearMonth month) {
        return stored(container.id(), month).orElseGet(() -> {
            GpuModel model = GpuModel.valueOf(container.gpuModel());
            StakeRequirement computed = StakeRequirement.compute(month, parameters.kValue(month, model),
                    container.gpuCount(), parameters.coefficient(month));
            // A concurrent computation may have stored it first; the stored one is the requirement.
            jdbc.sql("""
                            insert into container_stake_requirement
                                (container_id, month, k_value_wei, staking_coefficient, amount_wei, computed_at)
                            values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(container.id(), month.toString(), new BigDecimal(computed.kValueWei()),
                            computed.stakingCoefficient(), new BigDecimal(computed.amountWei()),
                            Timestamp.from(clock.instant()))
                    .update();
            return stored(container.id(), month).orElseThrow();
        });
    }

    /**
     * When a month starts, fixes every live container's requirement for it, then announces
     * {@link StakeRequirementsFixed} so bonds are held against the new requirements.
     */
    @Scheduled(cron = "0 0 0 1 * *", zone = "UTC")
    public void fixMonth() {
        YearMonth month = parameters.currentMonth();
        int count = 0;
        for (Container container : containers.findByStatusNotAndRegisteredAtBefore(ContainerStatus.RETIRED,
                clock.instant())) {
            forMonth(container, month);
            count++;
        }
        log.info("Stake requirements for {} fixed for {} containers", month, count);
        notices.publishEvent(new StakeRequirementsFixed(month));
    }

    private Optional<StakeRequirement> stored(UUID containerId, YearMonth month) {
        return jdbc.sql("""
                        select k_value_wei, staking_coefficient, amount_wei from container_stake_requirement
                        where container_id = ? and month = ?""")
                .params(containerId, month.toString())
                .query((rs, row) -> new StakeRequirement(month, rs.getBigDecimal(1).toBigIntegerExact(),
                        rs.getBigDecimal(2).stripTrailingZeros(), rs.getBigDecimal(3).toBigIntegerExact()))
                .optional();
    }
}
