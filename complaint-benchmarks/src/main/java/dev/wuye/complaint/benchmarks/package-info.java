/**
 * JMH benchmarks, run from the shaded {@code benchmarks.jar}; never part of the test run. Each benchmark
 * class compares its alternatives in one JVM on the same inputs; ratios within a run are what count.
 */
package dev.wuye.complaint.benchmarks;
