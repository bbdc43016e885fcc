package io.athgrid.support.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by the gateway's internal token; the principal is the {@link Caller}. */
public class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final String token;

    public CallerAuthentication(Caller caller, String token) {
        super(authorities(caller));
        this.caller = caller;
        this.token = token;
        setAuthenticated(true);
    }

    private static Collection<GrantedAuthority> authorities(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + caller.kind().name()));
        caller.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return authorities;
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return caller.id();
    }
}
