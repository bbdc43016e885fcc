package io.athgrid.scheduler;

import io.athgrid.scheduler.billing.ChargeSchedule;
import io.athgrid.scheduler.billing.DailyProviderFees;
import io.athgrid.scheduler.billing.FeeAccruals;
import io.athgrid.scheduler.billing.LedgerStore;
import io.athgrid.scheduler.billing.Meter;
import io.athgrid.scheduler.billing.Metering;
import io.athgrid.scheduler.job.JobStore;
import io.athgrid.scheduler.job.JobTransitions;
import io.athgrid.scheduler.lease.ContainerLoss;
import io.athgrid.scheduler.lease.LeaseRenewals;
import io.athgrid.scheduler.lease.LeaseStore;
import io.athgrid.scheduler.lease.ReleaseQueue;
import io.athgrid.scheduler.lease.Releases;
import io.athgrid.scheduler.market.IndexerMarket;
import io.athgrid.scheduler.matching.IndexerClient;
import io.athgrid.scheduler.matching.Matching;
import io.athgrid.scheduler.order.OrderKeyStore;
import io.athgrid.scheduler.order.OrderRules;
import io.athgrid.scheduler.order.OrderStore;
import io.athgrid.scheduler.order.Orders;
import io.athgrid.scheduler.pricing.ConfiguredPriceFeed;
import io.athgrid.scheduler.pricing.PriceFeed;
import io.athgrid.scheduler.provider.AccruedFees;
import io.athgrid.scheduler.provider.ProviderLeaseStore;
import io.athgrid.scheduler.provisioning.Provisioning;
import io.athgrid.scheduler.provisioning.SimulatedWorkloadLauncher;
import io.athgrid.scheduler.provisioning.WorkloadLauncher;
import io.athgrid.scheduler.slashing.AppliedSlashes;
import io.athgrid.scheduler.slashing.SlashRefunds;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigInteger;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** Wires the plain-Java order, job, lease and billing classes from {@code athgrid.scheduler.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerProperties.class)
class SchedulerConfiguration {

