package io.athgrid.agent.workload.docker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the docker runtime runs vLLM.
 *
 * @param docker the docker CLI (name on the PATH or a path)
 * @param image the vLLM OpenAI server image; pin a version, so every host runs the same engine
 * @param modelCache the host's Hugging Face cache, mounted so a model is downloaded once per host
 * @param huggingFaceToken for gated models (Llama); handed to docker through the environment only
 * @param hostPort the host port the engine's port 8000 is published on; 0 picks a free one
 * @param startTimeout how long a model may take to download and load before the start counts as failed
 * @param healthPollInterval time between two health checks while it starts
 * @param commandTimeout how long one docker command (run, stop, inspect) may take
 */
public record DockerSettings(String docker, String image, Path modelCache, Optional<String> huggingFaceToken, int hostPort,
        Duration startTimeout, Duration healthPollInterval, Duration commandTimeout) {

    public static final String DEFAULT_IMAGE = "vllm/vllm-openai:v0.11.0";
    public static final String TOKEN_VARIABLE = "HUGGING_FACE_HUB_TOKEN";

    public DockerSettings {
        Objects.requireNonNull(docker, "docker");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(modelCache, "modelCache");
        Objects.requireNonNull(huggingFaceToken, "huggingFaceToken");
        if (hostPort < 0 || hostPort > 65535) {
            throw new IllegalArgumentException("the host port must be 0 (any free port) to 65535, not " + hostPort);
        }
        for (Duration duration : new Duration[] {startTimeout, healthPollInterval, commandTimeout}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("timeouts and intervals must be positive, not " + duration);
            }
        }
    }

    /**
     * {@code docker}, the pinned image, {@code ~/.cache/huggingface}, the token from the agent's
     * environment ({@value #TOKEN_VARIABLE}), a free port, 20 minutes to start (an 8B model is 16 GB
     * to download on first use), a health check every 2 s.
     */
    public static DockerSettings defaults() {
        Optional<String> token = Optional.ofNullable(System.getenv(TOKEN_VARIABLE)).filter(value -> !value.isBlank());
        return new DockerSettings("docker", DEFAULT_IMAGE, Path.of(System.getProperty("user.home"), ".cache", "huggingface"),
                token, 0, Duration.ofMinutes(20), Duration.ofSeconds(2), Duration.ofMinutes(2));
    }

    public DockerSettings withHostPort(int port) {
        return new DockerSettings(docker, image, modelCache, huggingFaceToken, port, startTimeout, healthPollInterval,
                commandTimeout);
    }

    public DockerSettings withHuggingFaceToken(Optional<String> token) {
        return new DockerSettings(docker, image, modelCache, token, hostPort, startTimeout, healthPollInterval, commandTimeout);
    }

    public DockerSettings withStartTimeout(Duration timeout, Duration pollInterval) {
        return new DockerSettings(docker, image, modelCache, huggingFaceToken, hostPort, timeout, pollInterval, commandTimeout);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "DockerSettings[docker=" + docker + ", image=" + image + ", modelCache=" + modelCache + ", huggingFaceToken="
                + (huggingFaceToken.isPresent() ? "(set)" : "(none)") + ", hostPort=" + hostPort + ", startTimeout="
                + startTimeout + ", healthPollInterval=" + healthPollInterval + ", commandTimeout=" + commandTimeout + "]";
    }
}
