package dev.wuye.complaint.examples.quickstart;

import dev.wuye.complaint.classification.PropertyManagementCategory;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.OpinionType;
import java.util.Locale;

/** Human labels of the codes in the tables (types, channels, categories), Chinese or English. */
final class Labels {

    private Labels() {
    }

    static String of(String code, boolean english) {
        for (OpinionType t : OpinionType.values()) {
            if (t.name().equals(code)) {
                return english ? pretty(code) : t.label();
            }
        }
        for (Channel c : Channel.values()) {
            if (c.name().equals(code)) {
                return english ? pretty(code) : c.label();
            }
        }
        for (PropertyManagementCategory c : PropertyManagementCategory.values()) {
            if (c.name().equals(code)) {
                return english ? c.category().labelEn() : c.label();
            }
        }
        return english ? pretty(code) : code;
    }

    private static String pretty(String code) {
        String s = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
