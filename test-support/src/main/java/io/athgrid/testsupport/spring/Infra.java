package io.athgrid.testsupport.spring;

/** A piece of real infrastructure a Spring test can ask for with {@link RealInfrastructure}. */
public enum Infra {
    /** A fresh database per application context: {@code spring.datasource.url/username/password}. */
    POSTGRES,
    /** The in-JVM KRaft broker: {@code spring.kafka.bootstrap-servers}. */
    KAFKA,
    /** A Redis server: {@code spring.data.redis.host/port}; the test is aborted when there is none. */
    REDIS,
    /** An anvil node: {@code athgrid.chain.rpc-url} and {@code athgrid.chain.chain-id}. */
    ANVIL
}
