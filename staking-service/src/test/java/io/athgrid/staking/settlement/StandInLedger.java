package io.athgrid.staking.settlement;

import io.athgrid.staking.ledger.EpochPayouts;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * THE stand-in for the ledger in settlement tests, and the only one: the real ledger (package
 * {@code ledger}) is built in another worktree. It keeps closed epochs' payouts and the
 * {@code settled} calls in tables of its own. After merging, the settlement ITs can import the
 * real ledger instead and close epochs through it; nothing else refers to this class's tables.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StandInLedger {

    @Bean
    StandInEpochPayouts epochPayouts(DataSource dataSource) {
        return new StandInEpochPayouts(JdbcClient.create(dataSource));
    }

    /** EpochPayouts over two small tables; epochs are closed by the test. */
    public static class StandInEpochPayouts implements EpochPayouts {

        private final JdbcClient jdbc;
        private volatile boolean tablesExist;

        StandInEpochPayouts(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        /** Closes {@code epoch} with these payouts (lower-case accounts to wei); none is an empty epoch. */
        public void close(long epoch, Map<String, BigInteger> payouts) {
            tables();
            payouts.forEach((account, amount) -> jdbc.sql(
                            "insert into standin_payout (epoch, account, amount_wei) values (?, ?, ?)")
                    .params(epoch, account, new BigDecimal(amount)).update());
            jdbc.sql("insert into standin_closed (epoch) values (?)").param(epoch).update();
        }

        /** Every {@code settled} call so far, in order. */
        public List<Settled> settledCalls() {
            tables();
            return jdbc.sql("select epoch, root, tx_hash from standin_settled order by id")
                    .query((rs, row) -> new Settled(rs.getLong("epoch"), rs.getString("root"), rs.getString("tx_hash")))
                    .list();
        }

        @Override
        public long lastClosedEpoch() {
            tables();
            return jdbc.sql("select coalesce(max(epoch), -1) from standin_closed").query(Long.class).single();
        }

        @Override
        public Optional<SortedMap<String, BigInteger>> payoutsOf(long epoch) {
            tables();
            if (epoch > lastClosedEpoch()) {
                return Optional.empty();
            }
            SortedMap<String, BigInteger> payouts = new TreeMap<>();
            jdbc.sql("select account, amount_wei from standin_payout where epoch = ?").param(epoch)
                    .query((rs, row) -> payouts.put(rs.getString("account"),
                            rs.getBigDecimal("amount_wei").toBigIntegerExact()))
                    .list();
            return Optional.of(payouts);
        }

        @Override
        public void settled(long epoch, String root, String txHash) {
            tables();
            jdbc.sql("insert into standin_settled (epoch, root, tx_hash) values (?, ?, ?)")
                    .params(epoch, root, txHash).update();
        }

        /** Created on first use: Flyway owns the schema and has run by then. */
        private void tables() {
            if (!tablesExist) {
                jdbc.sql("""
                        create table if not exists standin_payout (epoch bigint, account text, amount_wei numeric(78, 0));
                        create table if not exists standin_closed (epoch bigint primary key);
                        create table if not exists standin_settled (id bigserial primary key, epoch bigint, root text,
                            tx_hash text)""").update();
                tablesExist = true;
            }
        }
    }

    /** One {@code settled(epoch, root, txHash)} call. */
    public record Settled(long epoch, String root, String txHash) {
    }
}
