package dev.wuye.complaint.examples.boot.web;

import com.fasterxml.jackson.core.JsonProcessingException;

/** A command body that does not map onto its command record; answered with a 400 problem naming the field. */
public class UnreadableCommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param cause Jackson's error, with the path of the field
     */
    public UnreadableCommandException(JsonProcessingException cause) {
        super(cause.getOriginalMessage(), cause);
    }
}
