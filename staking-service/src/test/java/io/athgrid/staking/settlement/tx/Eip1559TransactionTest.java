package io.athgrid.staking.settlement.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

class Eip1559TransactionTest {

    // anvil's first dev key: a public test key.
    private static final Credentials SENDER =
            Credentials.create("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private static final String DISTRIBUTOR = "0x5fbdb2315678afecb367f032d93f642f64180aa3";

    private final Eip1559Transaction transaction = new Eip1559Transaction(421_614L, BigInteger.valueOf(7),
            BigInteger.valueOf(1_000_000), BigInteger.valueOf(5_000_000_000L), BigInteger.valueOf(300_000),
            DISTRIBUTOR, "0xabcdef01");

    @Test
    void the_raw_transaction_is_a_type_2_envelope_of_the_fields_in_eip_1559_order() {
        byte[] raw = Numeric.hexStringToByteArray(transaction.sign(SENDER).rawHex());

        assertThat(raw[0]).isEqualTo((byte) 0x02);
        List<RlpType> fields = fields(raw);
        assertThat(fields).hasSize(12);
        assertThat(number(fields.get(0))).isEqualTo(421_614L);
        assertThat(number(fields.get(1))).isEqualTo(7);
        assertThat(number(fields.get(2))).isEqualTo(1_000_000);
        assertThat(number(fields.get(3))).isEqualTo(5_000_000_000L);
        assertThat(number(fields.get(4))).isEqualTo(300_000);
        assertThat(Numeric.toHexString(bytes(fields.get(5)))).isEqualTo(DISTRIBUTOR);
        assertThat(bytes(fields.get(6))).isEmpty();
        assertThat(Numeric.toHexString(bytes(fields.get(7)))).isEqualTo("0xabcdef01");
        assertThat(((RlpList) fields.get(8)).getValues()).isEmpty();
        assertThat(number(fields.get(9))).isIn(0L, 1L);
    }

    @Test
    void the_signature_recovers_the_sender_from_the_signing_hash() throws Exception {
        List<RlpType> fields = fields(Numeric.hexStringToByteArray(transaction.sign(SENDER).rawHex()));
        byte v = (byte) (number(fields.get(9)) + 27);
        Sign.SignatureData signature = new Sign.SignatureData(v, pad32(bytes(fields.get(10))), pad32(bytes(fields.get(11))));

        BigInteger publicKey = Sign.signedMessageHashToKey(transaction.signingHash(), signature);

        assertThat("0x" + Keys.getAddress(publicKey)).isEqualTo(SENDER.getAddress());
    }

    @Test
    void the_hash_is_the_keccak_of_the_raw_bytes_and_signing_again_gives_the_same_transaction() {
        Eip1559Transaction.Signed signed = transaction.sign(SENDER);

        assertThat(signed.hash()).isEqualTo(Numeric.toHexString(Hash.sha3(Numeric.hexStringToByteArray(signed.rawHex()))));
        // RFC 6979 signatures are deterministic: a stored transaction can be recognised when re-signed.
        assertThat(transaction.sign(SENDER)).isEqualTo(signed);
    }

    @Test
    void another_nonce_is_another_transaction() {
        Eip1559Transaction next = new Eip1559Transaction(421_614L, BigInteger.valueOf(8), BigInteger.valueOf(1_000_000),
                BigInteger.valueOf(5_000_000_000L), BigInteger.valueOf(300_000), DISTRIBUTOR, "0xabcdef01");

        assertThat(next.sign(SENDER).hash()).isNotEqualTo(transaction.sign(SENDER).hash());
    }

    @Test
    void a_tip_above_the_fee_cap_is_refused() {
        assertThatThrownBy(() -> new Eip1559Transaction(1L, BigInteger.ONE, BigInteger.TEN, BigInteger.ONE,
                BigInteger.valueOf(21_000), DISTRIBUTOR, "0x")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<RlpType> fields(byte[] raw) {
        RlpList decoded = RlpDecoder.decode(Arrays.copyOfRange(raw, 1, raw.length));
        return ((RlpList) decoded.getValues().get(0)).getValues();
    }

    private static byte[] bytes(RlpType type) {
        return ((RlpString) type).getBytes();
    }

    private static long number(RlpType type) {
        byte[] bytes = bytes(type);
        return bytes.length == 0 ? 0 : new BigInteger(1, bytes).longValueExact();
    }

    private static byte[] pad32(byte[] value) {
        return Numeric.toBytesPadded(new BigInteger(1, value), 32);
    }
}
