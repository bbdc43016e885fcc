package io.athgrid.checker.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /reports}: the signed check report, the result it claims to hash (the kind's result
 * fields) and the EIP-712 signature. {@code licenseId} may be a JSON number or a decimal string.
 *
 * @param submittedAt unix seconds, as signed
 */
public record ReportRequest(
        @NotBlank @Size(max = 100) String jobId,
        @NotNull @Positive Long licenseId,
        @NotBlank @Size(max = 100) String containerId,
        @NotNull @Pattern(regexp = "LIVENESS|QOE|CAPACITY", message = "must be LIVENESS, QOE or CAPACITY") String kind,
        @NotNull JsonNode result,
        @NotNull @Pattern(regexp = "0x[0-9a-f]{64}", message = "must be 0x and 64 lower-case hex digits") String resultHash,
        @NotNull @PositiveOrZero Long submittedAt,
        @NotNull @Pattern(regexp = "0x[0-9a-fA-F]{130}", message = "must be 0x and 130 hex digits") String signature) {
}
