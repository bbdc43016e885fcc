package io.athgrid.checker;

import io.athgrid.checker.accrual.RewardAccruals;
import io.athgrid.checker.assignment.AssignmentPlanner;
import io.athgrid.checker.container.ContainerAccess;
import io.athgrid.checker.container.ContainerStore;
import io.athgrid.checker.container.OnContainerRegistered;
import io.athgrid.checker.container.OnContainerSpecsUpdated;
import io.athgrid.checker.container.OnContainerStatusChanged;
import io.athgrid.checker.container.RegistryStakeRequirements;
import io.athgrid.checker.container.StakeRequirements;
import io.athgrid.checker.job.Assigning;
import io.athgrid.checker.job.JobStore;
import io.athgrid.checker.job.Reassigning;
import io.athgrid.checker.license.LicenseBans;
import io.athgrid.checker.license.LicenseChangeLog;
import io.athgrid.checker.license.LicenseChanges;
import io.athgrid.checker.license.LicenseStore;
import io.athgrid.checker.referee.Referee;
import io.athgrid.checker.referee.ReportAdmission;
import io.athgrid.checker.report.ReportStore;
import io.athgrid.checker.report.Reports;
import io.athgrid.checker.slash.EpisodeStore;
import io.athgrid.checker.slash.SlashDecisions;
import io.athgrid.checker.slash.SlashExecutions;
import io.athgrid.checker.slash.SlashProposing;
import io.athgrid.checker.slash.SlashStore;
import io.athgrid.checker.verdict.Judging;
import io.athgrid.checker.verdict.QosStore;
import io.athgrid.checker.verdict.QosUpdates;
import io.athgrid.checker.verdict.VerdictStore;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the plain-Java checker rules to their stores, events and workers from {@code athgrid.checker.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckerProperties.class)
class CheckerConfiguration {

    @Bean
    ContainerStore containerStore(JdbcClient jdbc) {
        return new ContainerStore(jdbc);
    }

    @Bean
    ContainerAccess containerAccess(ContainerStore containers) {
        return new ContainerAccess(containers);
    }

    @Bean
    OnContainerRegistered onContainerRegistered(ContainerStore containers) {
        return new OnContainerRegistered(containers);
    }

    @Bean
    OnContainerSpecsUpdated onContainerSpecsUpdated(ContainerStore containers) {
        return new OnContainerSpecsUpdated(containers);
    }

    @Bean
    OnContainerStatusChanged onContainerStatusChanged(ContainerStore containers) {
        return new OnContainerStatusChanged(containers);
    }

    @Bean
    StakeRequirements stakeRequirements(CheckerProperties properties, InternalTokenIssuer tokens) {
        return new RegistryStakeRequirements(properties.registry().url(), tokens, properties.registry().timeout());
    }

    @Bean
    LicenseStore licenseStore(JdbcClient jdbc) {
        return new LicenseStore(jdbc);
    }

    @Bean
    LicenseChangeLog licenseChangeLog(JdbcClient jdbc) {
        return new LicenseChangeLog(jdbc);
    }

    @Bean
    LicenseChanges licenseChanges(LicenseStore licenses, LicenseChangeLog changeLog, TransactionTemplate transaction,
            Clock clock) {
        return new LicenseChanges(licenses, changeLog, transaction, clock);
    }

    @Bean
    LicenseBans licenseBans(JdbcClient jdbc, LicenseStore licenses, Outbox outbox, CheckerProperties properties) {
        return new LicenseBans(jdbc, licenses, properties.ban().rule(), outbox);
    }

    @Bean
    JobStore jobStore(JdbcClient jdbc) {
        return new JobStore(jdbc);
    }

    @Bean
    AssignmentPlanner assignmentPlanner(CheckerProperties properties) {
        String seed = properties.assignment().seed();
        if (seed == null || seed.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            seed = HexFormat.of().formatHex(random);
        }
        return new AssignmentPlanner(properties.assignment().n(), seed);
    }

