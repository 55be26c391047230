/**
 * Sign-in and reach in the host: who a request is (Spring Security, mapped to an
 * {@link dev.wuye.complaint.authority.Actor}), which cases that person reaches ({@link
 * dev.wuye.complaint.examples.boot.security.CaseScope}) and which personal data they see in full
 * ({@link dev.wuye.complaint.examples.boot.security.PersonalData}).
 *
 * <p>{@link dev.wuye.complaint.examples.boot.security.SecurityConfiguration} sets up two filter chains (HTTP Basic for
 * the API, form login with CSRF for the pages); the users come from {@code wuye.host.users}
 * ({@link dev.wuye.complaint.examples.boot.security.ConfiguredUsers}, each a
 * {@link dev.wuye.complaint.examples.boot.security.StaffUser}); the {@code X-Staff-*} headers count only in the
 * trusted-gateway mode ({@link dev.wuye.complaint.examples.boot.security.HeaderActorResolver}). See docs/security.md.
 */
package dev.wuye.complaint.examples.boot.security;
