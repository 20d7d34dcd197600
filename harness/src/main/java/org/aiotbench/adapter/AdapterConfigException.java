package org.aiotbench.adapter;

/** An adapter file or option is wrong; the message is one line naming the file or option. */
public class AdapterConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public AdapterConfigException(String message) {
        super(message);
    }
}
