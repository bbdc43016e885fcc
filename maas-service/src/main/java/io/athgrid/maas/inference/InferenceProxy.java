package io.athgrid.maas.inference;

import io.athgrid.maas.catalog.CatalogModel;
import io.athgrid.maas.catalog.ModelId;
import io.athgrid.maas.catalog.ModelNotFoundException;
import io.athgrid.maas.catalog.ModelState;
import io.athgrid.maas.deployment.Deployment;
import io.athgrid.maas.deployment.DeploymentState;
import io.athgrid.maas.deployment.Replica;
import io.athgrid.maas.deployment.ReplicaPicker;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAI-compatible calls of an enterprise, sent to a ready replica of its own deployment of the
 * model: the one with the fewest requests outstanding; another when one cannot be reached (before
 * anything was answered); held up to {@code holdFor} while the deployment has no ready replica (the
 * autoscaler starts one for a deployment scaled to zero). Streams are passed on event by event. A
 * successful call's tokens, as the engine counted them, are metered; a failed call costs nothing.
 */
public class InferenceProxy {

    private static final Logger log = LoggerFactory.getLogger(InferenceProxy.class);
    private static final Duration HOLD_POLL = Duration.ofMillis(100);

    private final RecentReads<ModelId, CatalogModel> catalog;
    private final Serving serving;
    private final InFlight inFlight;
    private final EngineCalls engines;
    private final Relay relay;
    private final TokenMeter meter;
    private final JsonMapper json;
    private final Clock clock;
    private final InferenceProperties properties;

    InferenceProxy(RecentReads<ModelId, CatalogModel> catalog, Serving serving, InFlight inFlight, EngineCalls engines,
            TokenMeter meter, JsonMapper json, Clock clock, InferenceProperties properties) {
        this.catalog = catalog;
        this.serving = serving;
        this.inFlight = inFlight;
        this.engines = engines;
        this.relay = new Relay(json);
        this.meter = meter;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    /** Answers {@code body} sent to {@code path} (e.g. {@code /v1/chat/completions}) on behalf of the enterprise. */
    public void forward(Caller caller, String path, byte[] body, HttpServletResponse response) throws IOException {
        ObjectNode request = parse(body);
        String modelName = model(request);
        CatalogModel model = Optional.of(modelName).filter(name -> ModelId.problem(name).isEmpty())
                .flatMap(name -> catalog.get(ModelId.of(name)))
                .filter(found -> found.state() == ModelState.ACTIVE)
                .orElseThrow(() -> new ModelNotFoundException(modelName));
        Deployment deployment = serving.of(caller.id(), model.id().value())
                .orElseThrow(() -> new ModelNotFoundException(modelName));
        boolean usageWanted = request.path("stream_options").path("include_usage").asBoolean(false);
        byte[] upstream = body;
        if (request.path("stream").asBoolean(false)) {
            // The platform bills from the usage the engine counts, so it always asks for it.
            ObjectNode options = request.path("stream_options") instanceof ObjectNode given ? given
                    : request.putObject("stream_options");
            options.put("include_usage", true);
            upstream = json.writeValueAsBytes(request);
        }
        Instant arrived = clock.instant();
        inFlight.arrived(deployment.deploymentId(), arrived);
        try {
            send(deployment, model, path, upstream, usageWanted, arrived.plus(properties.holdFor()), response);
        } finally {
            inFlight.departed(deployment.deploymentId());
        }
    }

    private void send(Deployment found, CatalogModel model, String path, byte[] upstream, boolean usageWanted,
            Instant holdUntil, HttpServletResponse response) throws IOException {
        String deploymentId = found.deploymentId();
        Set<String> tried = new HashSet<>();
        // The deployment as just read; read again only after waiting, when its replicas may have changed.
        Deployment current = found;
        while (true) {
            Optional<Replica> picked = ReplicaPicker.pick(current.ready(), inFlight.outstandingByReplica(), tried);
            if (picked.isEmpty()) {
                if (!tried.isEmpty() && (tried.size() >= properties.attempts()
                        || current.ready().stream().allMatch(replica -> tried.contains(replica.replicaId())))) {
                    throw new EngineUnreachableException("No replica of " + model.id().value() + " could be reached ("
                            + tried.size() + " tried); try again shortly");
                }
                if (clock.instant().isAfter(holdUntil)) {
                    throw new ModelNotReadyException("Your deployment of " + model.id().value() + " has no ready replica"
                            + " yet (" + current.state() + "); try again shortly");
                }
                pause();
                current = serving.now(deploymentId).filter(now -> now.state() != DeploymentState.STOPPED)
                        .orElseThrow(() -> new ModelNotFoundException(model.id().value()));
                continue;
            }
            Replica replica = picked.get();
            inFlight.replicaTook(replica.replicaId());
            try {
                HttpResponse<InputStream> answer;
                try {
                    answer = engines.post(replica.endpoint(), path, upstream);
                } catch (ConnectException | HttpConnectTimeoutException e) {
                    // Nothing reached the caller yet: another replica may answer.
                    log.warn("replica {} of deployment {} unreachable at {}: {}", replica.replicaId(), deploymentId,
                            replica.endpoint(), e.toString());
                    tried.add(replica.replicaId());
                    continue;
                }
                Deployment answered = current;
                relay.relay(answer, response, usageWanted).ifPresent(usage -> meter.record(answered, replica, model, usage));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while calling the engine", e);
            } finally {
                inFlight.replicaDone(replica.replicaId());
            }
        }
    }

    private ObjectNode parse(byte[] body) {
        try {
            if (json.readTree(body) instanceof ObjectNode object) {
                return object;
            }
        } catch (JacksonException e) {
            // answered below
        }
        throw new InvalidRequestException("body", "We could not parse the JSON body of your request");
    }

    private static String model(JsonNode request) {
        JsonNode model = request.path("model");
        if (!model.isString() || model.asString().isBlank()) {
            throw new InvalidRequestException("model", "you must provide a model parameter");
        }
        return model.asString();
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(HOLD_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a replica", e);
        }
    }
}
