package io.athgrid.protocol.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

class EthSignatureTest {

    // anvil's first dev account: a well-known key, so the expected address is fixed.
    private static final Credentials KEY =
            Credentials.create("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private static final String ADDRESS = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";

    @Test
    void recovers_the_signer_of_a_personal_message_as_wallets_sign_it() {
        Sign.SignatureData walletSignature = Sign.signPrefixedMessage("hello".getBytes(), KEY.getEcKeyPair());
        String hex = "0x" + HexFormat.of().formatHex(walletSignature.getR())
                + HexFormat.of().formatHex(walletSignature.getS())
                + HexFormat.of().formatHex(walletSignature.getV());

        assertThat(EthSignature.parse(hex).recoverAddress(PersonalMessages.hash("hello"))).isEqualTo(ADDRESS);
        assertThat(EthSignature.parse(hex).recoverAddress(PersonalMessages.hash("hellO"))).isNotEqualTo(ADDRESS);
    }

    @Test
    void round_trips_through_hex_and_accepts_recovery_ids_without_27() {
        byte[] hash = PersonalMessages.hash("x");
        EthSignature signature = EthSignature.sign(hash, KEY.getEcKeyPair());
        String hex = signature.toHex();
        String rawRecoveryId = hex.substring(0, 130) + String.format("%02x", Integer.parseInt(hex.substring(130), 16) - 27);

        assertThat(EthSignature.parse(hex).toHex()).isEqualTo(hex);
        assertThat(EthSignature.parse(rawRecoveryId).recoverAddress(hash)).isEqualTo(ADDRESS);
    }

    @Test
    void signs_as_web3j_does() throws Exception {
        byte[] hash = PersonalMessages.hash("same");
        Sign.SignatureData web3j = Sign.signMessage(hash, KEY.getEcKeyPair(), false);

        assertThat(EthSignature.sign(hash, KEY.getEcKeyPair()).toHex()).isEqualTo("0x"
                + HexFormat.of().formatHex(web3j.getR()) + HexFormat.of().formatHex(web3j.getS())
                + HexFormat.of().formatHex(web3j.getV()));
    }

    @Test
    void native_and_java_recovery_agree() throws Exception {
        for (int i = 0; i < 20; i++) {
            byte[] hash = PersonalMessages.hash("message " + i);
            EthSignature signature = EthSignature.sign(hash, Keys.createEcKeyPair());

            assertThat(signature.recoverPublicKey(hash)).isEqualTo(signature.recoverPublicKeyInJava(hash));
        }
    }

    @Test
    void refuses_malformed_and_malleable_signatures() {
        EthSignature signature = EthSignature.sign(PersonalMessages.hash("x"), KEY.getEcKeyPair());
        String hex = signature.toHex();
        BigInteger n = Sign.CURVE_PARAMS.getN();
        String highS = hex.substring(0, 66) + String.format("%064x", n.subtract(signature.s())) + hex.substring(130);

        assertThatThrownBy(() -> EthSignature.parse(null)).isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> EthSignature.parse("0x1234")).hasMessageContaining("130 hex digits");
        assertThatThrownBy(() -> EthSignature.parse(hex.substring(0, 130) + "1d")).hasMessageContaining("27 or 28");
        assertThatThrownBy(() -> EthSignature.parse(highS)).hasMessageContaining("low-s");
    }

    @Test
    void a_known_key_verifies_its_own_signatures_only() {
        byte[] hash = PersonalMessages.hash("beat");
        PublicKeyVerifier verifier = new PublicKeyVerifier(KEY.getEcKeyPair().getPublicKey());
        Credentials other = Credentials.create("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");

        EthSignature mine = EthSignature.sign(hash, KEY.getEcKeyPair());
        EthSignature theirs = EthSignature.sign(hash, other.getEcKeyPair());

        assertThat(verifier.address()).isEqualTo(ADDRESS);
        assertThat(verifier.verifies(hash, mine)).isTrue();
        assertThat(verifier.verifies(hash, theirs)).isFalse();
        assertThat(verifier.verifies(PersonalMessages.hash("beat!"), mine)).isFalse();
        // The Java fallback, for platforms without a native build, agrees.
        assertThat(verifier.verifiesInJava(hash, mine)).isTrue();
        assertThat(verifier.verifiesInJava(hash, theirs)).isFalse();
        assertThat(verifier.verifiesInJava(PersonalMessages.hash("beat!"), mine)).isFalse();
    }

    @Test
    void libsecp256k1_does_the_work_on_linux_x86_64() {
        Assumptions.assumeTrue(System.getProperty("os.name").equals("Linux")
                && System.getProperty("os.arch").equals("amd64"));

        assertThat(PublicKeyVerifier.isNative()).isTrue();
    }
}
