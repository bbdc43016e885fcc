package io.athgrid.staking.settlement.tx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

/**
 * A type-2 (EIP-1559) contract call, signed locally. web3j 5.0.0 only signs legacy transactions
 * (its "1559" fields follow a pre-London draft), so the envelope is written here from the EIP:
 * {@code 0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value,
 * data, accessList, yParity, r, s])}, signed over the keccak of the same without the signature.
 */
public record Eip1559Transaction(
        long chainId,
        BigInteger nonce,
        BigInteger maxPriorityFeePerGas,
        BigInteger maxFeePerGas,
        BigInteger gasLimit,
        String to,
        String data) {

    private static final byte TYPE = 0x02;

    public Eip1559Transaction {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas");
        Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
        Objects.requireNonNull(gasLimit, "gasLimit");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(data, "data");
        if (maxPriorityFeePerGas.compareTo(maxFeePerGas) > 0) {
            throw new IllegalArgumentException("the priority fee cannot exceed the max fee");
        }
    }

    /** The bytes the sender signs: {@code keccak256(0x02 || rlp(fields))}. */
    public byte[] signingHash() {
        return Hash.sha3(envelope(fields()));
    }

    /** Signs with {@code credentials}; the raw transaction for {@code eth_sendRawTransaction} and its hash. */
    public Signed sign(Credentials credentials) {
        Sign.SignatureData signature = Sign.signMessage(signingHash(), credentials.getEcKeyPair(), false);
        List<RlpType> fields = fields();
        // Sign returns v = 27 or 28; a typed transaction carries the bare parity bit.
        fields.add(RlpString.create(signature.getV()[0] - 27));
        fields.add(RlpString.create(Numeric.toBigInt(signature.getR())));
        fields.add(RlpString.create(Numeric.toBigInt(signature.getS())));
        byte[] raw = envelope(fields);
        return new Signed(Numeric.toHexString(raw), Numeric.toHexString(Hash.sha3(raw)));
    }

    private List<RlpType> fields() {
        List<RlpType> fields = new ArrayList<>();
        fields.add(RlpString.create(chainId));
        fields.add(RlpString.create(nonce));
        fields.add(RlpString.create(maxPriorityFeePerGas));
        fields.add(RlpString.create(maxFeePerGas));
        fields.add(RlpString.create(gasLimit));
        fields.add(RlpString.create(Numeric.hexStringToByteArray(to)));
        fields.add(RlpString.create(BigInteger.ZERO));
        fields.add(RlpString.create(Numeric.hexStringToByteArray(data)));
        fields.add(new RlpList());
        return fields;
    }

    private static byte[] envelope(List<RlpType> fields) {
        byte[] rlp = RlpEncoder.encode(new RlpList(fields));
        byte[] typed = new byte[rlp.length + 1];
        typed[0] = TYPE;
        System.arraycopy(rlp, 0, typed, 1, rlp.length);
        return typed;
    }

    /** A signed transaction: its raw bytes and its hash, both 0x hex. */
    public record Signed(String rawHex, String hash) {
    }
}
