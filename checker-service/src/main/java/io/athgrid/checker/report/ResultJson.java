package io.athgrid.checker.report;

import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.QoeResult;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A check result as JSON, with the field names of its record ({@code LivenessResult},
 * {@code QoeResult}, {@code CapacityResult}): how clients submit it, how reports and verdicts keep
 * it. Reading checks every field and answers all that are wrong at once.
 */
public final class ResultJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ResultJson() {
    }

    /** The result of {@code kind} in {@code node}; an {@link InvalidRequestException} naming each bad field. */
    public static CheckResult read(CheckKind kind, JsonNode node) {
        Fields fields = new Fields(node);
        CheckResult result;
        try {
            result = switch (kind) {
                case LIVENESS -> new LivenessResult(fields.bool("reachable"), fields.decimal("packetLossPercent"),
                        fields.whole("durationMs"));
                case QOE -> new QoeResult(fields.bool("responsive"), fields.whole("latencyMs"),
                        fields.decimal("throughputPerSecond"), fields.decimal("errorPercent"));
                case CAPACITY -> new CapacityResult(fields.bool("qualified"), fields.text("gpuModel"),
                        (int) fields.whole("gpuCount"), (int) fields.whole("vramGbPerGpu"),
                        fields.decimal("benchmarkScore"));
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            fields.errors.add(new FieldError("result", e.getMessage() == null ? "invalid result" : e.getMessage()));
            result = null;
        }
        if (!fields.errors.isEmpty()) {
            throw new InvalidRequestException("The result is invalid", fields.errors);
        }
        return result;
    }

    /** Reads what {@link #write} wrote. */
    public static CheckResult read(CheckKind kind, String json) {
        return read(kind, JSON.readTree(json));
    }

    public static String write(CheckResult result) {
        return JSON.writeValueAsString(fields(result));
    }

    /** The result's fields by their record names, for JSON views. */
    public static Map<String, Object> fields(CheckResult result) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (result instanceof LivenessResult liveness) {
            fields.put("reachable", liveness.reachable());
            fields.put("packetLossPercent", liveness.packetLossPercent());
            fields.put("durationMs", liveness.durationMs());
        } else if (result instanceof QoeResult qoe) {
            fields.put("responsive", qoe.responsive());
            fields.put("latencyMs", qoe.latencyMs());
            fields.put("throughputPerSecond", qoe.throughputPerSecond());
            fields.put("errorPercent", qoe.errorPercent());
        } else {
            CapacityResult capacity = (CapacityResult) result;
            fields.put("qualified", capacity.qualified());
            fields.put("gpuModel", capacity.gpuModel());
            fields.put("gpuCount", capacity.gpuCount());
            fields.put("vramGbPerGpu", capacity.vramGbPerGpu());
            fields.put("benchmarkScore", capacity.benchmarkScore());
        }
        return fields;
    }

    /** Reads fields of the result object, noting each missing or mistyped one instead of stopping at the first. */
    private static final class Fields {

        private final JsonNode node;
        private final List<FieldError> errors = new ArrayList<>();

        Fields(JsonNode node) {
            this.node = node;
            if (node == null || !node.isObject()) {
                errors.add(new FieldError("result", "must be an object with the kind's result fields"));
            }
        }

        boolean bool(String name) {
            JsonNode value = field(name);
            if (value != null && !value.isBoolean()) {
                return wrong(name, "must be true or false", false);
            }
            return value != null && value.booleanValue();
        }

        BigDecimal decimal(String name) {
            JsonNode value = field(name);
            if (value != null && !value.isNumber()) {
                return wrong(name, "must be a number", BigDecimal.ZERO);
            }
            return value == null ? BigDecimal.ZERO : value.decimalValue();
        }

        long whole(String name) {
            JsonNode value = field(name);
            if (value != null && !(value.isIntegralNumber() && value.canConvertToInt())) {
                return wrong(name, "must be a whole number", 0L);
            }
            return value == null ? 0 : value.longValue();
        }

        String text(String name) {
            JsonNode value = field(name);
            if (value != null && !value.isString()) {
                return wrong(name, "must be a string", "UNKNOWN");
            }
            return value == null ? "UNKNOWN" : value.stringValue();
        }

        private JsonNode field(String name) {
            if (node == null || !node.isObject()) {
                return null;
            }
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                errors.add(new FieldError("result." + name, "is required"));
                return null;
            }
            return value;
        }

        private <T> T wrong(String name, String message, T placeholder) {
            errors.add(new FieldError("result." + name, message));
            return placeholder;
        }
    }
}
