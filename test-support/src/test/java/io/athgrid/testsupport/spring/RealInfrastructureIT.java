package io.athgrid.testsupport.spring;

import static io.athgrid.testsupport.spring.Infra.KAFKA;
import static io.athgrid.testsupport.spring.Infra.POSTGRES;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig(RealInfrastructureIT.Config.class)
@RealInfrastructure({POSTGRES, KAFKA})
class RealInfrastructureIT {

    @Configuration
    static class Config {
        @Bean
        DataSource dataSource(@Value("${spring.datasource.url}") String url,
                              @Value("${spring.datasource.username}") String username,
                              @Value("${spring.datasource.password}") String password) {
            return new DriverManagerDataSource(url, username, password);
        }

        @Bean(destroyMethod = "close")
        Admin kafkaAdmin(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
            return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        }
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    Admin kafkaAdmin;

    @Autowired
    Environment environment;

    @Test
    void theContextGetsItsOwnFreshDatabase() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        String database = jdbc.queryForObject("SELECT current_database()", String.class);

        assertThat(database).startsWith("real_infrastructure_it_");
        assertThat(environment.getProperty("spring.datasource.url")).endsWith("/" + database);
        jdbc.execute("CREATE TABLE IF NOT EXISTS probe (id int)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void kafkaPropertiesReachTheInJvmBroker() throws Exception {
        String topic = "probe-" + UUID.randomUUID();

        kafkaAdmin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();

        assertThat(kafkaAdmin.describeCluster().nodes().get()).hasSize(1);
        assertThat(listedWithin(topic, Duration.ofSeconds(10))).contains(topic);
    }

    // createTopics completes once the controller commits; the broker's metadata cache,
    // which answers listTopics, may catch up a moment later.
    private Set<String> listedWithin(String topic, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> names = kafkaAdmin.listTopics().names().get();
        while (!names.contains(topic) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            names = kafkaAdmin.listTopics().names().get();
        }
        return names;
    }
}
