package io.athgrid.registry.registration;

import io.athgrid.protocol.container.RegisterContainerRequest;
import io.athgrid.registry.container.Container;
import io.athgrid.registry.container.ContainerView;
import io.athgrid.registry.container.ContainerViews;
import io.athgrid.support.ServiceProperties;
import io.athgrid.support.identity.Caller;
import java.net.URI;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /containers}: a signed path, so a node agent may register without the gateway's
 * token; the owner's and node key's signatures authenticate the request.
 */
@RestController
class RegistrationController {

    private final ContainerRegistrations registrations;
    private final ContainerViews views;
    private final String publicPath;

    RegistrationController(ContainerRegistrations registrations, ContainerViews views, ServiceProperties service) {
        this.registrations = registrations;
        this.views = views;
        this.publicPath = service.publicPath();
    }

    @PostMapping("/containers")
    ResponseEntity<ContainerView> register(@AuthenticationPrincipal Caller caller,
            @RequestBody RegisterContainerRequest request) {
        Container container;
        try {
            container = registrations.register(caller, request);
        } catch (DataIntegrityViolationException e) {
            // A concurrent registration of the same fingerprint or node key committed first.
            throw DuplicateRegistration.fromViolation(e);
        }
        return ResponseEntity.created(URI.create(publicPath + "/containers/" + container.id()))
                .body(views.of(container));
    }
}
