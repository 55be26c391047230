/**
 * Who acts: {@link dev.wuye.complaint.boot.actor.ActorResolver} and its Spring Security default.
 */
package dev.wuye.complaint.boot.actor;
