package dev.wuye.complaint.examples.boot.web;

/**
 * A request named a department outside the signed-in person's reach; answered with a 404 problem, as if it did not
 * exist.
 */
public class DepartmentNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String department;

    /**
     * @param department the department asked for
     */
    public DepartmentNotFoundException(String department) {
        super("no department " + department);
        this.department = department;
    }

    /** The department asked for. */
    public String department() {
        return department;
    }
}
