package io.athgrid.registry.stake;

import java.math.BigDecimal;

/** A stake requirement as JSON: wei as strings, which no JSON number type can hold exactly. */
public record StakeRequirementView(String month, String kValueWei, BigDecimal stakingCoefficient, String amountWei) {

    public static StakeRequirementView of(StakeRequirement requirement) {
        return new StakeRequirementView(requirement.month().toString(), requirement.kValueWei().toString(),
                requirement.stakingCoefficient(), requirement.amountWei().toString());
    }
}
