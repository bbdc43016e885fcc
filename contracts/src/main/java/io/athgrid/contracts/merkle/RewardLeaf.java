package io.athgrid.contracts.merkle;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

import org.web3j.crypto.Hash;
import org.web3j.crypto.WalletUtils;
import org.web3j.utils.Numeric;

/**
 * One account's reward for one epoch, as a leaf of the RewardDistributor's Merkle tree:
 * {@code keccak256(bytes.concat(keccak256(abi.encode(uint256 epoch, uint256 index, address account, uint256 amount))))},
 * OpenZeppelin's standard leaf (hashed twice so no leaf can pass for an inner node).
 *
 * @param epoch   the epoch number, a uint256
 * @param index   the leaf's position in the epoch's leaf list (accounts ascending, see {@link RewardTree});
 *                the contract records the claim under it
 * @param account the rewarded wallet; stored as lower-case 0x hex
 * @param amount  wei of ATH, a uint256
 */
public record RewardLeaf(BigInteger epoch, BigInteger index, String account, BigInteger amount) {

    private static final BigInteger UINT256_LIMIT = BigInteger.ONE.shiftLeft(256);
    private static final int WORD = 32;

    public RewardLeaf {
        requireUint256(epoch, "epoch");
        requireUint256(index, "index");
        requireUint256(amount, "amount");
        Objects.requireNonNull(account, "account");
        if (!account.startsWith("0x") || !WalletUtils.isValidAddress(account)) {
            throw new IllegalArgumentException("account must be a 0x-prefixed 20-byte address: " + account);
        }
        account = account.toLowerCase(Locale.ROOT);
    }

    public RewardLeaf(long epoch, long index, String account, BigInteger amount) {
        this(BigInteger.valueOf(epoch), BigInteger.valueOf(index), account, amount);
    }

    /** The 32-byte leaf hash the contract recomputes from the claim's arguments. */
    public byte[] hash() {
        return Hash.sha3(Hash.sha3(abiEncoded()));
    }

    /** {@code abi.encode(epoch, index, account, amount)}: four 32-byte big-endian words. */
    byte[] abiEncoded() {
        byte[] encoded = new byte[4 * WORD];
        System.arraycopy(Numeric.toBytesPadded(epoch, WORD), 0, encoded, 0, WORD);
        System.arraycopy(Numeric.toBytesPadded(index, WORD), 0, encoded, WORD, WORD);
        System.arraycopy(Numeric.toBytesPadded(Numeric.toBigInt(account), WORD), 0, encoded, 2 * WORD, WORD);
        System.arraycopy(Numeric.toBytesPadded(amount, WORD), 0, encoded, 3 * WORD, WORD);
        return encoded;
    }

    private static void requireUint256(BigInteger value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(UINT256_LIMIT) >= 0) {
            throw new IllegalArgumentException(name + " must fit a uint256: " + value);
        }
    }
}
