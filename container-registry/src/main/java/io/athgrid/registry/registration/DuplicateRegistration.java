package io.athgrid.registry.registration;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** 409: the fingerprint or node key already belongs to a container that is not retired. */
final class DuplicateRegistration {

    static final String FINGERPRINT_INDEX = "container_fingerprint_live";

    private DuplicateRegistration() {
    }

    static ResponseStatusException fingerprint() {
        return new ResponseStatusException(HttpStatus.CONFLICT,
                "This hardware fingerprint is already registered; a changed machine registers with a new fingerprint");
    }

    static ResponseStatusException nodeKey() {
        return new ResponseStatusException(HttpStatus.CONFLICT,
                "This node key is already enrolled on a live container; use a new node key");
    }

    /** Which duplicate a unique-index violation (from a concurrent registration) stands for. */
    static ResponseStatusException fromViolation(Throwable violation) {
        String message = String.valueOf(violation.getMessage());
        return message.contains(FINGERPRINT_INDEX) ? fingerprint() : nodeKey();
    }
}
