package io.athgrid.bench.settlement;

import com.zaxxer.hikari.HikariDataSource;
import io.athgrid.staking.proof.EpochProofs;
import io.athgrid.staking.proof.ProofView;
import io.athgrid.staking.settlement.EpochTree;
import io.athgrid.staking.settlement.RootPosting;
import io.athgrid.staking.settlement.SettlementStore;
import io.athgrid.staking.settlement.tx.OutgoingTx;
import io.athgrid.staking.settlement.tx.OutgoingTxStore;
import io.athgrid.testsupport.postgres.PostgresDatabase;
import io.athgrid.testsupport.postgres.PostgresServer;
import java.time.Instant;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.web3j.utils.Numeric;

/**
 * The tree as the service stores it (every leaf and the node array, in one transaction with its
 * queued postRoot), and proofs read back from PostgreSQL as the API serves them.
 */
final class StoredEpoch {

    record Figures(String database, long storeMillis, int proofsRead, double proofReadMillis) {
    }

    private StoredEpoch() {
    }

    static Figures measure(EpochTree tree, int proofsToRead) {
        PostgresDatabase database = PostgresServer.shared().createDatabase("bench_settlement");
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password())
                .schemas("staking").defaultSchema("staking").locations("classpath:db/migration/staking")
                .load().migrate();
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=staking";
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(database.username());
        dataSource.setPassword(database.password());
        try {
            return measure(tree, proofsToRead, dataSource);
        } finally {
            dataSource.close();
        }
    }

    private static Figures measure(EpochTree tree, int proofsToRead, DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        OutgoingTxStore transactions = new OutgoingTxStore(jdbc);
        SettlementStore settlements = new SettlementStore(jdbc);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        String subject = Long.toString(tree.epoch());

        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            transactions.queue(RootPosting.PURPOSE, subject, Instant.now());
            settlements.saveComputed(tree, OutgoingTx.idOf(RootPosting.PURPOSE, subject), Instant.now());
        });
        long stored = System.nanoTime();

        EpochProofs proofs = new EpochProofs(settlements, transactions);
        Random random = new Random(11);
        long readStart = System.nanoTime();
        for (int i = 0; i < proofsToRead; i++) {
            int index = random.nextInt(tree.size());
            EpochTree.Leaf leaf = tree.leaf(index);
            ProofView proof = proofs.proof(tree.epoch(), leaf.account());
            if (!proof.root().equals(tree.rootHex()) || proof.index() != leaf.index()
                    || !proof.amountWei().equals(leaf.amount().toString())
                    || !String.join("", proof.proof()).replace("0x", "").equals(
                            Numeric.toHexStringNoPrefix(tree.proof(index)))) {
                throw new IllegalStateException("the stored proof of " + leaf.account() + " is not the computed one");
            }
        }
        long readDone = System.nanoTime();
        return new Figures(PostgresServer.shared().description(), (stored - start) / 1_000_000, proofsToRead,
                (readDone - readStart) / 1e6 / proofsToRead);
    }
}
