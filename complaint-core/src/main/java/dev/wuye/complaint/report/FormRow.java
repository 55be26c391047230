package dev.wuye.complaint.report;

import java.util.List;

/** A row of one of the six forms: its cells, in the order of its form's columns. */
public interface FormRow {

    /** The cells as text, in column order; empty strings for missing values. Contains personal data. */
    List<String> cells();
}
