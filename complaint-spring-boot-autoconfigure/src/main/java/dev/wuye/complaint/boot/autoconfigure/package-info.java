/**
 * Spring Boot auto-configuration of the complaint desk ({@code wuye.complaint.*}), for Spring Boot 3.5 and 4.0.
 */
package dev.wuye.complaint.boot.autoconfigure;
