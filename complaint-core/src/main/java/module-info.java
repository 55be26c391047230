/**
 * wuye-complaint's core: the customer-opinion procedure (物业客户意见处理规程) — the {@code ComplaintDesk}
 * facade, the case aggregate, the lifecycle, authority, calendar, SLA, statistics, reports, visits and
 * archive. Exports the API packages only: {@code lifecycle.internal} (the Spring Statemachine chart and
 * the compiled engine) is an implementation detail reached through {@code lifecycle.chart}.
 */
module dev.wuye.complaint.core {
    // The SPI's records and Jakarta Validation's annotations appear in the exported API.
    requires transitive dev.wuye.complaint.spi;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // The customer's phone number: numbers the fast path does not know are judged with Google's
    // metadata (cases.PhoneNumberValidator).
    requires com.google.i18n.phonenumbers.libphonenumber;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    // Only lifecycle.internal uses these: the state chart is defined once with Spring Statemachine.
    requires spring.statemachine.core;
    requires spring.messaging;
    requires reactor.core;

    exports dev.wuye.complaint;
    exports dev.wuye.complaint.archive;
    exports dev.wuye.complaint.authority;
    exports dev.wuye.complaint.calendar;
    exports dev.wuye.complaint.cases;
    exports dev.wuye.complaint.classification;
    exports dev.wuye.complaint.desk;
    exports dev.wuye.complaint.lifecycle;
    exports dev.wuye.complaint.lifecycle.chart;
    exports dev.wuye.complaint.report;
    exports dev.wuye.complaint.sla;
    exports dev.wuye.complaint.statistics;
    exports dev.wuye.complaint.store;
    exports dev.wuye.complaint.visit;

    // Hibernate Validator reads the command records' constraints reflectively and loads the desk's
    // ValidationMessages bundle through a class loader, which sees a named module's resources only in
    // packages opened to everyone; Actor and Customer are validated in cascade.
    opens dev.wuye.complaint.desk;
    opens dev.wuye.complaint.authority to org.hibernate.validator;
    opens dev.wuye.complaint.cases to org.hibernate.validator;
}
