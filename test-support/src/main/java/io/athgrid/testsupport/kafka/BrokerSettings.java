package io.athgrid.testsupport.kafka;

import java.nio.file.Path;
import java.util.Properties;

/** Configuration of a single-node KRaft cluster: one process is both broker and controller. */
final class BrokerSettings {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private BrokerSettings() {
    }

    static Properties singleNode(Path logDir, int brokerPort, int controllerPort, int numPartitions) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toAbsolutePath().toString());

        props.put("auto.create.topics.enable", "true");
        props.put("num.partitions", String.valueOf(numPartitions));
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        // One node cannot hold three replicas of the internal topics; fewer partitions start faster.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // Consumers join at once instead of waiting three seconds for more members.
        props.put("group.initial.rebalance.delay.ms", "0");
        // Fewer threads: the test machine has two cores shared with the services under test.
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("background.threads", "2");
        props.put("log.cleaner.threads", "1");
        props.put("num.recovery.threads.per.data.dir", "1");
        return props;
    }
}
