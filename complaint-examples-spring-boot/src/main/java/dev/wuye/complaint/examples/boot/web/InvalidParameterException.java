package dev.wuye.complaint.examples.boot.web;

/** A query parameter that cannot be read; answered with a 400 problem naming it. */
public class InvalidParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String value;

    /**
     * @param parameter the parameter's name
     * @param value     the value given
     */
    public InvalidParameterException(String parameter, String value) {
        super("invalid " + parameter + ": " + value);
        this.parameter = parameter;
        this.value = value;
    }

    /** The parameter's name. */
    public String parameter() {
        return parameter;
    }

    /** The value given. */
    public String value() {
        return value;
    }
}
