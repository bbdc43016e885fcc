package io.athgrid.maas.inference;

import io.athgrid.support.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** OpenAI's chat and text completions, answered by the enterprise's own deployment of the model. */
@RestController
class InferenceController {

    private final InferenceProxy proxy;

    InferenceController(InferenceProxy proxy) {
        this.proxy = proxy;
    }

    @Operation(summary = "OpenAI chat completions (stream true or false) on your deployment of the model")
    @PostMapping("/v1/chat/completions")
    void chat(@AuthenticationPrincipal Caller caller, @RequestBody byte[] body, HttpServletResponse response)
            throws IOException {
        proxy.forward(caller, "/v1/chat/completions", body, response);
    }

    @Operation(summary = "OpenAI text completions (stream true or false) on your deployment of the model")
    @PostMapping("/v1/completions")
    void completions(@AuthenticationPrincipal Caller caller, @RequestBody byte[] body, HttpServletResponse response)
            throws IOException {
        proxy.forward(caller, "/v1/completions", body, response);
    }
}
