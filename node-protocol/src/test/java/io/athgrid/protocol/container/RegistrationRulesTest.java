package io.athgrid.protocol.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

class RegistrationRulesTest {

    private static final long CHAIN = 421614;
    private static final ECKeyPair OWNER = key("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private static final ECKeyPair NODE = key("0x59c6995e998f97a71a0d33b3e76a1bcc2f2a4ec1d7d3a1c9b5a1d0d9b4c2e7f1");

    @Test
    void a_well_formed_registration_breaks_no_rule() {
        assertThat(RegistrationRules.check(valid())).isEmpty();
        assertThat(RegistrationRules.check(signed(valid()))).isEmpty();
    }

    @Test
    void every_malformed_field_is_named_as_in_the_body() {
        ContainerRegistration broken = new ContainerRegistration("0x123", "0xabc", "not-an-address", "GTX_1080", 0,
                2000, 0, -1, 0, 0, List.of("vLLM"), "mars", new BigDecimal("91"), new BigDecimal("-180.5"),
                "ftp://example.org", new BigDecimal("0"), 1_795_000_000L);

        assertThat(fields(RegistrationRules.check(new RegisterContainerRequest(broken, "0x00", null))))
                .containsExactlyInAnyOrder("registration.owner", "registration.fingerprint", "registration.nodeKey",
                        "registration.gpuModel", "registration.gpuCount", "registration.vramGbPerGpu",
                        "registration.cpuCores", "registration.ramGb", "registration.diskGb",
                        "registration.bandwidthMbps", "registration.services", "registration.region",
                        "registration.latitude", "registration.longitude", "registration.endpoint",
                        "registration.priceUsdPerGpuHour", "ownerSignature", "nodeSignature");
    }

    @Test
    void a_missing_registration_is_named() {
        assertThat(RegistrationRules.check(new RegisterContainerRequest(null, null, null)))
                .containsExactly(new Violation("registration", "is required"));
        assertThat(RegistrationRules.check((RegisterContainerRequest) null))
                .containsExactly(new Violation("registration", "is required"));
    }

    @Test
    void signatures_must_be_65_bytes_in_canonical_form() {
        RegisterContainerRequest request = signed(valid());
        String highS = request.ownerSignature().substring(0, 66) + "f".repeat(64) + request.ownerSignature().substring(130);

        assertThat(RegistrationRules.check(new RegisterContainerRequest(valid(), "0x00", highS))).containsExactly(
                new Violation("ownerSignature", "a signature must be 0x followed by 130 hex digits"),
                new Violation("nodeSignature", "the signature is not in canonical (low-s) form"));
    }

    @Test
    void addresses_are_0x_and_40_hex_digits_in_either_case() {
        assertThat(check(r -> r.owner = "0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266")).isEmpty();
        assertThat(check(r -> r.owner = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb9226"))
                .containsExactly(new Violation("owner", "must be 0x followed by 40 hex digits"));
        assertThat(check(r -> r.owner = null)).extracting(Violation::field).containsExactly("owner");
        assertThat(check(r -> r.nodeKey = "70997970c51812dc3a010c7d01b50e0d17dc79c8ab"))
                .containsExactly(new Violation("nodeKey", "must be 0x followed by 40 hex digits"));
        assertThat(check(r -> r.nodeKey = "0x70997970c51812dc3a010c7d01b50e0d17dc79cg"))
                .extracting(Violation::field).containsExactly("nodeKey");
    }

    @Test
    void a_fingerprint_is_0x_and_64_hex_digits() {
        assertThat(check(r -> r.fingerprint = "0x" + "AB".repeat(32))).isEmpty();
        assertThat(check(r -> r.fingerprint = "0x" + "ab".repeat(31)))
                .containsExactly(new Violation("fingerprint", "must be 0x followed by 64 hex digits"));
        assertThat(check(r -> r.fingerprint = null)).extracting(Violation::field).containsExactly("fingerprint");
    }

    @Test
    void the_gpu_model_and_region_must_be_known() {
        assertThat(check(r -> r.gpuModel = "V100")).containsExactly(
                new Violation("gpuModel", "must be one of " + List.of(GpuModel.values())));
        assertThat(check(r -> r.gpuModel = null)).extracting(Violation::field).containsExactly("gpuModel");
        assertThat(check(r -> r.region = "mars"))
                .containsExactly(new Violation("region", "must be a region code such as eu-west"));
        assertThat(check(r -> r.region = null)).extracting(Violation::field).containsExactly("region");
    }

    @Test
    void hardware_counts_are_bounded_on_both_sides() {
        assertBounds("gpuCount", 16, (r, v) -> r.gpuCount = v);
        assertBounds("vramGbPerGpu", 1024, (r, v) -> r.vramGbPerGpu = v);
        assertBounds("cpuCores", 4096, (r, v) -> r.cpuCores = v);
        assertBounds("ramGb", 65_536, (r, v) -> r.ramGb = v);
        assertBounds("diskGb", 1_048_576, (r, v) -> r.diskGb = v);
        assertBounds("bandwidthMbps", 1_600_000, (r, v) -> r.bandwidthMbps = v);
    }

    @Test
    void services_are_1_to_40_distinct_names() {
        List<String> forty = IntStream.rangeClosed(1, 40).mapToObj(i -> "service-" + i).toList();
        assertThat(check(r -> r.services = forty)).isEmpty();
        assertThat(check(r -> r.services = List.of("a".repeat(40)))).isEmpty();

        assertThat(check(r -> r.services = List.of()))
                .containsExactly(new Violation("services", "must name at least one pre-installed service"));
        assertThat(check(r -> r.services = null)).extracting(Violation::field).containsExactly("services");
        assertThat(check(r -> r.services = IntStream.rangeClosed(1, 41).mapToObj(i -> "service-" + i).toList()))
                .containsExactly(new Violation("services", "must name at most 40 services"));
        assertThat(check(r -> r.services = List.of("vLLM"))).containsExactly(
                new Violation("services", "each service must match [a-z0-9-]{1,40}"));
        assertThat(check(r -> r.services = List.of("a".repeat(41)))).extracting(Violation::field)
                .containsExactly("services");
        assertThat(check(r -> r.services = Collections.singletonList(null))).extracting(Violation::field)
                .containsExactly("services");
        assertThat(check(r -> r.services = List.of("vllm", "vllm")))
                .containsExactly(new Violation("services", "must not name a service twice"));
    }

    @Test
    void positions_are_in_range_with_at_most_8_decimals() {
        assertThat(check(r -> {
            r.latitude = new BigDecimal("-90");
            r.longitude = new BigDecimal("180.12345678000");
        })).containsExactly(new Violation("longitude", "must be -180 .. 180 with at most 8 decimals"));
        assertThat(check(r -> {
            r.latitude = new BigDecimal("90");
            r.longitude = new BigDecimal("-180");
        })).isEmpty();
        assertThat(check(r -> r.latitude = new BigDecimal("45.12345678"))).isEmpty();
        assertThat(check(r -> r.latitude = new BigDecimal("90.00000001")))
                .containsExactly(new Violation("latitude", "must be -90 .. 90 with at most 8 decimals"));
        assertThat(check(r -> r.latitude = new BigDecimal("45.123456789")))
                .extracting(Violation::field).containsExactly("latitude");
        assertThat(check(r -> r.latitude = null)).extracting(Violation::field).containsExactly("latitude");
        assertThat(check(r -> r.longitude = new BigDecimal("-180.5")))
                .extracting(Violation::field).containsExactly("longitude");
        assertThat(check(r -> r.longitude = null)).extracting(Violation::field).containsExactly("longitude");
    }

    @Test
    void the_endpoint_is_an_http_url_of_at_most_255_characters() {
        String longest = "https://" + "a".repeat(243) + ".net";
        assertThat(longest).hasSize(255);
        assertThat(check(r -> r.endpoint = longest)).isEmpty();
        assertThat(check(r -> r.endpoint = "HTTP://gpu-1.example.net")).isEmpty();
        assertThat(check(r -> r.endpoint = "http://10.0.0.7:8080/agent")).isEmpty();

        Violation endpoint = new Violation("endpoint", "must be an http(s) URL of at most 255 characters");
        assertThat(check(r -> r.endpoint = longest.replace(".net", ".nett"))).containsExactly(endpoint);
        assertThat(check(r -> r.endpoint = "ftp://gpu-1.example.net")).containsExactly(endpoint);
        assertThat(check(r -> r.endpoint = "gpu-1")).containsExactly(endpoint);
        assertThat(check(r -> r.endpoint = "https://")).containsExactly(endpoint);
        assertThat(check(r -> r.endpoint = "https://gpu 1.example.net")).containsExactly(endpoint);
        assertThat(check(r -> r.endpoint = null)).containsExactly(endpoint);
    }

    @Test
    void the_price_is_above_0_at_most_1000_with_at_most_6_decimals() {
        assertThat(check(r -> r.price = new BigDecimal("1000"))).isEmpty();
        assertThat(check(r -> r.price = new BigDecimal("0.000001"))).isEmpty();
        assertThat(check(r -> r.price = new BigDecimal("1.123456000"))).isEmpty();

        Violation bounds = new Violation("priceUsdPerGpuHour", "must be more than 0 and at most 1000 USD per GPU-hour");
        assertThat(check(r -> r.price = new BigDecimal("1000.01"))).containsExactly(bounds);
        assertThat(check(r -> r.price = BigDecimal.ZERO)).containsExactly(bounds);
        assertThat(check(r -> r.price = new BigDecimal("-1"))).containsExactly(bounds);
        assertThat(check(r -> r.price = null)).containsExactly(bounds);
        assertThat(check(r -> r.price = new BigDecimal("1.0000001")))
                .containsExactly(new Violation("priceUsdPerGpuHour", "must have at most 6 decimals"));
    }

    @Test
    void issued_at_is_not_judged_without_a_clock() {
        assertThat(check(r -> r.issuedAt = 0)).isEmpty();
    }

    @Test
    void an_offer_change_checks_only_what_it_changes() {
        assertThat(RegistrationRules.checkOffer(null, null)).isEmpty();
        assertThat(RegistrationRules.checkOffer(new BigDecimal("2.5"), List.of("vllm"))).isEmpty();
        assertThat(RegistrationRules.checkOffer(new BigDecimal("1.0000001"), null))
                .containsExactly(new Violation("priceUsdPerGpuHour", "must have at most 6 decimals"));
        assertThat(RegistrationRules.checkOffer(null, List.of())).containsExactly(
                new Violation("services", "must name at least one pre-installed service"));
        assertThat(RegistrationRules.checkOffer(BigDecimal.ZERO, List.of("vllm", "vllm")))
                .extracting(Violation::field).containsExactly("priceUsdPerGpuHour", "services");
    }

    private static void assertBounds(String field, int max, ObjIntConsumer<Draft> set) {
        Violation violation = new Violation(field, "must be 1 .. " + max);
        assertThat(check(r -> set.accept(r, 1))).as(field + " = 1").isEmpty();
        assertThat(check(r -> set.accept(r, max))).as(field + " = max").isEmpty();
        assertThat(check(r -> set.accept(r, 0))).as(field + " = 0").containsExactly(violation);
        assertThat(check(r -> set.accept(r, -1))).as(field + " = -1").containsExactly(violation);
        assertThat(check(r -> set.accept(r, max + 1))).as(field + " = max + 1").containsExactly(violation);
    }

    private static List<Violation> check(Consumer<Draft> change) {
        Draft draft = new Draft();
        change.accept(draft);
        List<Violation> violations = RegistrationRules.check(draft.build());
        assertThat(fields(RegistrationRules.check(new RegisterContainerRequest(draft.build(), null, null))))
                .as("the body names the same fields under registration.")
                .containsAll(fields(violations).stream().map(field -> "registration." + field).toList());
        return violations;
    }

    private static ContainerRegistration valid() {
        return new Draft().build();
    }

    private static RegisterContainerRequest signed(ContainerRegistration registration) {
        return new RegisterContainerRequest(registration,
                RegistrationTypedData.sign(registration, CHAIN, OWNER).toHex(),
                RegistrationTypedData.sign(registration, CHAIN, NODE).toHex());
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    private static ECKeyPair key(String privateKey) {
        return ECKeyPair.create(Numeric.toBigInt(privateKey));
    }

    /** A valid registration to break one field at a time. */
    private static final class Draft {
        String owner = "0x" + Keys.getAddress(OWNER);
        String fingerprint = "0x" + "ab".repeat(32);
        String nodeKey = "0x" + Keys.getAddress(NODE);
        String gpuModel = "H100_SXM";
        int gpuCount = 8;
        int vramGbPerGpu = 80;
        int cpuCores = 224;
        int ramGb = 2048;
        int diskGb = 30_720;
        int bandwidthMbps = 10_000;
        List<String> services = List.of("vllm", "game-streaming");
        String region = "eu-central";
        BigDecimal latitude = new BigDecimal("50.1109");
        BigDecimal longitude = new BigDecimal("8.6821");
        String endpoint = "https://gpu-1.example.net:8443";
        BigDecimal price = new BigDecimal("2.123456");
        long issuedAt = 1_795_000_000L;

        ContainerRegistration build() {
            return new ContainerRegistration(owner, fingerprint, nodeKey, gpuModel, gpuCount, vramGbPerGpu, cpuCores,
                    ramGb, diskGb, bandwidthMbps, services, region, latitude, longitude, endpoint, price, issuedAt);
        }
    }
}
