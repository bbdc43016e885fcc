package io.athgrid.gateway.identity.siwe;

import static io.athgrid.gateway.identity.siwe.SiweFixture.ANVIL_ADDRESS_0;
import static io.athgrid.gateway.identity.siwe.SiweFixture.ANVIL_ADDRESS_1;
import static io.athgrid.gateway.identity.siwe.SiweFixture.ANVIL_KEY_0;
import static io.athgrid.gateway.identity.siwe.SiweFixture.ANVIL_KEY_1;
import static io.athgrid.gateway.identity.siwe.SiweFixture.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SiweSignaturesTest {

    private final String text = message().text();
    private final SiweMessage parsed = SiweMessageParser.parse(text);

    @Test
    void recovers_the_wallet_that_signed() {
        assertThat(SiweSignatures.recoverSigner(text, SiweFixture.sign(text, ANVIL_KEY_0)))
                .isEqualTo(ANVIL_ADDRESS_0.toLowerCase());
        assertThat(SiweSignatures.recoverSigner(text, SiweFixture.sign(text, ANVIL_KEY_1)))
                .isEqualTo(ANVIL_ADDRESS_1.toLowerCase());
    }

    @Test
    void accepts_the_signature_of_the_address_in_the_message() {
        assertThatCode(() -> SiweSignatures.verify(parsed, text, SiweFixture.sign(text, ANVIL_KEY_0)))
                .doesNotThrowAnyException();
    }

    @Test
    void accepts_a_recovery_id_written_as_0_or_1() {
        String signature = SiweFixture.sign(text, ANVIL_KEY_0);
        String v = signature.substring(130);
        String raw = signature.substring(0, 130) + (v.equals("1b") ? "00" : "01");

        assertThatCode(() -> SiweSignatures.verify(parsed, text, raw)).doesNotThrowAnyException();
    }

    @Test
    void refuses_another_wallet_s_signature() {
        assertThatThrownBy(() -> SiweSignatures.verify(parsed, text, SiweFixture.sign(text, ANVIL_KEY_1)))
                .isInstanceOf(SiweRejectedException.class)
                .hasMessageContaining("not by");
    }

    @Test
    void refuses_a_signature_over_other_text() {
        String signature = SiweFixture.sign(text, ANVIL_KEY_0);
        String tampered = text.replace("Chain ID: 421614", "Chain ID: 42161");

        assertThatThrownBy(() -> SiweSignatures.verify(SiweMessageParser.parse(tampered), tampered, signature))
                .isInstanceOf(SiweRejectedException.class);
    }

    @Test
    void refuses_the_malleable_high_s_twin_of_a_valid_signature() {
        String twin = SiweFixture.highS(SiweFixture.sign(text, ANVIL_KEY_0));

        assertThatThrownBy(() -> SiweSignatures.verify(parsed, text, twin))
                .isInstanceOf(SiweRejectedException.class)
                .hasMessageContaining("low-s");
    }

    @Test
    void refuses_malformed_signatures() {
        String valid = SiweFixture.sign(text, ANVIL_KEY_0);

        assertThatThrownBy(() -> SiweSignatures.verify(parsed, text, "0x1234"))
                .isInstanceOf(SiweRejectedException.class);
        assertThatThrownBy(() -> SiweSignatures.verify(parsed, text, valid.substring(0, 130) + "1d"))
                .isInstanceOf(SiweRejectedException.class)
                .hasMessageContaining("recovery id");
        assertThatThrownBy(() -> SiweSignatures.verify(parsed, text, null))
                .isInstanceOf(SiweRejectedException.class);
    }
}
