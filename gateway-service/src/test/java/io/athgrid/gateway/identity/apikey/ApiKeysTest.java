package io.athgrid.gateway.identity.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.gateway.identity.RandomAlphanumerics;
import io.athgrid.gateway.identity.apikey.ApiKeys.NewApiKey;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private final RandomAlphanumerics random = new RandomAlphanumerics(new SecureRandom());

    @Test
    void a_new_key_is_ath_and_40_random_alphanumerics() {
        NewApiKey key = ApiKeys.generate(random);

        assertThat(key.secret()).matches("ath_[0-9A-Za-z]{40}");
        assertThat(ApiKeys.isWellFormed(key.secret())).isTrue();
    }

    @Test
    void only_the_first_12_characters_are_kept_in_clear() {
        NewApiKey key = ApiKeys.generate(random);

        assertThat(key.prefix()).hasSize(12).isEqualTo(key.secret().substring(0, 12)).startsWith("ath_");
        assertThat(key.toString()).doesNotContain(key.secret());
    }

    @Test
    void the_stored_hash_is_the_sha_256_of_the_whole_key() {
        // SHA-256("abc"), from FIPS 180-2.
        assertThat(ApiKeys.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        NewApiKey key = ApiKeys.generate(random);
        assertThat(key.hash()).isEqualTo(ApiKeys.hash(key.secret())).hasSize(64).doesNotContain(key.secret());
    }

    @Test
    void keys_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ApiKeys.generate(random).secret())).isTrue();
        }
    }

    @Test
    void every_character_of_the_alphabet_occurs() {
        Set<Character> seen = new HashSet<>();
        for (char c : random.next(20_000).toCharArray()) {
            seen.add(c);
        }
        assertThat(seen).hasSize(62);
    }

    @Test
    void tells_well_formed_keys_from_anything_else() {
        assertThat(ApiKeys.isWellFormed("ath_" + "a".repeat(32))).isTrue();
        assertThat(ApiKeys.isWellFormed("ath_" + "a".repeat(31))).isFalse();
        assertThat(ApiKeys.isWellFormed("ath_" + "a".repeat(39) + "-")).isFalse();
        assertThat(ApiKeys.isWellFormed("sk-" + "a".repeat(40))).isFalse();
        assertThat(ApiKeys.isWellFormed(null)).isFalse();
        assertThat(ApiKeys.looksLikeKey("ath_x")).isTrue();
        assertThat(ApiKeys.looksLikeKey("eyJhbGciOiJIUzI1NiJ9")).isFalse();
    }
}
