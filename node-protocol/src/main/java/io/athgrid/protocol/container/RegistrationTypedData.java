package io.athgrid.protocol.container;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.athgrid.protocol.signature.Eip712Encoder;
import io.athgrid.protocol.signature.Eip712Encoder.Field;
import io.athgrid.protocol.signature.EthSignature;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.web3j.crypto.ECKeyPair;

/**
 * The EIP-712 form of a {@link ContainerRegistration}, so that a wallet shows the owner every field
 * before signing. Domain: {@code {name: "athgrid", version: "1", chainId, verifyingContract: 0x0}}
 * (no contract checks registrations; the zero address keeps the domain a standard four-field one).
 * Decimals are signed as their plain strings without trailing zeros and services as one
 * comma-separated string, so the same registration always hashes the same, whatever JSON carried it.
 *
 * <p>The owner signs the digest; so does the node key, which proves the node holds the key it
 * enrols and gives the registry its public key.
 */
public final class RegistrationTypedData {

    static final String DOMAIN_NAME = "athgrid";
    static final String DOMAIN_VERSION = "1";
    static final String NO_CONTRACT = "0x0000000000000000000000000000000000000000";
    static final String PRIMARY_TYPE = "ContainerRegistration";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistrationTypedData() {
    }

    /** The signed fields, in their EIP-712 order and types. */
    static List<Field> fields(ContainerRegistration registration) {
        return List.of(
                new Field("owner", "address", registration.owner()),
                new Field("fingerprint", "bytes32", registration.fingerprint()),
                new Field("nodeKey", "address", registration.nodeKey()),
                new Field("gpuModel", "string", registration.gpuModel()),
                new Field("gpuCount", "uint32", registration.gpuCount()),
                new Field("vramGbPerGpu", "uint32", registration.vramGbPerGpu()),
                new Field("cpuCores", "uint32", registration.cpuCores()),
                new Field("ramGb", "uint32", registration.ramGb()),
                new Field("diskGb", "uint32", registration.diskGb()),
                new Field("bandwidthMbps", "uint32", registration.bandwidthMbps()),
                new Field("services", "string", String.join(",", registration.services())),
                new Field("region", "string", registration.region()),
                new Field("latitude", "string", plain(registration.latitude())),
                new Field("longitude", "string", plain(registration.longitude())),
                new Field("endpoint", "string", registration.endpoint()),
                new Field("priceUsdPerGpuHour", "string", plain(registration.priceUsdPerGpuHour())),
                new Field("issuedAt", "uint64", registration.issuedAt()));
    }

    /** The typed data as {@code eth_signTypedData_v4} takes it. */
    public static String json(ContainerRegistration registration, long chainId) {
        List<Field> fields = fields(registration);
        Map<String, Object> message = new LinkedHashMap<>();
        fields.forEach(field -> message.put(field.name(), field.value()));
        Map<String, Object> typedData = new LinkedHashMap<>();
        typedData.put("types", Map.of(
                "EIP712Domain", List.of(type("name", "string"), type("version", "string"),
                        type("chainId", "uint256"), type("verifyingContract", "address")),
                PRIMARY_TYPE, fields.stream().map(field -> type(field.name(), field.type())).toList()));
        typedData.put("primaryType", PRIMARY_TYPE);
        typedData.put("domain", Map.of("name", DOMAIN_NAME, "version", DOMAIN_VERSION, "chainId", chainId,
                "verifyingContract", NO_CONTRACT));
        typedData.put("message", message);
        try {
            return JSON.writeValueAsString(typedData);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("typed data cannot be written", e);
        }
    }

    /** The 32-byte EIP-712 digest both the owner and the node key sign. */
    public static byte[] digest(ContainerRegistration registration, long chainId) {
        try {
            return Eip712Encoder.digest(DOMAIN_NAME, DOMAIN_VERSION, chainId, NO_CONTRACT, PRIMARY_TYPE,
                    fields(registration));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the registration cannot be encoded: " + e.getMessage(), e);
        }
    }

    public static EthSignature sign(ContainerRegistration registration, long chainId, ECKeyPair key) {
        return EthSignature.sign(digest(registration, chainId), key);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static Map<String, String> type(String name, String type) {
        return Map.of("name", name, "type", type);
    }
}
