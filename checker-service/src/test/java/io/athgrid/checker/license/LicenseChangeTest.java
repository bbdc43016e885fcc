package io.athgrid.checker.license;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.contracts.generated.CheckerLicense;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.protocol.core.methods.response.Log;

class LicenseChangeTest {

    private static final String OWNER = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    private static final String BURNER = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
    private static final String TX = "0x" + "5a".repeat(32);

    @Test
    void a_transfer_log_from_the_zero_address_is_a_mint() {
        Log log = log(List.of(EventEncoder.encode(CheckerLicense.TRANSFER_EVENT), topic(new Address(LicenseChange.ZERO_ADDRESS)),
                topic(new Address(OWNER)), topic(new Uint256(7))), "0x");

        LicenseChange change = LicenseChange.decode(log).orElseThrow();

        assertThat(change).isInstanceOf(LicenseChange.Transferred.class);
        LicenseChange.Transferred transfer = (LicenseChange.Transferred) change;
        assertThat(transfer.licenseId()).isEqualTo(7);
        assertThat(transfer.to()).isEqualTo(OWNER);
        assertThat(transfer.mint()).isTrue();
        assertThat(transfer.burn()).isFalse();
        assertThat(transfer.log()).isEqualTo(new LogLocation(1234, TX, 3));
    }

    @Test
    void a_transfer_to_the_zero_address_is_a_burn() {
        CheckerLicense.TransferEventResponse event = new CheckerLicense.TransferEventResponse();
        event.log = log(List.of(), "0x");
        event.from = OWNER;
        event.to = LicenseChange.ZERO_ADDRESS;
        event.tokenId = BigInteger.valueOf(9);

        LicenseChange.Transferred transfer = (LicenseChange.Transferred) LicenseChange.of(event);

        assertThat(transfer.burn()).isTrue();
        assertThat(transfer.mint()).isFalse();
    }

    @Test
    void an_update_user_log_names_the_delegate_and_its_expiry() {
        Log log = log(List.of(EventEncoder.encode(CheckerLicense.UPDATEUSER_EVENT), topic(new Uint256(7)),
                topic(new Address(BURNER))), "0x" + TypeEncoder.encode(new Uint64(1_900_000_000L)));

        LicenseChange.UserUpdated update = (LicenseChange.UserUpdated) LicenseChange.decode(log).orElseThrow();

        assertThat(update.licenseId()).isEqualTo(7);
        assertThat(update.user()).isEqualTo(BURNER);
        assertThat(update.expires()).isEqualTo(1_900_000_000L);
        assertThat(update.removed()).isFalse();
    }

    @Test
    void an_expiry_beyond_year_9999_counts_as_the_last_second_of_it() {
        Log log = log(List.of(EventEncoder.encode(CheckerLicense.UPDATEUSER_EVENT), topic(new Uint256(7)),
                topic(new Address(BURNER))), "0x" + TypeEncoder.encode(new Uint64(new BigInteger("18446744073709551615"))));

        LicenseChange.UserUpdated update = (LicenseChange.UserUpdated) LicenseChange.decode(log).orElseThrow();

        assertThat(update.expires()).isEqualTo(LicenseChange.LATEST_EXPIRY);
    }

    @Test
    void other_events_of_the_contract_change_no_license() {
        Log approval = log(List.of(EventEncoder.encode(CheckerLicense.APPROVAL_EVENT), topic(new Address(OWNER)),
                topic(new Address(BURNER)), topic(new Uint256(7))), "0x");

        assertThat(LicenseChange.decode(approval)).isEqualTo(Optional.empty());
        assertThat(LicenseChange.decode(log(List.of(), "0x"))).isEmpty();
    }

    private static String topic(org.web3j.abi.datatypes.Type<?> value) {
        return "0x" + TypeEncoder.encode(value);
    }

    private static Log log(List<String> topics, String data) {
        Log log = new Log();
        log.setTopics(topics);
        log.setData(data);
        log.setBlockNumber("0x4d2");
        log.setTransactionHash(TX.toUpperCase().replace("0X", "0x"));
        log.setLogIndex("0x3");
        return log;
    }
}
