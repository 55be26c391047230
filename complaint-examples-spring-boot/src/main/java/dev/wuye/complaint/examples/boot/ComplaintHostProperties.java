package dev.wuye.complaint.examples.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The host's own settings under {@code wuye.*}; the desk's are the starter's, under {@code wuye.complaint.*}.
 *
 * @param department the default service centre id for the monthly table endpoint, for the company-wide roles
 *                   (department staff get their own department's)
 */
@ConfigurationProperties("wuye")
public record ComplaintHostProperties(@DefaultValue("C01") String department) {
}
