package io.athgrid.agent.workload.simulated;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Typed access to a request's scalar fields; a field of the wrong type is a 400 naming it. Absent and null are alike. */
final class RequestFields {

    private final JsonNode json;

    RequestFields(JsonNode json) {
        this.json = json;
    }

    Optional<String> optionalString(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw OpenAiError.invalid(name, "`" + name + "` must be a string.");
        }
        return Optional.of(value.asString());
    }

    Optional<Integer> positiveInt(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1) {
            throw OpenAiError.invalid(name, "`" + name + "` must be an integer of at least 1, not " + value + ".");
        }
        return Optional.of(value.asInt());
    }

    Optional<Long> optionalLong(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw OpenAiError.invalid(name, "`" + name + "` must be a 64-bit integer, not " + value + ".");
        }
        return Optional.of(value.asLong());
    }

    Optional<Boolean> optionalBoolean(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw OpenAiError.invalid(name, "`" + name + "` must be true or false, not " + value + ".");
        }
        return Optional.of(value.asBoolean());
    }

    /** {@code stream_options.include_usage}; like vLLM, stream options without streaming are an error. */
    boolean includeUsage(boolean stream) {
        JsonNode options = value("stream_options");
        if (options == null) {
            return false;
        }
        if (!options.isObject()) {
            throw OpenAiError.invalid("stream_options", "`stream_options` must be an object.");
        }
        if (!stream) {
            throw OpenAiError.invalid("stream_options", "Stream options can only be defined when `stream=true`.");
        }
        return new RequestFields(options).optionalBoolean("include_usage").orElse(false);
    }

    /** Sampling options change nothing in the simulation, but a request vLLM would refuse is refused here too. */
    void checkSamplingOptions() {
        number("temperature").filter(t -> t < 0).ifPresent(t -> {
            throw OpenAiError.invalid("temperature", "`temperature` must be at least 0, not " + t + ".");
        });
        number("top_p").filter(p -> p <= 0 || p > 1).ifPresent(p -> {
            throw OpenAiError.invalid("top_p", "`top_p` must be in (0, 1], not " + p + ".");
        });
        number("frequency_penalty");
        number("presence_penalty");
        JsonNode stop = value("stop");
        if (stop != null && !stop.isString() && !(stop.isArray() && stop.values().stream().allMatch(JsonNode::isString))) {
            throw OpenAiError.invalid("stop", "`stop` must be a string or an array of strings.");
        }
    }

    /** Output shapes the simulation does not produce: more than one choice, echoed prompts, log probabilities. */
    void refuseUnsupportedOutputs(Endpoint endpoint) {
        for (String name : new String[] {"n", "best_of"}) {
            positiveInt(name).filter(count -> count != 1).ifPresent(count -> {
                throw OpenAiError.invalid(name, "The SIMULATED engine generates one choice per request; `" + name
                        + "` must be 1, not " + count + ".");
            });
        }
        if (endpoint == Endpoint.COMPLETIONS && optionalBoolean("echo").orElse(false)) {
            throw OpenAiError.invalid("echo", "The SIMULATED engine does not echo prompts; `echo` must be false.");
        }
        JsonNode logprobs = value("logprobs");
        boolean wanted = logprobs != null && !(logprobs.isBoolean() && !logprobs.asBoolean());
        if (wanted || value("top_logprobs") != null) {
            throw OpenAiError.invalid("logprobs", "The SIMULATED engine has no token probabilities; leave out `logprobs` "
                    + "and `top_logprobs`.");
        }
    }

    private Optional<Double> number(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw OpenAiError.invalid(name, "`" + name + "` must be a number, not " + value + ".");
        }
        return Optional.of(value.asDouble());
    }

    private JsonNode value(String name) {
        JsonNode value = json.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
