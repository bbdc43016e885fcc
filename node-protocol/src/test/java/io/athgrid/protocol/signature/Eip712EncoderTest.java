package io.athgrid.protocol.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.protocol.signature.Eip712Encoder.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.StructuredDataEncoder;

class Eip712EncoderTest {

    private static final String CONTRACT = "0x0000000000000000000000000000000000000000";

    @Test
    void writes_the_type_signature_as_the_standard_defines_it() {
        assertThat(Eip712Encoder.typeSignature("Mail", List.of(new Field("from", "address", null),
                new Field("contents", "string", null)))).isEqualTo("Mail(address from,string contents)");
    }

    @Test
    void matches_web3j_on_a_struct_of_every_supported_type() throws Exception {
        List<Field> fields = List.of(new Field("who", "address", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"),
                new Field("id", "bytes32", "0x" + "cd".repeat(32)), new Field("count", "uint32", 7),
                new Field("note", "string", "é ✓"));
        String json = """
                {"types": {"EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
                  {"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}],
                  "Thing": [{"name": "who", "type": "address"}, {"name": "id", "type": "bytes32"},
                  {"name": "count", "type": "uint32"}, {"name": "note", "type": "string"}]},
                 "primaryType": "Thing",
                 "domain": {"name": "n", "version": "2", "chainId": 42161, "verifyingContract": "%s"},
                 "message": {"who": "0x70997970c51812dc3a010c7d01b50e0d17dc79c8", "id": "0x%s", "count": 7,
                  "note": "é ✓"}}""".formatted(CONTRACT, "cd".repeat(32));

        assertThat(Eip712Encoder.digest("n", "2", 42161, CONTRACT, "Thing", fields))
                .isEqualTo(new StructuredDataEncoder(json).hashStructuredData());
    }

    @Test
    void refuses_values_that_do_not_fit_their_type() {
        assertThatThrownBy(() -> digest(new Field("n", "uint32", 1L << 32))).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> digest(new Field("n", "uint32", -1))).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> digest(new Field("b", "bytes32", "0x1234"))).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> digest(new Field("a", "address", "0x1234"))).hasMessageContaining("20 bytes");
        assertThatThrownBy(() -> digest(new Field("x", "bool", true))).hasMessageContaining("unsupported");
    }

    private static byte[] digest(Field field) {
        return Eip712Encoder.digest("n", "1", 1, CONTRACT, "T", List.of(field));
    }
}
