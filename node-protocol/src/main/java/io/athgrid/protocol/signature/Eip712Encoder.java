package io.athgrid.protocol.signature;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * EIP-712 hashing of one flat struct (atomic and string fields only) in a domain of name, version,
 * chain id and verifying contract. web3j's {@code StructuredDataEncoder} does the same from JSON,
 * but builds a new Jackson mapper for every message, which costs milliseconds per registration;
 * this encoder is checked against it in the tests.
 */
public final class Eip712Encoder {

    private static final byte[] DOMAIN_TYPE_HASH = Hash.sha3(
            "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                    .getBytes(StandardCharsets.UTF_8));

    /** A field of the struct: its Solidity type ({@code address, bytes32, uintN, string}) and value. */
    public record Field(String name, String type, Object value) {
    }

    private Eip712Encoder() {
    }

    /** {@code keccak256("\x19\x01" ‖ domainSeparator ‖ hashStruct(struct))}. */
    public static byte[] digest(String domainName, String domainVersion, long chainId, String verifyingContract,
            String structName, List<Field> fields) {
        byte[] domain = Hash.sha3(concat(DOMAIN_TYPE_HASH, stringHash(domainName), stringHash(domainVersion),
                uint(BigInteger.valueOf(chainId)), address(verifyingContract)));
        ByteArrayOutputStream struct = new ByteArrayOutputStream();
        struct.writeBytes(Hash.sha3(typeSignature(structName, fields).getBytes(StandardCharsets.UTF_8)));
        fields.forEach(field -> struct.writeBytes(encode(field)));
        return Hash.sha3(concat(new byte[] {0x19, 0x01}, domain, Hash.sha3(struct.toByteArray())));
    }

    static String typeSignature(String structName, List<Field> fields) {
        StringBuilder signature = new StringBuilder(structName).append('(');
        for (int i = 0; i < fields.size(); i++) {
            signature.append(i == 0 ? "" : ",").append(fields.get(i).type()).append(' ').append(fields.get(i).name());
        }
        return signature.append(')').toString();
    }

    private static byte[] encode(Field field) {
        String type = field.type();
        Object value = field.value();
        if (type.equals("string")) {
            return stringHash((String) value);
        }
        if (type.equals("address")) {
            return address((String) value);
        }
        if (type.equals("bytes32")) {
            byte[] bytes = Numeric.hexStringToByteArray((String) value);
            if (bytes.length != 32) {
                throw new IllegalArgumentException(field.name() + " must be 32 bytes");
            }
            return bytes;
        }
        if (type.startsWith("uint")) {
            BigInteger number = value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
            if (number.signum() < 0 || number.bitLength() > Integer.parseInt(type.substring(4))) {
                throw new IllegalArgumentException(field.name() + " does not fit " + type);
            }
            return uint(number);
        }
        throw new IllegalArgumentException("unsupported EIP-712 type " + type);
    }

    private static byte[] stringHash(String value) {
        return Hash.sha3(value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] address(String value) {
        byte[] bytes = Numeric.hexStringToByteArray(value);
        if (bytes.length != 20) {
            throw new IllegalArgumentException("an address is 20 bytes: " + value);
        }
        return Numeric.toBytesPadded(new BigInteger(1, bytes), 32);
    }

    private static byte[] uint(BigInteger value) {
        return Numeric.toBytesPadded(value, 32);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
