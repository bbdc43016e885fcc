package io.athgrid.events.v1;

import io.athgrid.events.EventCatalog;
import io.athgrid.events.EventDescriptor;
import io.athgrid.events.Topics;
import java.util.List;

/**
 * Every v1 event type of the platform, with the topic it travels on. A new event type is added
 * here, with its JSON schema under {@code schemas/v1/}.
 */
public final class EventCatalogV1 {

    public static final EventCatalog CATALOG = new EventCatalog(List.of(
            new EventDescriptor("EnterpriseRegistered", 1, Topics.IDENTITY, EnterpriseRegistered.class),
            new EventDescriptor("ApiKeyIssued", 1, Topics.IDENTITY, ApiKeyIssued.class),
            new EventDescriptor("ApiKeyRevoked", 1, Topics.IDENTITY, ApiKeyRevoked.class),
            new EventDescriptor("ContainerRegistered", 1, Topics.CONTAINERS, ContainerRegistered.class),
            new EventDescriptor("ContainerStatusChanged", 1, Topics.CONTAINERS, ContainerStatusChanged.class),
            new EventDescriptor("ContainerSpecsUpdated", 1, Topics.CONTAINERS, ContainerSpecsUpdated.class),
            new EventDescriptor("ContainerUptimeReported", 1, Topics.CONTAINERS, ContainerUptimeReported.class),
            new EventDescriptor("JobSubmitted", 1, Topics.JOBS, JobSubmitted.class),
            new EventDescriptor("JobMatched", 1, Topics.JOBS, JobMatched.class),
            new EventDescriptor("JobStarted", 1, Topics.JOBS, JobStarted.class),
            new EventDescriptor("JobCompleted", 1, Topics.JOBS, JobCompleted.class),
            new EventDescriptor("JobFailed", 1, Topics.JOBS, JobFailed.class),
            new EventDescriptor("JobCancelled", 1, Topics.JOBS, JobCancelled.class),
            new EventDescriptor("LeaseExpired", 1, Topics.JOBS, LeaseExpired.class),
            new EventDescriptor("LeaseReleased", 1, Topics.JOBS, LeaseReleased.class),
            new EventDescriptor("UsageMetered", 1, Topics.BILLING, UsageMetered.class),
            new EventDescriptor("RefundIssued", 1, Topics.BILLING, RefundIssued.class),
            new EventDescriptor("ProviderFeeAccrued", 1, Topics.BILLING, ProviderFeeAccrued.class),
            new EventDescriptor("CheckJobAssigned", 1, Topics.CHECKS, CheckJobAssigned.class),
            new EventDescriptor("CheckReportAccepted", 1, Topics.CHECKS, CheckReportAccepted.class),
            new EventDescriptor("CheckVerdictReached", 1, Topics.CHECKS, CheckVerdictReached.class),
            new EventDescriptor("QosScoreUpdated", 1, Topics.CHECKS, QosScoreUpdated.class),
            new EventDescriptor("CheckerBanned", 1, Topics.CHECKS, CheckerBanned.class),
            new EventDescriptor("CheckerRewardAccrued", 1, Topics.CHECKS, CheckerRewardAccrued.class),
            new EventDescriptor("SlashProposed", 1, Topics.SLASHING, SlashProposed.class),
            new EventDescriptor("SlashDisputed", 1, Topics.SLASHING, SlashDisputed.class),
            new EventDescriptor("SlashExecuted", 1, Topics.SLASHING, SlashExecuted.class),
            new EventDescriptor("StakeLocked", 1, Topics.STAKING, StakeLocked.class),
            new EventDescriptor("StakeIncreased", 1, Topics.STAKING, StakeIncreased.class),
            new EventDescriptor("ContainerBondChanged", 1, Topics.STAKING, ContainerBondChanged.class),
            new EventDescriptor("BondSlashed", 1, Topics.STAKING, BondSlashed.class),
            new EventDescriptor("EpochClosed", 1, Topics.STAKING, EpochClosed.class),
            new EventDescriptor("RewardsAccrued", 1, Topics.STAKING, RewardsAccrued.class),
            new EventDescriptor("EpochSettled", 1, Topics.STAKING, EpochSettled.class),
            new EventDescriptor("RewardClaimed", 1, Topics.STAKING, RewardClaimed.class),
            new EventDescriptor("TokensMetered", 1, Topics.MAAS, TokensMetered.class)));

    private EventCatalogV1() {
    }
}
