/**
 * Who may do what (R-3, R-4.2–4.8): the {@link dev.wuye.complaint.authority.Actor} every command
 * carries, the {@link dev.wuye.complaint.authority.Role}s of the procedure, and small named
 * {@link dev.wuye.complaint.authority.AuthorityPolicy} objects, each a "no" that names its rule.
 *
 * <p>Checked by the desk before the aggregate acts; the aggregate itself knows only staff ids.
 */
package dev.wuye.complaint.authority;
