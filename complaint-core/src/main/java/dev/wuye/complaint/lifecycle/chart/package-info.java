/**
 * The lifecycle chart put to use: {@link dev.wuye.complaint.lifecycle.chart.LifecycleEngines} gives
 * the engines built from the one Spring Statemachine definition (the compiled default and the Spring
 * reference), {@link dev.wuye.complaint.lifecycle.chart.LifecycleDiagram} draws it as Mermaid. This
 * package is the only reader of {@code lifecycle.internal}, which is not exported; the lifecycle's
 * vocabulary (states, triggers, decisions, the engine port) stays in {@code dev.wuye.complaint.lifecycle},
 * which depends on nothing else of the library, so the packages form no cycle.
 */
package dev.wuye.complaint.lifecycle.chart;
