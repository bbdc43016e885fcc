package io.athgrid.protocol.container;

import io.athgrid.protocol.signature.EthSignature;
import io.athgrid.protocol.signature.InvalidSignatureException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a registration and an offer must satisfy before any signature is looked at. The registry
 * enforces these rules and the node agent checks them before anything is signed, so a provider
 * learns about a typo from the agent and not from a 400 after signing in the wallet. When
 * {@code issuedAt} is accepted depends on the registry's clock and configuration, so that rule
 * stays in the registry.
 */
public final class RegistrationRules {

    public static final int MAX_GPU_COUNT = 16;
    public static final int MAX_SERVICES = 40;
    public static final int MAX_PRICE_DECIMALS = 6;
    public static final BigDecimal MAX_PRICE_USD_PER_GPU_HOUR = new BigDecimal("1000");
    public static final int MAX_ENDPOINT_LENGTH = 255;
    private static final int MAX_POSITION_DECIMALS = 8;
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern FINGERPRINT = Pattern.compile("0x[0-9a-fA-F]{64}");
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Set<String> ENDPOINT_SCHEMES = Set.of("http", "https");
    private static final String REGISTRATION = "registration";
    private static final String PRICE = "priceUsdPerGpuHour";
    private static final String SERVICES = "services";

    private RegistrationRules() {
    }

    /**
     * Every rule the request body breaks, with fields named as in the body ({@code registration.gpuCount},
     * {@code ownerSignature}); empty if it may proceed to signature checks.
     */
    public static List<Violation> check(RegisterContainerRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request == null || request.registration() == null) {
            violations.add(new Violation(REGISTRATION, "is required"));
            return violations;
        }
        check(request.registration()).forEach(violation -> violations.add(
                new Violation(REGISTRATION + "." + violation.field(), violation.message())));
        signature(violations, "ownerSignature", request.ownerSignature());
        signature(violations, "nodeSignature", request.nodeSignature());
        return violations;
    }

    /** Every rule the registration breaks, with fields named as in {@link ContainerRegistration}. */
    public static List<Violation> check(ContainerRegistration r) {
        List<Violation> violations = new ArrayList<>();
        pattern(violations, "owner", r.owner(), ADDRESS, "must be 0x followed by 40 hex digits");
        pattern(violations, "nodeKey", r.nodeKey(), ADDRESS, "must be 0x followed by 40 hex digits");
        pattern(violations, "fingerprint", r.fingerprint(), FINGERPRINT, "must be 0x followed by 64 hex digits");
        if (r.gpuModel() == null || GpuModel.find(r.gpuModel()).isEmpty()) {
            violations.add(new Violation("gpuModel", "must be one of " + List.of(GpuModel.values())));
        }
        range(violations, "gpuCount", r.gpuCount(), 1, MAX_GPU_COUNT);
        range(violations, "vramGbPerGpu", r.vramGbPerGpu(), 1, 1024);
        range(violations, "cpuCores", r.cpuCores(), 1, 4096);
        range(violations, "ramGb", r.ramGb(), 1, 65_536);
        range(violations, "diskGb", r.diskGb(), 1, 1_048_576);
        range(violations, "bandwidthMbps", r.bandwidthMbps(), 1, 1_600_000);
        services(violations, r.services());
        if (r.region() == null || Region.find(r.region()).isEmpty()) {
            violations.add(new Violation("region", "must be a region code such as eu-west"));
        }
        position(violations, "latitude", r.latitude(), 90);
        position(violations, "longitude", r.longitude(), 180);
        if (!isHttpUrl(r.endpoint())) {
            violations.add(new Violation("endpoint",
                    "must be an http(s) URL of at most " + MAX_ENDPOINT_LENGTH + " characters"));
        }
        price(violations, r.priceUsdPerGpuHour());
        return violations;
    }

    /**
     * Every rule a change of offer breaks, with fields named {@code priceUsdPerGpuHour} and
     * {@code services}. A null argument is a part of the offer that does not change and is not checked.
     */
    public static List<Violation> checkOffer(BigDecimal priceUsdPerGpuHour, List<String> services) {
        List<Violation> violations = new ArrayList<>();
        if (priceUsdPerGpuHour != null) {
            price(violations, priceUsdPerGpuHour);
        }
        if (services != null) {
            services(violations, services);
        }
        return violations;
    }

    private static void services(List<Violation> violations, List<String> services) {
        if (services == null || services.isEmpty()) {
            violations.add(new Violation(SERVICES, "must name at least one pre-installed service"));
            return;
        }
        if (services.size() > MAX_SERVICES) {
            violations.add(new Violation(SERVICES, "must name at most " + MAX_SERVICES + " services"));
        }
        if (services.stream().anyMatch(service -> service == null || !SERVICE.matcher(service).matches())) {
            violations.add(new Violation(SERVICES, "each service must match [a-z0-9-]{1,40}"));
        } else if (new HashSet<>(services).size() != services.size()) {
            violations.add(new Violation(SERVICES, "must not name a service twice"));
        }
    }

    private static void price(List<Violation> violations, BigDecimal price) {
        if (price == null || price.signum() <= 0 || price.compareTo(MAX_PRICE_USD_PER_GPU_HOUR) > 0) {
            violations.add(new Violation(PRICE,
                    "must be more than 0 and at most " + MAX_PRICE_USD_PER_GPU_HOUR + " USD per GPU-hour"));
        } else if (price.stripTrailingZeros().scale() > MAX_PRICE_DECIMALS) {
            violations.add(new Violation(PRICE, "must have at most " + MAX_PRICE_DECIMALS + " decimals"));
        }
    }

    private static void pattern(List<Violation> violations, String field, String value, Pattern pattern,
            String message) {
        if (value == null || !pattern.matcher(value).matches()) {
            violations.add(new Violation(field, message));
        }
    }

    private static void range(List<Violation> violations, String field, int value, int min, int max) {
        if (value < min || value > max) {
            violations.add(new Violation(field, "must be " + min + " .. " + max));
        }
    }

    private static void position(List<Violation> violations, String field, BigDecimal value, int bound) {
        if (value == null || value.abs().compareTo(BigDecimal.valueOf(bound)) > 0
                || value.stripTrailingZeros().scale() > MAX_POSITION_DECIMALS) {
            violations.add(new Violation(field,
                    "must be -" + bound + " .. " + bound + " with at most " + MAX_POSITION_DECIMALS + " decimals"));
        }
    }

    private static boolean isHttpUrl(String endpoint) {
        if (endpoint == null || endpoint.length() > MAX_ENDPOINT_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(endpoint);
            return uri.getScheme() != null && ENDPOINT_SCHEMES.contains(uri.getScheme().toLowerCase())
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void signature(List<Violation> violations, String field, String signature) {
        try {
            EthSignature.parse(signature);
        } catch (InvalidSignatureException e) {
            violations.add(new Violation(field, e.getMessage()));
        }
    }
}
