package io.athgrid.agent.workload.simulated;

/** The two generation endpoints of the OpenAI API, with the names their objects carry on the wire. */
enum Endpoint {

    CHAT_COMPLETIONS("/v1/chat/completions", "chatcmpl-", "chat.completion", "chat.completion.chunk", "messages"),
    COMPLETIONS("/v1/completions", "cmpl-", "text_completion", "text_completion", "prompt");

    final String path;
    final String idPrefix;
    final String objectName;
    final String chunkObjectName;
    /** The request field holding the prompt, for error messages. */
    final String promptField;

    Endpoint(String path, String idPrefix, String objectName, String chunkObjectName, String promptField) {
        this.path = path;
        this.idPrefix = idPrefix;
        this.objectName = objectName;
        this.chunkObjectName = chunkObjectName;
        this.promptField = promptField;
    }
}
