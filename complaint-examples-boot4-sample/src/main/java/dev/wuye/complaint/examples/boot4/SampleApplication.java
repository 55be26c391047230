package dev.wuye.complaint.examples.boot4;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A fresh Spring Boot 4 application: the starter gives it the desk, its health, metrics and REST API. */
@SpringBootApplication
public class SampleApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
