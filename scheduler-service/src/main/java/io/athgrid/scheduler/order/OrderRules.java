package io.athgrid.scheduler.order;

import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import io.athgrid.protocol.container.RegistrationRules;
import io.athgrid.scheduler.market.Market;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns an unchecked {@link OrderRequest} into a {@link ValidOrder}, or refuses it listing every
 * offending field: impossible specs, durations that are not positive, unknown regions or services,
 * and budgets below every price the market asks for that GPU model and service.
 */
public final class OrderRules {

    private static final Pattern SERVICE = Pattern.compile("[a-z0-9-]{1,40}");
    private static final int MAX_LATENCY_MS = 1_000;
    private static final int MAX_BANDWIDTH_MBPS = 400_000;

    private final Limits limits;
    private final Market market;

    public OrderRules(Limits limits, Market market) {
        this.limits = limits;
        this.market = market;
    }

    /**
     * @param maxNodes           most containers one order may ask for
     * @param defaultMaxLatencyMs the latency limit when the order names none
     * @param reservedPeriod     reserved orders last whole periods of this length (24 h)
     * @param maxDuration        the longest an order may last
     * @param maxLeadTime        how far ahead a reserved order may start
     */
    public record Limits(int maxNodes, int defaultMaxLatencyMs, Duration reservedPeriod, Duration maxDuration,
            Duration maxLeadTime) {
    }

    public ValidOrder validate(OrderRequest request, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        OrderKind kind = required(errors, "kind", request.kind(), text -> parse(OrderKind.class, text));
        GpuModel model = required(errors, "gpuModel", request.gpuModel(),
                text -> GpuModel.find(text.toUpperCase(Locale.ROOT)).orElse(null));
        Region region = required(errors, "region", request.region(),
                text -> Region.find(text.toLowerCase(Locale.ROOT)).orElse(null));
        RankingPolicy policy = request.policy() == null ? RankingPolicy.BEST_OVERALL
                : parseOrError(errors, "policy", request.policy(), text -> parse(RankingPolicy.class, text));
        int gpus = range(errors, "gpusPerNode", request.gpusPerNode(), 1, RegistrationRules.MAX_GPU_COUNT);
        int nodes = range(errors, "nodes", request.nodes(), 1, limits.maxNodes());
        int latency = request.maxLatencyMs() == null ? limits.defaultMaxLatencyMs()
                : range(errors, "maxLatencyMs", request.maxLatencyMs(), 1, MAX_LATENCY_MS);
        if (request.minVramGbPerGpu() != null) {
            int most = model == null ? Integer.MAX_VALUE : model.nominalVramGb();
            if (request.minVramGbPerGpu() < 1 || request.minVramGbPerGpu() > most) {
                errors.add(new FieldError("minVramGbPerGpu", model == null ? "must be positive"
                        : "must be 1 .. " + most + ": a " + model + " has " + most + " GB per GPU"));
            }
        }
        if (request.minBandwidthMbps() != null) {
            range(errors, "minBandwidthMbps", request.minBandwidthMbps(), 1, MAX_BANDWIDTH_MBPS);
        }
        String service = service(errors, request.service());
        BigDecimal budget = budget(errors, request.maxPriceUsdPerGpuHour());
        if (model != null && service != null && budget != null) {
            Optional<BigDecimal> cheapest = market.cheapest(model, service);
            if (cheapest.isEmpty()) {
                errors.add(new FieldError("service", "no " + model + " container offers " + service));
            } else if (budget.compareTo(cheapest.get()) < 0) {
                errors.add(new FieldError("maxPriceUsdPerGpuHour", "is below every price: the cheapest "
                        + model + " with " + service + " asks " + cheapest.get().toPlainString() + " USD per GPU-hour"));
            }
        }
        Instant startsAt = now;
        Duration duration = null;
        if (request.durationSeconds() != null) {
            long seconds = request.durationSeconds();
            if (seconds <= 0 || seconds > limits.maxDuration().toSeconds()) {
                errors.add(new FieldError("durationSeconds", "must be 1 .. " + limits.maxDuration().toSeconds()));
            } else {
                duration = Duration.ofSeconds(seconds);
            }
        }
        if (kind == OrderKind.RESERVED) {
            long period = limits.reservedPeriod().toSeconds();
            if (request.durationSeconds() == null) {
                errors.add(new FieldError("durationSeconds", "is required for a reserved order"));
            } else if (duration != null && duration.toSeconds() % period != 0) {
                errors.add(new FieldError("durationSeconds",
                        "a reserved order lasts whole settlement periods of " + period + " s"));
            }
            if (request.startsAt() != null) {
                if (request.startsAt().isBefore(now.minusSeconds(60))) {
                    errors.add(new FieldError("startsAt", "must not be in the past"));
                } else if (request.startsAt().isAfter(now.plus(limits.maxLeadTime()))) {
                    errors.add(new FieldError("startsAt", "must be within " + limits.maxLeadTime().toDays() + " days"));
                } else if (request.startsAt().isAfter(now)) {
                    startsAt = request.startsAt();
                }
            }
        } else if (request.startsAt() != null) {
            errors.add(new FieldError("startsAt", "only a reserved order starts later; an on-demand order starts now"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The order is not valid", errors);
        }
        return new ValidOrder(kind, model, gpus, nodes, request.minVramGbPerGpu(), request.minBandwidthMbps(), region,
                latency, service, budget, policy, startsAt, duration);
    }

    private String service(List<FieldError> errors, String service) {
        if (service == null || service.isBlank()) {
            errors.add(new FieldError("service", "is required"));
            return null;
        }
        if (!SERVICE.matcher(service).matches()) {
            errors.add(new FieldError("service", "must be 1-40 lower-case letters, digits or dashes"));
            return null;
        }
        if (!market.offersService(service)) {
            errors.add(new FieldError("service", "unknown service: no container offers " + service));
            return null;
        }
        return service;
    }

    private static BigDecimal budget(List<FieldError> errors, BigDecimal budget) {
        if (budget == null) {
            errors.add(new FieldError("maxPriceUsdPerGpuHour", "is required"));
            return null;
        }
        if (budget.signum() <= 0 || budget.compareTo(RegistrationRules.MAX_PRICE_USD_PER_GPU_HOUR) > 0
                || budget.stripTrailingZeros().scale() > RegistrationRules.MAX_PRICE_DECIMALS) {
            errors.add(new FieldError("maxPriceUsdPerGpuHour", "must be a positive USD amount up to "
                    + RegistrationRules.MAX_PRICE_USD_PER_GPU_HOUR + " with at most "
                    + RegistrationRules.MAX_PRICE_DECIMALS + " decimals"));
            return null;
        }
        return budget;
    }

    /** A required whole number within min..max: the value, or 0 when missing (the order is refused then). */
    private static int range(List<FieldError> errors, String field, Integer value, int min, int max) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
            return 0;
        }
        if (value < min || value > max) {
            errors.add(new FieldError(field, "must be " + min + " .. " + max));
        }
        return value;
    }

    private static <T> T required(List<FieldError> errors, String field, String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return parseOrError(errors, field, text, parser);
    }

    private static <T> T parseOrError(List<FieldError> errors, String field, String text, Function<String, T> parser) {
        T value = parser.apply(text.trim());
        if (value == null) {
            errors.add(new FieldError(field, "unknown " + field + " " + text));
        }
        return value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(text))
                .findFirst()
                .orElse(null);
    }
}
