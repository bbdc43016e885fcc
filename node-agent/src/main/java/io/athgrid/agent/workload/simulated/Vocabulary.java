package io.athgrid.agent.workload.simulated;

import java.util.List;

/** The SIMULATED engine's words: each at most 4 letters, so each (with its leading space) is exactly one token. */
final class Vocabulary {

    static final List<String> WORDS = List.of(
            "the", "a", "of", "to", "and", "in", "is", "it", "that", "for", "on", "with", "as", "was", "be", "by",
            "this", "are", "at", "from", "or", "an", "but", "not", "have", "they", "we", "can", "all", "more", "one",
            "will", "each", "when", "what", "use", "data", "node", "GPU", "load", "fast", "time", "work", "run", "task",
            "job", "mode", "core", "rate", "cost", "peak", "plan", "path", "step", "test", "fact", "case", "form", "set",
            "new", "part", "next", "last", "low", "high", "long", "size", "best", "very", "much", "most", "also", "just",
            "only", "over", "some", "such", "than", "then", "them", "well", "into", "like", "make", "used", "may", "must",
            "both", "way", "need", "even", "here", "know", "take", "give", "good", "same", "real", "true", "open", "full",
            "free", "hold", "keep", "move", "read", "send", "show", "tell", "turn", "view", "wait", "our", "any", "few",
            "its", "let", "own", "say", "see", "too", "two", "why", "how", "who", "now", "out", "off", "up", "down",
            "back", "near", "far", "city", "map", "code", "text", "word", "line", "page", "link", "host", "disk", "port",
            "key", "file", "user", "team", "life", "idea", "goal", "area", "home", "room", "food", "tree", "sun", "sea",
            "rain", "wind", "star", "moon", "fire", "rock", "gold", "blue", "red", "dark", "warm", "cold", "calm", "wide");

    private Vocabulary() {
    }
}
