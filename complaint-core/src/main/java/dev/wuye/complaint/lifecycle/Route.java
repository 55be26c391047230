package dev.wuye.complaint.lifecycle;

/** What the lifecycle needs to know of a case's classification. */
public enum Route {
    /** Not classified yet. */
    UNCLASSIFIED,
    /** 咨询. */
    INQUIRY,
    /** 建议. */
    SUGGESTION,
    /** 表扬. */
    PRAISE,
    /** 有效投诉 (R-4.2.2a). */
    VALID_COMPLAINT,
    /** 无效投诉 (R-4.2.2b). */
    INVALID_COMPLAINT
}
