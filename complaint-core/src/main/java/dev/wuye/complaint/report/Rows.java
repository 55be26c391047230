package dev.wuye.complaint.report;

import dev.wuye.complaint.spi.Masking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/** Cell formatting shared by the rows. */
final class Rows {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Rows() {
    }

    static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    static String time(Instant t, ZoneId zone) {
        return t == null ? "" : MINUTES.format(t.atZone(zone));
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    static String yesNo(Boolean b) {
        return b == null ? "" : b ? "Y" : "N";
    }

    static String list(Collection<String> c) {
        return String.join(",", c);
    }

    static String masked(String name, String phone, String address) {
        return "customer=" + Masking.name(name) + "/" + Masking.phone(phone) + "/" + Masking.address(address);
    }
}
