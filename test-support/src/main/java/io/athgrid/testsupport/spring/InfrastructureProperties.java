package io.athgrid.testsupport.spring;

import io.athgrid.testsupport.anvil.AnvilNode;
import io.athgrid.testsupport.kafka.KafkaBroker;
import io.athgrid.testsupport.postgres.PostgresDatabase;
import io.athgrid.testsupport.postgres.PostgresServer;
import io.athgrid.testsupport.redis.RedisServer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Starts (or reuses) the requested infrastructure and lists the Spring properties that point at it. */
final class InfrastructureProperties {

    private InfrastructureProperties() {
    }

    static Map<String, Object> connect(Set<Infra> requested, String databasePrefix) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (requested.contains(Infra.POSTGRES)) {
            PostgresDatabase database = PostgresServer.shared().createDatabase(databasePrefix);
            properties.put("spring.datasource.url", database.jdbcUrl());
            properties.put("spring.datasource.username", database.username());
            properties.put("spring.datasource.password", database.password());
        }
        if (requested.contains(Infra.KAFKA)) {
            properties.put("spring.kafka.bootstrap-servers", KafkaBroker.shared().bootstrapServers());
        }
        if (requested.contains(Infra.REDIS)) {
            RedisServer redis = RedisServer.find().orElseThrow(MissingRedis::abort);
            properties.put("spring.data.redis.host", redis.host());
            properties.put("spring.data.redis.port", redis.port());
        }
        if (requested.contains(Infra.ANVIL)) {
            AnvilNode anvil = AnvilNode.shared();
            properties.put("athgrid.chain.rpc-url", anvil.rpcUrl());
            properties.put("athgrid.chain.chain-id", anvil.chainId());
        }
        return properties;
    }
}