    @Bean
    Assigning assigning(ContainerStore containers, LicenseStore licenses, JobStore jobs, AssignmentPlanner planner,
            Outbox outbox, TransactionTemplate transaction, Clock clock, CheckerProperties properties,
            MeterRegistry meters) {
        CheckerProperties.Assignment assignment = properties.assignment();
        return new Assigning(containers, licenses, jobs, properties.checks().timings(), planner, outbox, transaction,
                clock, assignment.onlineWithin(), assignment.defaultRegion(), properties.workers().batch(), meters);
    }

    @Bean
    Reassigning reassigning(LicenseStore licenses, JobStore jobs, AssignmentPlanner planner, Outbox outbox,
            TransactionTemplate transaction, Clock clock, CheckerProperties properties) {
        CheckerProperties.Assignment assignment = properties.assignment();
        return new Reassigning(licenses, jobs, properties.checks().timings(), planner, outbox, transaction, clock,
                assignment.onlineWithin(), assignment.defaultRegion(), properties.workers().batch());
    }

    @Bean
    ReportStore reportStore(JdbcClient jdbc) {
        return new ReportStore(jdbc);
    }

    @Bean
    Reports reports(JobStore jobs, LicenseStore licenses, ReportStore reports, Outbox outbox,
            TransactionTemplate transaction, Clock clock, CheckerProperties properties, MeterRegistry meters) {
        CheckerProperties.Assignment assignment = properties.assignment();
        return new Reports(jobs, licenses, reports,
                new ReportAdmission(properties.chain().domain(), assignment.clockSkew()), outbox, transaction, clock,
                assignment.onlineWithin(), assignment.defaultRegion(), meters);
    }

    @Bean
    VerdictStore verdictStore(JdbcClient jdbc) {
        return new VerdictStore(jdbc);
    }

    @Bean
    QosStore qosStore(JdbcClient jdbc) {
        return new QosStore(jdbc);
    }

    @Bean
    QosUpdates qosUpdates(QosStore scores, Outbox outbox, CheckerProperties properties) {
        return new QosUpdates(scores, outbox, properties.qos().smoothingBasisPoints());
    }

    @Bean
    EpisodeStore episodeStore(JdbcClient jdbc) {
        return new EpisodeStore(jdbc);
    }

    @Bean
    SlashStore slashStore(JdbcClient jdbc) {
        return new SlashStore(jdbc);
    }

    @Bean
    SlashProposing slashProposing(EpisodeStore episodes, SlashStore slashes, VerdictStore verdicts, JobStore jobs,
            ReportStore reports, ContainerStore containers, StakeRequirements stakeRequirements, Outbox outbox,
            CheckerProperties properties) {
        CheckerProperties.Slashing slashing = properties.slashing();
        return new SlashProposing(episodes, slashes, verdicts, jobs, reports, containers, stakeRequirements,
                slashing.policy(), properties.chain().domain(), outbox, slashing.failuresToSlash(),
                slashing.disputeWindow());
    }

    @Bean
    Judging judging(JobStore jobs, ReportStore reports, VerdictStore verdicts, QosUpdates qos, LicenseBans bans,
            SlashProposing slashing, Outbox outbox, TransactionTemplate transaction, Clock clock,
            CheckerProperties properties, MeterRegistry meters) {
        return new Judging(jobs, reports, verdicts, new Referee(properties.outcome().rule()), qos, bans, slashing,
                outbox, transaction, clock, properties.workers().batch(), meters);
    }

    @Bean
    SlashExecutions slashExecutions(SlashStore slashes, Outbox outbox, TransactionTemplate transaction, Clock clock,
            CheckerProperties properties) {
        return new SlashExecutions(slashes, outbox, transaction, clock, properties.workers().batch());
    }

    @Bean
    SlashDecisions slashDecisions(SlashStore slashes, Outbox outbox, TransactionTemplate transaction, Clock clock) {
        return new SlashDecisions(slashes, outbox, transaction, clock);
    }

    @Bean
    RewardAccruals rewardAccruals(JdbcClient jdbc, VerdictStore verdicts, LicenseStore licenses, LicenseBans bans,
            Outbox outbox, TransactionTemplate transaction, Clock clock, CheckerProperties properties) {
        CheckerProperties.Rewards rewards = properties.rewards();
        return new RewardAccruals(jdbc, verdicts, licenses, bans, rewards.emission(), rewards.minUptimePercent(),
                outbox, transaction, clock, rewards.grace());
    }
}
