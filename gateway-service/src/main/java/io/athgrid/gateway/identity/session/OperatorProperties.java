package io.athgrid.gateway.identity.session;

import io.athgrid.support.identity.Caller;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The wallets that operate the platform ({@code athgrid.gateway.operators}): they sign in like
 * any wallet and get the {@value Caller#OPERATOR} role.
 */
@ConfigurationProperties("athgrid.gateway")
public record OperatorProperties(List<String> operators) {

    public OperatorProperties {
        operators = operators == null ? List.of() : List.copyOf(operators);
    }

    /** The caller a verified wallet signs in as. */
    public Caller callerFor(String address) {
        return lowerCase().contains(address.toLowerCase(Locale.ROOT))
                ? Caller.operator(address)
                : Caller.wallet(address);
    }

    private Set<String> lowerCase() {
        return operators.stream().map(a -> a.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
