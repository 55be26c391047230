/**
 * The SLA scan of a Spring application: the starter's scheduled scan and the recorder every scan reports to
 * (the health indicator and the metrics read it).
 */
package dev.wuye.complaint.boot.sla;
