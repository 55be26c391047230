/**
 * The lifecycle of a case: 受理 RECEIVED → 处理 HANDLING → 跟踪 TRACKING → 回访 FOLLOW_UP → 归档 ARCHIVED,
 * with substates, the re-handling loop and the short paths.
 *
 * <p>{@link dev.wuye.complaint.lifecycle.LifecycleEngine} is the port the aggregate asks "state +
 * trigger + facts → next state or a rejection". The state chart itself is defined once, with
 * Spring Statemachine, in {@code lifecycle.internal} — the only package that may import Spring or
 * reactor. This package is self-contained: it knows nothing of the aggregate.
 */
package dev.wuye.complaint.lifecycle;
