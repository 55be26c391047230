package dev.wuye.complaint.spi;

/**
 * Masks personal data for logs and {@code toString()}: keeps just enough to recognise a record.
 * Public so that stores and the core mask the same way.
 */
public final class Masking {

    private Masking() {
    }

    /** {@code 张三丰 → 张**}; {@code null} stays {@code null}. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new StringBuilder().appendCodePoint(first).append("*".repeat(Math.max(rest, 1))).toString();
    }

    /** {@code 13812345678 → 138****5678}; short numbers keep only their last two digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        int n = phone.length();
        if (n >= 7) {
            return phone.substring(0, 3) + "*".repeat(n - 7) + phone.substring(n - 4);
        }
        return "*".repeat(Math.max(0, n - 2)) + phone.substring(Math.max(0, n - 2));
    }

    /** Keeps the first two characters (the building or estate), masks the rest. */
    public static String address(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        int keep = Math.min(2, address.length());
        return address.substring(0, keep) + "***";
    }
}
