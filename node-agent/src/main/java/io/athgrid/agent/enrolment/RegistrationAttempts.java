package io.athgrid.agent.enrolment;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.registry.RegistryAnswer;
import io.athgrid.agent.registry.RegistryClient;
import io.athgrid.agent.registry.RetryLog;
import io.athgrid.protocol.container.RegisterContainerRequest;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Registers one container, waiting out an unreachable, overloaded or rate-limiting platform with
 * backoff. A refusal (400, 401, 409) ends the attempts with the registry's reason.
 */
public final class RegistrationAttempts {

    private final RegistryClient registry;
    private final Backoff backoff;
    private final RetryLog retryLog;

    public RegistrationAttempts(RegistryClient registry, Backoff backoff, RetryLog retryLog) {
        this.registry = registry;
        this.backoff = backoff;
        this.retryLog = retryLog;
    }

    /**
     * Sends the request {@code requests} gives (asked anew for each attempt, so a signer can refresh
     * {@code issuedAt}) until the registry accepts or refuses it.
     *
     * @param name how log lines name the container
     */
    public RegisteredContainer register(String name, Supplier<RegisterContainerRequest> requests) throws InterruptedException {
        int failures = 0;
        while (true) {
            RegistryAnswer answer = send(requests.get());
            if (answer.isSuccess()) {
                if (failures > 0) {
                    retryLog.recovered(name, failures);
                }
                return RegisteredContainer.from(answer);
            }
            if (!answer.isTransient()) {
                throw new RegistrationRefusedException(answer.status(), name + ": the registry refused the registration ("
                        + answer.detail() + ")" + hint(answer.status()));
            }
            failures++;
            Duration delay = backoff.delay(failures, answer.retryAfter());
            if (failures == 1) {
                retryLog.failing(name, answer.detail());
            }
            Thread.sleep(delay.toMillis());
        }
    }

    private RegistryAnswer send(RegisterContainerRequest request) throws InterruptedException {
        try {
            return registry.register(request).get();
        } catch (ExecutionException e) {
            return RegistryAnswer.unreachable(e.getCause());
        }
    }

    private static String hint(int status) {
        return switch (status) {
            case 409 -> "; this hardware or node key is registered already";
            case 401 -> "; the owner's or the node's signature does not match the registration";
            default -> "";
        };
    }

    /** The registry answered 4xx: retrying the same registration cannot help. */
    public static final class RegistrationRefusedException extends AgentException {

        private final int status;

        RegistrationRefusedException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
