package io.athgrid.maas.deployment;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code athgrid.maas.deployments.*}; every default lives in {@code maas-service.yml}.
 *
 * @param schedulerUrl      where the scheduler-service answers its order API (directly, not through the gateway)
 * @param schedulerTimeout  connect and read timeout of one scheduler call
 * @param placementInterval pause between two placement rounds
 * @param gpuAccount        the platform's MaaS account: the enterprise id every replica's order is placed and
 *                          cancelled as, so the scheduler bills it, not the deploying enterprise, for GPU time
 *                          (MaaS is sold per token, ADR 18)
 * @param maxUsdPerGpuHour  the budget per GPU-hour every replica's order carries: generous, so a replica
 *                          is not refused in a busy market; the MaaS account pays the container's own price
 * @param orderClaim        how long one worker may take to order a replica before another may try
 * @param refusalPause      after the scheduler refused a deployment's order, how long its next orders wait
 * @param reconcileAfter    how long a requested replica's recorded order goes without news (its job events)
 *                          before the scheduler is asked about its job, and asked again ({@link Reconciliation})
 * @param batch             replicas or orders handled per step of a round
 */
@Validated
@ConfigurationProperties("athgrid.maas.deployments")
public record DeploymentProperties(
        @NotNull URI schedulerUrl,
        @NotNull Duration schedulerTimeout,
        @NotNull Duration placementInterval,
        @NotBlank @Size(max = 100) String gpuAccount,
        @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal maxUsdPerGpuHour,
        @NotNull Duration orderClaim,
        @NotNull Duration refusalPause,
        @NotNull Duration reconcileAfter,
        @Min(1) int batch) {

    public DeploymentProperties {
        if (orderClaim != null && schedulerTimeout != null && orderClaim.compareTo(schedulerTimeout.multipliedBy(2)) < 0) {
            // A claim shorter than a call could let a second worker order the same replica while the first waits.
            throw new IllegalArgumentException("athgrid.maas.deployments.order-claim must be at least twice the "
                    + "scheduler timeout");
        }
    }
}
