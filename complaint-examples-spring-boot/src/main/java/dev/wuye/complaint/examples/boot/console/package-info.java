/**
 * The staff console: server-rendered pages (Thymeleaf, htmx from a WebJar) for the people of a service
 * centre — sign-in page, my work, intake, the case page with one form per allowed action. Chinese by
 * default, English by {@code ?lang=en}; what a person may do always comes from
 * {@link dev.wuye.complaint.desk.ComplaintDesk#allowedActions}, which cases they reach from
 * {@link dev.wuye.complaint.examples.boot.security.CaseScope}.
 */
package dev.wuye.complaint.examples.boot.console;
