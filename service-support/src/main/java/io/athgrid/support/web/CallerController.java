package io.athgrid.support.web;

import io.athgrid.support.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells a caller who this service believes it is: the first thing to check when access is refused. */
@RestController
public class CallerController {

    @Operation(summary = "The verified identity this service sees for the current request")
    @GetMapping("/caller")
    public Caller caller(@AuthenticationPrincipal Caller caller) {
        return caller;
    }
}
