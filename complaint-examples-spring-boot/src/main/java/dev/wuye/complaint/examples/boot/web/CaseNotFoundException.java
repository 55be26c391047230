package dev.wuye.complaint.examples.boot.web;

/** A request named a case id that does not exist; answered with a 404 problem. */
public class CaseNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String id;

    /**
     * @param id the id asked for
     */
    public CaseNotFoundException(String id) {
        super("no case with id " + id);
        this.id = id;
    }

    /** The id asked for. */
    public String id() {
        return id;
    }
}
