package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;

import dev.wuye.complaint.authority.Role;

/** The staff of the test organisation: service centres C01 and C02, the GMD and the leadership. */
final class Staff {
    static final String C01 = "C01";
    static final String C02 = "C02";
    static final String GMD = "GMD";

    /** Receiver of C01. */
    static final Actor RECEIVER = Actor.of("r-wang", C01, Role.RECEIVER);
    /** A second receiver of C01 (another shift): not the receiver of the cases r-wang accepted. */
    static final Actor RECEIVER_LIU = Actor.of("r-liu", C01, Role.RECEIVER);
    /** Head and director of C01 (the service-centre head holds both roles). */
    static final Actor HEAD = Actor.of("h-li", C01, Role.DEPARTMENT_HEAD, Role.CENTRE_DIRECTOR);
    /** Deputy head of C01: head, but not the centre director. */
    static final Actor DEPUTY_HEAD = Actor.of("h-ma", C01, Role.DEPARTMENT_HEAD);
    static final Actor HANDLER_ZHAO = Actor.of("hd-zhao", C01, Role.HANDLER);
    static final Actor HANDLER_QIAN = Actor.of("hd-qian", C01, Role.HANDLER);
    static final Actor DUTY_OFFICER_SUN = Actor.of("d-sun", C01, Role.DUTY_OFFICER);
    static final Actor EMPLOYEE_ZHOU = Actor.of("e-zhou", C01, Role.EMPLOYEE);
    static final Actor SUPERVISOR = Actor.of("cs-he", C01, Role.CUSTOMER_SERVICE_SUPERVISOR);
    static final Actor RECEIVER_C02 = Actor.of("r-chen", C02, Role.RECEIVER);
    static final Actor HEAD_C02 = Actor.of("h-wu", C02, Role.DEPARTMENT_HEAD, Role.CENTRE_DIRECTOR);
    static final Actor HANDLER_C02 = Actor.of("hd-feng", C02, Role.HANDLER);
    static final Actor GMD_HEAD = Actor.of("g-head", GMD, Role.DEPARTMENT_HEAD, Role.GMD_STAFF);
    static final Actor GMD_RECEIVER = Actor.of("g-rec", GMD, Role.RECEIVER, Role.GMD_STAFF);
    static final Actor QUALITY = Actor.of("g-qa", GMD, Role.QUALITY_SUPERVISOR);
    static final Actor MANAGEMENT_REP = Actor.of("mr-1", "HQ", Role.MANAGEMENT_REPRESENTATIVE);
    static final Actor GENERAL_MGR = Actor.of("gm-1", "HQ", Role.GENERAL_MANAGER);

    private Staff() {
    }
}
