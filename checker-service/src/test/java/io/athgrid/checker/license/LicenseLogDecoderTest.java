package io.athgrid.checker.license;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.chain.ChainLog;
import io.athgrid.chain.LogPosition;
import io.athgrid.contracts.generated.CheckerLicense;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.core.methods.response.Log;

class LicenseLogDecoderTest {

    private static final String CONTRACT = "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9";
    private static final String OWNER = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    private static final String BLOCK_HASH = "0x" + "AB".repeat(32);
    private static final String TX = "0x" + "5a".repeat(32);
    private static final Instant MINED = Instant.parse("2026-11-25T08:00:00Z");

    private final LicenseLogDecoder decoder = new LicenseLogDecoder(CONTRACT);

    @Test
    void asks_for_the_transfer_and_update_user_topics_only() {
        assertThat(decoder.topics()).containsExactly(
                EventEncoder.encode(CheckerLicense.TRANSFER_EVENT).toLowerCase(),
                EventEncoder.encode(CheckerLicense.UPDATEUSER_EVENT).toLowerCase());
    }

    @Test
    void a_mint_of_the_license_contract_is_a_transfer_at_its_place_on_chain() {
        ChainLog decoded = decoder.decode(mint(CONTRACT.toLowerCase()), MINED).orElseThrow();

        assertThat(decoded.event()).isEqualTo("Transfer");
        assertThat(decoded.position()).isEqualTo(new LogPosition(1234, BLOCK_HASH.toLowerCase(), MINED, TX, 3));
        assertThat(decoded.change()).isEqualTo(
                new LicenseChange.Transferred(new LogLocation(1234, TX, 3), 7, LicenseChange.ZERO_ADDRESS, OWNER));
    }

    @Test
    void logs_of_another_contract_decode_to_nothing() {
        assertThat(decoder.decode(mint("0x5fbdb2315678afecb367f032d93f642f64180aa3"), MINED)).isEmpty();
    }

    @Test
    void a_log_the_contract_cannot_emit_decodes_to_nothing() {
        Log truncated = mint(CONTRACT);
        truncated.setTopics(truncated.getTopics().subList(0, 2));

        assertThat(decoder.decode(truncated, MINED)).isEmpty();
    }

    private static Log mint(String contract) {
        Log log = new Log();
        log.setAddress(contract);
        log.setTopics(List.of(EventEncoder.encode(CheckerLicense.TRANSFER_EVENT),
                "0x" + TypeEncoder.encode(new Address(LicenseChange.ZERO_ADDRESS)),
                "0x" + TypeEncoder.encode(new Address(OWNER)), "0x" + TypeEncoder.encode(new Uint256(7))));
        log.setData("0x");
        log.setBlockNumber("0x4d2");
        log.setBlockHash(BLOCK_HASH);
        log.setTransactionHash(TX);
        log.setLogIndex("0x3");
        return log;
    }
}
