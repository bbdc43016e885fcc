package io.athgrid.agent.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.key.KeyFile;
import io.athgrid.protocol.signature.EthSignature;
import io.athgrid.protocol.signature.PersonalMessages;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;

class SignInMessageTest {

    private static final ECKeyPair WALLET = ECKeyPair.create(new BigInteger("c0ffee", 16));

    @Test
    void names_the_platform_as_domain_and_uri_the_chain_and_the_gateways_nonce() {
        String text = SignInMessage.text(URI.create("https://platform.example:8443"), KeyFile.address(WALLET), 421614,
                "n0nce1234", Instant.parse("2026-11-25T08:00:05.123Z"));

        assertThat(text.split("\n", -1)).containsExactly(
                "platform.example:8443 wants you to sign in with your Ethereum account:",
                org.web3j.crypto.Keys.toChecksumAddress(KeyFile.address(WALLET)),
                "",
                "Sign in to athgrid as a checker.",
                "",
                "URI: https://platform.example:8443",
                "Version: 1",
                "Chain ID: 421614",
                "Nonce: n0nce1234",
                "Issued At: 2026-11-25T08:00:05Z");
    }

    @Test
    void is_signed_as_a_personal_message_by_the_wallet() {
        String text = SignInMessage.text(URI.create("http://localhost:8080"), KeyFile.address(WALLET), 421614, "n0nce1234",
                Instant.now());

        String signature = SignInMessage.sign(text, WALLET);

        assertThat(EthSignature.parse(signature).recoverAddress(PersonalMessages.hash(text))).isEqualTo(KeyFile.address(WALLET));
    }
}