    /** ATH wei exceed what JSON numbers carry exactly in most clients: the API writes them as strings. */
    @Bean
    JacksonModule weiAsStrings() {
        return new SimpleModule("wei-as-strings").addSerializer(BigInteger.class, ToStringSerializer.instance);
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    OrderStore orderStore(JdbcClient jdbc) {
        return new OrderStore(jdbc);
    }

    @Bean
    OrderKeyStore orderKeyStore(JdbcClient jdbc) {
        return new OrderKeyStore(jdbc);
    }

    @Bean
    JobStore jobStore(JdbcClient jdbc) {
        return new JobStore(jdbc);
    }

    @Bean
    LeaseStore leaseStore(JdbcClient jdbc) {
        return new LeaseStore(jdbc);
    }

    @Bean
    LedgerStore ledgerStore(JdbcClient jdbc) {
        return new LedgerStore(jdbc);
    }

    @Bean
    ReleaseQueue releaseQueue(JdbcClient jdbc) {
        return new ReleaseQueue(jdbc);
    }

    @Bean
    IndexerClient indexerClient(SchedulerProperties properties, InternalTokenIssuer tokens) {
        return new IndexerClient(properties.indexerUrl(), tokens, properties.indexerTimeout());
    }

    @Bean
    IndexerMarket market(IndexerClient indexer) {
        return new IndexerMarket(indexer);
    }

    @Bean
    PriceFeed priceFeed(SchedulerProperties properties, Clock clock) {
        return new ConfiguredPriceFeed(properties.priceFeed().usdPerAth(), clock);
    }

    @Bean
    OrderRules orderRules(SchedulerProperties properties, IndexerMarket market) {
        SchedulerProperties.Orders orders = properties.orders();
        return new OrderRules(new OrderRules.Limits(orders.maxNodes(), orders.defaultMaxLatencyMs(),
                properties.billing().reservedPeriod(), orders.maxDuration(), orders.maxLeadTime()), market);
    }

    @Bean
    Meter meter(LedgerStore ledger, LeaseStore leases, Outbox outbox, SchedulerProperties properties) {
        return new Meter(ledger, leases, outbox, new ChargeSchedule(properties.billing().reservedPeriod()),
                properties.billing().protocolFeeBasisPoints());
    }

    @Bean
    JobTransitions jobTransitions(JobStore jobs, OrderStore orders, LeaseStore leases, ReleaseQueue releases,
            Meter meter, Outbox outbox, TransactionTemplate transaction, Clock clock, SchedulerProperties properties) {
        return new JobTransitions(jobs, orders, leases, releases, meter, outbox, transaction, clock,
                new JobTransitions.Timing(properties.provisioning().simulatedBoot(), properties.leases().lease(),
                        properties.matching().retry(), properties.matching().timeout()));
    }

    @Bean
    Matching matching(JobStore jobs, OrderStore orders, IndexerClient indexer, JobTransitions transitions,
            TransactionTemplate transaction, Clock clock, SchedulerProperties properties, MeterRegistry meters) {
        return new Matching(jobs, orders, indexer, transitions, transaction, clock, properties.matching().claim(),
                properties.matching().batch(), meters);
    }

    @Bean
    Orders orders(OrderRules rules, PriceFeed prices, OrderStore orders, OrderKeyStore keys, JobStore jobs,
            JobTransitions transitions, Matching matching, Outbox outbox, TransactionTemplate transaction, Clock clock) {
        return new Orders(rules, prices, orders, keys, jobs, transitions, matching, outbox, transaction, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "athgrid.scheduler.provisioning.mode", havingValue = "simulation")
    WorkloadLauncher simulatedWorkloadLauncher(Clock clock) {
        return new SimulatedWorkloadLauncher(clock);
    }

    @Bean
    Provisioning provisioning(JobStore jobs, OrderStore orders, LeaseStore leases, WorkloadLauncher launcher,
            JobTransitions transitions, Clock clock, SchedulerProperties properties) {
        return new Provisioning(jobs, orders, leases, launcher, transitions, clock, properties.matching().batch());
    }

    @Bean
    LeaseRenewals leaseRenewals(JobStore jobs, IndexerClient indexer, JobTransitions transitions, Clock clock,
            SchedulerProperties properties) {
        return new LeaseRenewals(jobs, indexer, transitions, clock, properties.leases().renewAhead(),
                properties.matching().batch());
    }

    @Bean
    ContainerLoss containerLoss(LeaseStore leases, JobStore jobs, JobTransitions transitions,
            SchedulerProperties properties) {
        return new ContainerLoss(leases, jobs, transitions, properties.leases().offlineDetectionLag());
    }

    @Bean
    SlashRefunds slashRefunds(JdbcClient jdbc, LedgerStore ledger, LeaseStore leases, JobStore jobs,
            OrderStore orders, JobTransitions transitions, Meter meter, Clock clock, SchedulerProperties properties) {
        return new SlashRefunds(new AppliedSlashes(jdbc), ledger, leases, jobs, orders, transitions, meter,
                properties.billing().reservedPeriod(), clock);
    }

    @Bean
    Releases releases(ReleaseQueue queue, IndexerClient indexer, TransactionTemplate transaction,
            SchedulerProperties properties) {
        return new Releases(queue, indexer, transaction, properties.matching().batch());
    }

    @Bean
    Metering metering(LeaseStore leases, JobStore jobs, JobTransitions transitions, Clock clock,
            SchedulerProperties properties) {
        return new Metering(leases, jobs, transitions, clock, properties.matching().batch() * 4);
    }

    @Bean
    DailyProviderFees dailyProviderFees(JdbcClient jdbc) {
        return new DailyProviderFees(jdbc);
    }

    @Bean
    FeeAccruals feeAccruals(JdbcClient jdbc, DailyProviderFees daily, Outbox outbox, TransactionTemplate transaction,
            Clock clock, SchedulerProperties properties) {
        return new FeeAccruals(jdbc, daily, outbox, transaction, clock, properties.billing().providerFeeVesting());
    }

    @Bean
    ProviderLeaseStore providerLeaseStore(JdbcClient jdbc) {
        return new ProviderLeaseStore(jdbc);
    }

    @Bean
    AccruedFees accruedFees(JdbcClient jdbc) {
        return new AccruedFees(jdbc);
    }
}
