package io.athgrid.testsupport.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseNamesTest {

    @Test
    void keepsTheReadablePrefixAndAddsARandomSuffix() {
        String name = DatabaseNames.unique("staking_epochs");

        assertThat(name).matches("staking_epochs_[a-z0-9]{10}");
        assertThat(DatabaseNames.unique("staking_epochs")).isNotEqualTo(name);
    }

    @Test
    void turnsAnyPrefixIntoAValidIdentifier() {
        assertThat(DatabaseNames.unique("Epoch-Settlement IT")).matches("epoch_settlement_it_[a-z0-9]{10}");
        assertThat(DatabaseNames.unique("9lives")).matches("db_9lives_[a-z0-9]{10}");
        assertThat(DatabaseNames.unique("")).matches("db__[a-z0-9]{10}");
        assertThat(DatabaseNames.unique(null)).matches("db__[a-z0-9]{10}");
    }

    @Test
    void staysWithinPostgresIdentifierLength() {
        String name = DatabaseNames.unique("x".repeat(200));

        assertThat(name).hasSize(63);
        assertThat(DatabaseNames.requireValid(name)).isEqualTo(name);
    }

    @Test
    void rejectsNamesThatWouldNeedQuoting() {
        assertThatThrownBy(() -> DatabaseNames.requireValid("Registry")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseNames.requireValid("a;drop")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DatabaseNames.requireValid("registry")).isEqualTo("registry");
    }
}
