package io.athgrid.agent.checker;

import io.athgrid.protocol.check.CheckKind;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One open seat of a check job, as {@code GET /api/checker/assignments} lists it: which license
 * is to check which container, how, and by when.
 *
 * @param endpoint   the container's public endpoint (http or https URL)
 * @param region     the container's region code
 * @param answerBy   the report must arrive before this; later it counts for nobody
 * @param registered what the container registered (capacity checks compare with it)
 */
public record Assignment(String jobId, long licenseId, String containerId, CheckKind kind, String endpoint,
        String region, Instant windowStart, Instant answerBy, Optional<RegisteredHardware> registered) {

    private static final System.Logger LOG = System.getLogger(Assignment.class.getName());

    public Assignment {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(containerId, "containerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(answerBy, "answerBy");
        Objects.requireNonNull(registered, "registered");
    }

    /** A license holds at most one seat of a job, so job and license name the seat. */
    public String seat() {
        return jobId + "#" + licenseId;
    }

    /** The assignments of an answer; an entry this client cannot read is logged and left out, not fatal. */
    public static List<Assignment> listFrom(JsonNode body) {
        List<Assignment> assignments = new ArrayList<>();
        for (JsonNode entry : body.path("assignments")) {
            try {
                assignments.add(from(entry));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "checker: an assignment could not be read and is ignored ({0}): {1}", e.getMessage(), entry);
            }
        }
        return assignments;
    }

    static Assignment from(JsonNode entry) {
        JsonNode hardware = entry.path("registered");
        Optional<RegisteredHardware> registered = hardware.isObject()
                ? Optional.of(new RegisteredHardware(hardware.path("gpuModel").asString(), hardware.path("gpuCount").asInt(),
                        hardware.path("vramGbPerGpu").asInt()))
                : Optional.empty();
        String windowStart = text(entry, "windowStart", false);
        return new Assignment(text(entry, "jobId", true), licenseId(entry.path("licenseId")), text(entry, "containerId", true),
                CheckKind.valueOf(text(entry, "kind", true)), text(entry, "endpoint", false), text(entry, "region", false),
                windowStart == null ? null : Instant.parse(windowStart), Instant.parse(text(entry, "answerBy", true)), registered);
    }

    /** License ids are uint256 token ids; the API writes them as strings, a number is read too. */
    static long licenseId(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isString()) {
            return Long.parseLong(value.asString());
        }
        throw new IllegalArgumentException("licenseId is missing");
    }

    private static String text(JsonNode entry, String field, boolean required) {
        JsonNode value = entry.path(field);
        if (value.isMissingNode() || value.isNull() || value.asString().isBlank()) {
            if (required) {
                throw new IllegalArgumentException(field + " is missing");
            }
            return null;
        }
        return value.asString();
    }
}
