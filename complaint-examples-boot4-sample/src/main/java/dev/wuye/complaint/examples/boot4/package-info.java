/**
 * A fresh Spring Boot 4 application over complaint-spring-boot-starter.
 */
package dev.wuye.complaint.examples.boot4;
