package io.athgrid.checker.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LicenseHistoryTest {

    private static final String ZERO = LicenseChange.ZERO_ADDRESS;
    private static final String OWNER = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    private static final String BUYER = "0x90f79bf6eb2c4f827f2bd2fc9d6b9f5f5d4c2c1a";
    private static final String BURNER = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
    private static final long EXPIRES = 1_900_000_000L;

    @Test
    void a_mint_makes_the_receiver_the_owner_of_an_active_license_without_delegate() {
        assertThat(LicenseHistory.replay(List.of(transfer(10, 0, ZERO, OWNER))))
                .contains(new OnChainLicense(OWNER, true, null, null));
    }

    @Test
    void set_user_delegates_until_its_expiry_and_the_zero_address_removes_the_delegate() {
        assertThat(LicenseHistory.replay(List.of(transfer(10, 0, ZERO, OWNER), user(11, 0, BURNER, EXPIRES))))
                .contains(new OnChainLicense(OWNER, true, BURNER, Instant.ofEpochSecond(EXPIRES)));
        assertThat(LicenseHistory.replay(List.of(transfer(10, 0, ZERO, OWNER), user(11, 0, BURNER, EXPIRES),
                user(12, 0, ZERO, 0)))).contains(new OnChainLicense(OWNER, true, null, null));
    }

    @Test
    void a_transfer_makes_the_receiver_the_owner_and_ends_the_delegation() {
        assertThat(LicenseHistory.replay(List.of(transfer(10, 0, ZERO, OWNER), user(11, 0, BURNER, EXPIRES),
                transfer(12, 4, OWNER, BUYER)))).contains(new OnChainLicense(BUYER, true, null, null));
    }

    @Test
    void a_burn_keeps_the_last_owner_and_deactivates_the_license() {
        assertThat(LicenseHistory.replay(List.of(transfer(10, 0, ZERO, OWNER), user(11, 0, BURNER, EXPIRES),
                transfer(12, 0, OWNER, ZERO)))).contains(new OnChainLicense(OWNER, false, null, null));
    }

    @Test
    void changes_are_replayed_in_block_and_log_order_whatever_order_they_come_in() {
        List<LicenseChange> shuffled = List.of(user(12, 1, BURNER, EXPIRES), transfer(12, 0, OWNER, BUYER),
                transfer(10, 0, ZERO, OWNER));

        assertThat(LicenseHistory.replay(shuffled))
                .contains(new OnChainLicense(BUYER, true, BURNER, Instant.ofEpochSecond(EXPIRES)));
    }

    @Test
    void a_license_whose_changes_were_all_taken_back_does_not_exist() {
        assertThat(LicenseHistory.replay(List.of())).isEmpty();
    }

    @Test
    void without_a_transfer_a_delegation_makes_no_license() {
        assertThat(LicenseHistory.replay(List.of(user(11, 0, BURNER, EXPIRES)))).isEmpty();
        assertThat(LicenseHistory.after(Optional.empty(), user(11, 0, BURNER, EXPIRES))).isEmpty();
    }

    @Test
    void rebuilding_from_the_changes_a_reorg_left_gives_the_license_as_it_was_before_the_orphaned_ones() {
        List<LicenseChange> kept = List.of(transfer(10, 0, ZERO, OWNER), user(11, 0, BURNER, EXPIRES));
        Optional<OnChainLicense> applied = Optional.empty();
        for (LicenseChange change : kept) {
            applied = LicenseHistory.after(applied, change);
        }
        Optional<OnChainLicense> withOrphans = LicenseHistory.after(applied, transfer(13, 0, OWNER, BUYER));

        assertThat(withOrphans).contains(new OnChainLicense(BUYER, true, null, null));
        assertThat(LicenseHistory.replay(kept)).isEqualTo(applied)
                .contains(new OnChainLicense(OWNER, true, BURNER, Instant.ofEpochSecond(EXPIRES)));
    }

    private static LicenseChange transfer(long block, int logIndex, String from, String to) {
        return new LicenseChange.Transferred(location(block, logIndex), 7, from, to);
    }

    private static LicenseChange user(long block, int logIndex, String user, long expires) {
        return new LicenseChange.UserUpdated(location(block, logIndex), 7, user, expires);
    }

    private static LogLocation location(long block, int logIndex) {
        return new LogLocation(block, String.format("0x%064x", block), logIndex);
    }
}
