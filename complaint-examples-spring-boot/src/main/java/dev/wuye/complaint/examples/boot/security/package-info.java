/**
 * Sign-in and reach in the host: who a request is (Spring Security, mapped to an
 * {@link dev.wuye.complaint.authority.Actor}), which cases that person reaches ({@link
 * dev.wuye.complaint.examples.boot.security.CaseScope}) and which personal data they see in full
 * ({@link dev.wuye.complaint.examples.boot.security.PersonalData}).
 */
package dev.wuye.complaint.examples.boot.security;
