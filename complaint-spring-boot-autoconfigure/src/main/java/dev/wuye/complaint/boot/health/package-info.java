/**
 * The procedure's Actuator health: one report, shown through the health API of Spring Boot 3 or 4.
 */
package dev.wuye.complaint.boot.health;
