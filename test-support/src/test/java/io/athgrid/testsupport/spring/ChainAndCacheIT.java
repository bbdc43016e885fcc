package io.athgrid.testsupport.spring;

import static io.athgrid.testsupport.spring.Infra.ANVIL;
import static io.athgrid.testsupport.spring.Infra.REDIS;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.testsupport.redis.RedisServer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** ANVIL and REDIS, asked for through a service's own composed annotation. */
@ChainAndCacheIT.ChainServiceTest
class ChainAndCacheIT {

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @SpringJUnitConfig(ChainAndCacheIT.Empty.class)
    @RealInfrastructure({ANVIL, REDIS})
    @interface ChainServiceTest {
    }

    @Configuration
    static class Empty {
    }

    @Autowired
    Environment environment;

    @Test
    void chainPropertiesPointAtAnAnvilOnArbitrumSepoliasChainId() throws Exception {
        String rpcUrl = environment.getRequiredProperty("athgrid.chain.rpc-url");
        HttpRequest chainId = HttpRequest.newBuilder(URI.create(rpcUrl))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
                .build();

        String reply = HttpClient.newHttpClient().send(chainId, HttpResponse.BodyHandlers.ofString()).body();

        assertThat(environment.getRequiredProperty("athgrid.chain.chain-id", Long.class)).isEqualTo(421_614L);
        assertThat(reply).contains("\"result\":\"0x66eee\"");
    }

    @Test
    void redisPropertiesPointAtAServerThatAnswers() {
        String host = environment.getRequiredProperty("spring.data.redis.host");
        int port = environment.getRequiredProperty("spring.data.redis.port", Integer.class);

        assertThat(RedisServer.reachable(host, port)).isTrue();
    }
}
