package io.athgrid.contracts.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

class RewardLeafTest {

    private static final String ACCOUNT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    @Test
    void hashesTheAbiEncodingTwice() {
        RewardLeaf leaf = new RewardLeaf(7, 300, ACCOUNT, new BigInteger("250500000000000000001"));
        String abiEncoded = FunctionEncoder.encodeConstructor(List.of(new Uint256(7), new Uint256(300),
                new Address(ACCOUNT), new Uint256(new BigInteger("250500000000000000001"))));

        assertThat(Numeric.toHexString(leaf.abiEncoded())).isEqualTo("0x" + abiEncoded);
        assertThat(leaf.hash()).isEqualTo(Hash.sha3(Hash.sha3(Numeric.hexStringToByteArray(abiEncoded))));
    }

    @Test
    void storesTheAccountInLowerCaseAndHashesTheSameForAnyCase() {
        RewardLeaf checksummed = new RewardLeaf(1, 0, ACCOUNT, BigInteger.TEN);
        RewardLeaf lower = new RewardLeaf(1, 0, ACCOUNT.toLowerCase(), BigInteger.TEN);

        assertThat(checksummed).isEqualTo(lower);
        assertThat(checksummed.account()).isEqualTo(ACCOUNT.toLowerCase());
        assertThat(checksummed.hash()).isEqualTo(lower.hash());
    }

    @Test
    void acceptsTheWholeUint256Range() {
        BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

        assertThat(new RewardLeaf(max, max, ACCOUNT, max).hash()).hasSize(32);
        assertThat(new RewardLeaf(0, 0, ACCOUNT, BigInteger.ZERO).hash()).hasSize(32);
    }

    @Test
    void refusesValuesTheContractCouldNotReceive() {
        BigInteger tooBig = BigInteger.ONE.shiftLeft(256);

        assertThatThrownBy(() -> new RewardLeaf(1, 0, ACCOUNT, BigInteger.ONE.negate()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> new RewardLeaf(tooBig, BigInteger.ZERO, ACCOUNT, BigInteger.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epoch");
        assertThatThrownBy(() -> new RewardLeaf(1, -1, ACCOUNT, BigInteger.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index");
        assertThatThrownBy(() -> new RewardLeaf(1, 0, "0x1234", BigInteger.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account");
        assertThatThrownBy(() -> new RewardLeaf(1, 0, ACCOUNT.substring(2), BigInteger.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account");
        assertThatThrownBy(() -> new RewardLeaf(1, 0, null, BigInteger.ONE))
                .isInstanceOf(NullPointerException.class);
    }
}
