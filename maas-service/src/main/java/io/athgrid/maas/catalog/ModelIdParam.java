package io.athgrid.maas.catalog;

import io.athgrid.support.web.InvalidRequestException;

/** Reads a model id from a request, where a malformed one is a 400 naming the parameter. */
final class ModelIdParam {

    private ModelIdParam() {
    }

    /**
     * @param captured the rest of the path as a {@code {*id}} pattern captures it, with its leading
     *                 slash: model ids contain '/', so they cannot be one path segment
     */
    static ModelId fromPath(String parameter, String captured) {
        return parse(parameter, captured.startsWith("/") ? captured.substring(1) : captured);
    }

    static ModelId parse(String parameter, String text) {
        ModelId.problem(text).ifPresent(problem -> {
            throw new InvalidRequestException(parameter, parameter + " " + problem);
        });
        return ModelId.of(text);
    }
}
