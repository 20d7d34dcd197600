package org.aiotbench.adapter.llm;

/** Keeps a secret out of text that may end up in a file (error messages echo server replies). */
final class Secrets {

    private Secrets() {
    }

    static String redact(String text, String secret) {
        if (text == null || secret == null || secret.length() < 4) {
            return text;
        }
        return text.replace(secret, "***");
    }
}
