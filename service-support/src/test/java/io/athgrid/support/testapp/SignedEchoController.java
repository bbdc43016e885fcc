package io.athgrid.support.testapp;

import io.athgrid.support.identity.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A signed path of the test service: open without the gateway's token. */
@RestController
class SignedEchoController {

    @GetMapping("/signed/echo")
    String echo(@AuthenticationPrincipal Caller caller) {
        return caller == null ? "anonymous" : caller.id();
    }
}
