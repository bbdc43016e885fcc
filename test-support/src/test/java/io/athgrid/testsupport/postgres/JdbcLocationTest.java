package io.athgrid.testsupport.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcLocationTest {

    @Test
    void buildsUrlsForOtherDatabasesOnTheSameServerKeepingParameters() {
        JdbcLocation location = JdbcLocation.parse("jdbc:postgresql://db.internal:6543/admin?sslmode=require&ApplicationName=it");

        assertThat(location.host()).isEqualTo("db.internal");
        assertThat(location.port()).isEqualTo(6543);
        assertThat(location.database()).isEqualTo("admin");
        assertThat(location.urlOf("orders_abc"))
                .isEqualTo("jdbc:postgresql://db.internal:6543/orders_abc?sslmode=require&ApplicationName=it");
    }

    @Test
    void defaultsPortAndDatabase() {
        JdbcLocation location = JdbcLocation.parse("jdbc:postgresql://localhost");

        assertThat(location.url()).isEqualTo("jdbc:postgresql://localhost:5432/postgres");
    }

    @Test
    void rejectsOtherDrivers() {
        assertThatThrownBy(() -> JdbcLocation.parse("jdbc:mysql://localhost/x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
