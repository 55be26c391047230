package dev.wuye.complaint.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The Spring Boot host: {@code mvn -pl complaint-examples-spring-boot -am spring-boot:run} is not
 * configured; run this class from the IDE, or
 * {@code java -cp … dev.wuye.complaint.examples.boot.ComplaintServiceApplication --spring.profiles.active=postgres}.
 */
@SpringBootApplication
@EnableConfigurationProperties(ComplaintHostProperties.class)
public class ComplaintServiceApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(ComplaintServiceApplication.class, args);
    }
}
