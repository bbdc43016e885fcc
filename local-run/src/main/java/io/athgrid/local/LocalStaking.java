package io.athgrid.local;

import io.athgrid.staking.epoch.EpochCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The staking-service's settings in the local run: it follows the devnet contracts on anvil (one
 * confirmation, anvil mines a block every two seconds), settles with the deployer's key (it holds
 * SETTLER_ROLE and SLASHER_ROLE), and runs on a fast clock — epochs of minutes, claims released
 * over a few epochs — with emission campaigns sized to what the devnet distributor was funded with.
 */
final class LocalStaking {

    /** Rewards campaigns of the local run: per epoch 20,000 ATH into AI and 5,000 into GAMING, for 24 epochs. */
    private static final String AI_CAMPAIGN_USD = "24000";
    private static final String GAMING_CAMPAIGN_USD = "6000";
    private static final int CAMPAIGN_EPOCHS = 24;

    private LocalStaking() {
    }

    static List<String> arguments(LocalInfrastructure infrastructure, Duration epochLength, Instant now) {
        String genesis = "2026-01-01";
        String startTime = "00:01";
        Duration displayedEnd = Duration.ofSeconds(1);
        long nextEpoch = new EpochCalendar(LocalDate.parse(genesis), LocalTime.parse(startTime), epochLength, displayedEnd)
                .numberAt(now) + 1;
        String chain = "--athgrid.staking.chain.";
        return List.of(
                chain + "rpc-url=" + infrastructure.anvil.rpcUrl(),
                chain + "chain-id=" + infrastructure.anvil.chainId(),
                chain + "confirmations=1",
                chain + "poll-interval=1s",
                chain + "ath-token=" + infrastructure.contracts.athToken(),
                chain + "staking-pools=" + infrastructure.contracts.stakingPools(),
                chain + "container-bonds=" + infrastructure.contracts.containerBonds(),
                chain + "reward-distributor=" + infrastructure.contracts.rewardDistributor(),
                chain + "settler-private-key=" + infrastructure.anvil.devPrivateKeys().get(0),
                "--athgrid.staking.epochs.genesis=" + genesis,
                "--athgrid.staking.epochs.start-time=" + startTime,
                "--athgrid.staking.epochs.length=" + epochLength.toMillis() + "ms",
                "--athgrid.staking.epochs.displayed-end-before-next=" + displayedEnd.toMillis() + "ms",
                "--athgrid.staking.epochs.close-grace=5s",
                "--athgrid.staking.epochs.close-interval=2s",
                "--athgrid.staking.rewards.schedules[0].id=local-ai",
                "--athgrid.staking.rewards.schedules[0].pool=AI",
                "--athgrid.staking.rewards.schedules[0].total-usd=" + AI_CAMPAIGN_USD,
                "--athgrid.staking.rewards.schedules[0].epochs=" + CAMPAIGN_EPOCHS,
                "--athgrid.staking.rewards.schedules[0].start-epoch=" + nextEpoch,
                "--athgrid.staking.rewards.schedules[1].id=local-gaming",
                "--athgrid.staking.rewards.schedules[1].pool=GAMING",
                "--athgrid.staking.rewards.schedules[1].total-usd=" + GAMING_CAMPAIGN_USD,
                "--athgrid.staking.rewards.schedules[1].epochs=" + CAMPAIGN_EPOCHS,
                "--athgrid.staking.rewards.schedules[1].start-epoch=" + nextEpoch,
                "--athgrid.staking.rewards.containers.epoch-emission-ath=1000",
                "--athgrid.staking.claims.quick-duration=" + epochLength.multipliedBy(2).toMillis() + "ms",
                "--athgrid.staking.claims.vesting-duration=" + epochLength.multipliedBy(12).toMillis() + "ms");
    }
}
