package io.athgrid.protocol.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.athgrid.protocol.signature.Eip712Encoder;
import io.athgrid.protocol.signature.Eip712Encoder.Field;
import io.athgrid.protocol.signature.EthSignature;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.web3j.crypto.ECKeyPair;

/**
 * The EIP-712 form of a {@link CheckReport}: primary type
 * {@code CheckReport(string jobId,uint256 licenseId,string containerId,string kind,bytes32 resultHash,uint64 submittedAt)}
 * in the {@link CheckerDomain}. The checker client signs it with the license's delegated (ERC-4907
 * user) wallet; the referee recovers the signer and compares it with the license's user.
 */
public final class CheckReportTypedData {

    static final String PRIMARY_TYPE = "CheckReport";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckReportTypedData() {
    }

    static List<Field> fields(CheckReport report) {
        return List.of(
                new Field("jobId", "string", report.jobId()),
                new Field("licenseId", "uint256", BigInteger.valueOf(report.licenseId())),
                new Field("containerId", "string", report.containerId()),
                new Field("kind", "string", report.kind().name()),
                new Field("resultHash", "bytes32", report.resultHash()),
                new Field("submittedAt", "uint64", report.submittedAt()));
    }

    /** The 32-byte digest the checker signs. */
    public static byte[] digest(CheckReport report, CheckerDomain domain) {
        return Eip712Encoder.digest(CheckerDomain.NAME, CheckerDomain.VERSION, domain.chainId(),
                domain.licenseContract(), PRIMARY_TYPE, fields(report));
    }

    public static EthSignature sign(CheckReport report, CheckerDomain domain, ECKeyPair key) {
        return EthSignature.sign(digest(report, domain), key);
    }

    /**
     * The lower-case address that signed {@code report}; throws {@code InvalidSignatureException}
     * when the signature is malformed. A tampered report recovers some other address.
     */
    public static String recoverSigner(CheckReport report, String signature, CheckerDomain domain) {
        return EthSignature.parse(signature).recoverAddress(digest(report, domain));
    }

    /** The typed data as {@code eth_signTypedData_v4} takes it. */
    public static String json(CheckReport report, CheckerDomain domain) {
        List<Field> fields = fields(report);
        Map<String, Object> message = new LinkedHashMap<>();
        fields.forEach(field -> message.put(field.name(), field.value()));
        Map<String, Object> typedData = new LinkedHashMap<>();
        typedData.put("types", Map.of(
                "EIP712Domain", List.of(type("name", "string"), type("version", "string"),
                        type("chainId", "uint256"), type("verifyingContract", "address")),
                PRIMARY_TYPE, fields.stream().map(field -> type(field.name(), field.type())).toList()));
        typedData.put("primaryType", PRIMARY_TYPE);
        typedData.put("domain", Map.of("name", CheckerDomain.NAME, "version", CheckerDomain.VERSION,
                "chainId", domain.chainId(), "verifyingContract", domain.licenseContract()));
        typedData.put("message", message);
        try {
            return JSON.writeValueAsString(typedData);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("typed data cannot be written", e);
        }
    }

    private static Map<String, String> type(String name, String type) {
        return Map.of("name", name, "type", type);
    }
}
