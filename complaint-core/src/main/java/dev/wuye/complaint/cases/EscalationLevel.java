package dev.wuye.complaint.cases;

import java.util.Optional;

/** The escalation chain (R-3, R-4.3.1f): the level that currently decides on a case. */
public enum EscalationLevel {
    /** 处理人 — within the handlers' authority. */
    HANDLER("处理人"),
    /** 部门负责人 — beyond a handler's authority: the department head. */
    DEPARTMENT_HEAD("部门负责人"),
    /** 综合管理部 — beyond the department: via the receiver to the GMD. */
    GMD("综合管理部"),
    /** 管理者代表 — beyond the GMD: the management representative. */
    MANAGEMENT_REPRESENTATIVE("管理者代表"),
    /** 总经理 — beyond the management representative or of major impact: the general manager. */
    GENERAL_MANAGER("总经理");

    /** The levels bottom up, read without copying {@code values()} for every {@link #next()}. */
    private static final EscalationLevel[] LEVELS = values();

    private final String label;

    EscalationLevel(String label) {
        this.label = label;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return label;
    }

    /** The next level up, or empty at the general manager. */
    public Optional<EscalationLevel> next() {
        return ordinal() + 1 < LEVELS.length ? Optional.of(LEVELS[ordinal() + 1]) : Optional.empty();
    }

    /** Whether the case is decided above its department (GMD and higher, R-4.8.4). */
    public boolean isCompanyLevel() {
        return compareTo(GMD) >= 0;
    }
}
