/**
 * The state chart and its engines. This is the only package that may import Spring Statemachine,
 * Spring messaging or reactor.
 *
 * <p>{@link dev.wuye.complaint.lifecycle.internal.LifecycleChart} defines the chart once with
 * Spring Statemachine's {@code StateMachineBuilder}; {@link dev.wuye.complaint.lifecycle.internal.ChartModel}
 * reads it back from a built machine; the reference
 * {@link dev.wuye.complaint.lifecycle.internal.SpringStatemachineEngine} runs pooled Spring machines and the
 * {@link dev.wuye.complaint.lifecycle.internal.CompiledLifecycleEngine} runs lookup tables compiled from the
 * same model. Both share the guard objects of {@link dev.wuye.complaint.lifecycle.internal.ChartGuard}.
 */
package dev.wuye.complaint.lifecycle.internal;
