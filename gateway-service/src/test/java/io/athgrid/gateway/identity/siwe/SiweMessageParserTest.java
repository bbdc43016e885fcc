package io.athgrid.gateway.identity.siwe;

import static io.athgrid.gateway.identity.siwe.SiweFixture.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiweMessageParserTest {

    @Test
    void reads_every_field_of_a_full_message() {
        SiweFixture fixture = message();
        fixture.scheme = "https";
        fixture.expirationTime = Instant.parse("2026-05-01T12:10:00Z");
        fixture.notBefore = Instant.parse("2026-05-01T11:59:00Z");
        fixture.requestId = "req-42";
        fixture.resources = List.of("ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/",
                "https://example.com/my-web2-claim.json");

        SiweMessage parsed = SiweMessageParser.parse(fixture.text());

        assertThat(parsed.scheme()).isEqualTo("https");
        assertThat(parsed.domain()).isEqualTo("localhost:8080");
        assertThat(parsed.address()).isEqualTo(SiweFixture.ANVIL_ADDRESS_0);
        assertThat(parsed.statement()).isEqualTo("Sign in to athgrid.");
        assertThat(parsed.uri()).isEqualTo("http://localhost:8080");
        assertThat(parsed.version()).isEqualTo("1");
        assertThat(parsed.chainId()).isEqualTo(421614L);
        assertThat(parsed.nonce()).isEqualTo("k2X9pQ7rT4mZ8vN1bC6wY3dL");
        assertThat(parsed.issuedAt()).isEqualTo(Instant.parse("2026-05-01T12:00:00Z"));
        assertThat(parsed.expirationTime()).isEqualTo(Instant.parse("2026-05-01T12:10:00Z"));
        assertThat(parsed.notBefore()).isEqualTo(Instant.parse("2026-05-01T11:59:00Z"));
        assertThat(parsed.requestId()).isEqualTo("req-42");
        assertThat(parsed.resources()).hasSize(2);
    }

    @Test
    void reads_a_minimal_message_without_statement() {
        SiweMessage parsed = SiweMessageParser.parse(message().statement(null).text());

        assertThat(parsed.statement()).isNull();
        assertThat(parsed.scheme()).isNull();
        assertThat(parsed.expirationTime()).isNull();
        assertThat(parsed.resources()).isEmpty();
    }

    @Test
    void reads_the_eip_4361_example_verbatim() {
        String text = """
                example.com wants you to sign in with your Ethereum account:
                0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2

                I accept the ExampleOrg Terms of Service: https://example.com/tos

                URI: https://example.com/login
                Version: 1
                Chain ID: 1
                Nonce: 32891756
                Issued At: 2021-09-30T16:25:24Z
                Resources:
                - ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/
                - https://example.com/my-web2-claim.json""";

        SiweMessage parsed = SiweMessageParser.parse(text);

        assertThat(parsed.domain()).isEqualTo("example.com");
        assertThat(parsed.chainId()).isEqualTo(1L);
        assertThat(parsed.issuedAt()).isEqualTo(Instant.parse("2021-09-30T16:25:24Z"));
        assertThat(parsed.resources()).containsExactly(
                "ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/",
                "https://example.com/my-web2-claim.json");
    }

    @Test
    void accepts_offsets_and_fractions_of_seconds() {
        String text = message().text().replace("Issued At: 2026-05-01T12:00:00Z",
                "Issued At: 2026-05-01T14:00:00.123+02:00");

        assertThat(SiweMessageParser.parse(text).issuedAt()).isEqualTo(Instant.parse("2026-05-01T12:00:00.123Z"));
    }

    @Test
    void refuses_a_header_without_the_sign_in_sentence() {
        String text = message().text().replace("wants you to sign in with your Ethereum account:", "wants to log in:");

        assertRefused(text, "first line");
    }

    @Test
    void refuses_a_domain_with_user_info() {
        assertRefused(message().domain("user@localhost:8080").text(), "first line");
    }

    @Test
    void refuses_an_address_that_is_not_checksummed() {
        assertRefused(message().address(SiweFixture.ANVIL_ADDRESS_0.toLowerCase()).text(), "EIP-55");
    }

    @Test
    void refuses_an_address_that_is_not_40_hex_digits() {
        assertRefused(message().address("0x1234").text(), "40 hex digits");
    }

    @Test
    void refuses_a_missing_empty_line_after_the_address() {
        String text = message().text().replace(SiweFixture.ANVIL_ADDRESS_0 + "\n\n", SiweFixture.ANVIL_ADDRESS_0 + "\n");

        assertRefused(text, "empty line must follow the address");
    }

    @Test
    void refuses_a_statement_not_followed_by_an_empty_line() {
        String text = message().text().replace("Sign in to athgrid.\n\n", "Sign in to athgrid.\n");

        assertRefused(text, "empty line must follow the statement");
    }

    @Test
    void refuses_a_statement_with_non_ascii_text() {
        assertRefused(message().statement("Sign in \u2713").text(), "printable ASCII");
    }

    @Test
    void refuses_a_relative_uri() {
        SiweFixture fixture = message();
        fixture.uri = "/login";

        assertRefused(fixture.text(), "absolute URI");
    }

    @Test
    void refuses_a_version_other_than_1() {
        SiweFixture fixture = message();
        fixture.version = "2";

        assertRefused(fixture.text(), "Version must be 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-1", "4216140000000000000000"})
    void refuses_a_chain_id_that_is_not_a_number(String chainId) {
        SiweFixture fixture = message();
        fixture.chainId = chainId;

        assertRefused(fixture.text(), "Chain ID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has-dash-in-it", "with space x"})
    void refuses_a_nonce_that_is_not_8_alphanumerics(String nonce) {
        assertRefused(message().nonce(nonce).text(), "Nonce");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-05-01", "2026-05-01T12:00Z", "2026-05-01T12:00:00", "yesterday", "2026-13-01T12:00:00Z"})
    void refuses_an_issued_at_that_is_not_rfc_3339(String issuedAt) {
        String text = message().text().replace("Issued At: 2026-05-01T12:00:00Z", "Issued At: " + issuedAt);

        assertRefused(text, "Issued At");
    }

    @Test
    void refuses_an_invalid_expiration_time() {
        String text = message().text() + "\nExpiration Time: soon";

        assertRefused(text, "Expiration Time");
    }

    @Test
    void refuses_a_request_id_with_characters_outside_a_uri_path() {
        SiweFixture fixture = message();
        fixture.requestId = "a b";

        assertRefused(fixture.text(), "Request ID");
    }

    @Test
    void refuses_fields_out_of_order() {
        SiweFixture fixture = message();
        fixture.expirationTime = Instant.parse("2026-05-01T12:10:00Z");
        fixture.notBefore = Instant.parse("2026-05-01T11:59:00Z");
        String swapped = fixture.text()
                .replace("Expiration Time: 2026-05-01T12:10:00Z\nNot Before: 2026-05-01T11:59:00Z",
                        "Not Before: 2026-05-01T11:59:00Z\nExpiration Time: 2026-05-01T12:10:00Z");

        assertRefused(swapped, "unexpected text");
    }

    @Test
    void refuses_a_missing_field() {
        String text = message().text().replace("Chain ID: 421614\n", "");

        assertRefused(text, "Chain ID");
    }

    @Test
    void refuses_trailing_text_and_a_trailing_newline() {
        assertRefused(message().text() + "\nP.S. hello", "unexpected text");
        assertRefused(message().text() + "\n", "unexpected text");
    }

    @Test
    void refuses_crlf_line_ends() {
        assertRefused(message().text().replace("\n", "\r\n"), "LF");
    }

    @Test
    void refuses_a_truncated_message() {
        String text = message().text();

        assertRefused(text.substring(0, text.indexOf("Version")), "Version");
        assertRefused(text.substring(0, text.indexOf("\nURI")), "ends before");
    }

    @Test
    void refuses_an_empty_message() {
        assertRefused("", "empty");
    }

    private static void assertRefused(String text, String reason) {
        assertThatThrownBy(() -> SiweMessageParser.parse(text))
                .isInstanceOf(InvalidSiweMessageException.class)
                .hasMessageContaining(reason);
    }
}
