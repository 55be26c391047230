package dev.wuye.complaint.cases;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-4.2.3b: the phone check's fast path for the common mainland shapes says what Google's
 * libphonenumber says. Whatever it decides by itself — a number, or no number — libphonenumber decides
 * the same; what it cannot decide goes to libphonenumber. And it does decide the shapes it is there
 * for: mobiles of the assigned prefixes and the landlines of Beijing and the 02x cities.
 */
class PhoneNumberFastPathPropertiesTest {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** libphonenumber's verdict for a compact number read in mainland China. */
    private static boolean library(String compact) {
        if (compact.isEmpty() || compact.lastIndexOf('+') > 0) {
            return false;
        }
        try {
            var n = PHONES.parse(compact, "CN");
            return compact.startsWith("+") ? PHONES.isValidNumber(n) : PHONES.isValidNumberForRegion(n, "CN");
        } catch (NumberParseException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<String> mainlandShaped() {
        Arbitrary<String> prefix = Arbitraries.integers().between(0, 199).map(i -> String.format("%03d", i));
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(10);
        return net.jqwik.api.Combinators.combine(prefix, rest).as((p, r) -> p + r);
    }

    @Provide
    Arbitrary<String> landlineShaped() {
        Arbitrary<String> area = Arbitraries.of("010", "020", "021", "022", "023", "024", "025", "026", "027", "028",
                "029", "011", "012", "019");
        Arbitrary<String> local = Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(9);
        return net.jqwik.api.Combinators.combine(area, local).as((p, r) -> p + r);
    }

    @Property(tries = 5_000)
    @Label("R-4.2.3b a landline of a two-digit area code (010, 02x and neighbours, 6 to 9 local digits) is judged by the fast path as libphonenumber judges it")
    void fastPathAgreesOnLandlines(@ForAll("landlineShaped") String compact) {
        agrees(compact);
    }

    @Provide
    Arbitrary<String> anyDialled() {
        return Arbitraries.strings().withChars("0123456789+").ofMinLength(0).ofMaxLength(16);
    }

    @Property(tries = 5_000)
    @Label("R-4.2.3b a number of a mainland shape (a 3-digit prefix 000-199 and 5 to 10 digits) is judged by the fast path as libphonenumber judges it")
    void fastPathAgreesOnMainlandShapes(@ForAll("mainlandShaped") String compact) {
        agrees(compact);
    }

    @Property(tries = 5_000)
    @Label("R-4.2.3b any string of digits and + is judged by the fast path as libphonenumber judges it, or left to it")
    void fastPathAgreesOnAnything(@ForAll("anyDialled") String compact) {
        agrees(compact);
    }

    private static void agrees(String compact) {
        PhoneNumberValidator.Verdict fast = PhoneNumberValidator.fast(compact);
        if (fast != PhoneNumberValidator.Verdict.ASK_LIBRARY) {
            assertThat(fast == PhoneNumberValidator.Verdict.VALID).as(compact).isEqualTo(library(compact));
        }
        assertThat(PhoneNumberValidator.isPhoneNumber(compact, "CN")).as(compact).isEqualTo(library(compact));
    }

    @Example
    @Label("R-4.2.3b every assigned mobile prefix and every 2-digit area code with an 8-digit local number (021: not starting 0) is decided by the fast path, as a number")
    void fastPathCoversTheCommonShapes() {
        // mobile prefixes given to mobiles in libphonenumber 8.13's metadata, worked out from its pattern
        // 1(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\d{8} (1740x excepted: left to the library)
        String[] mobile = {"130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147",
                "150", "151", "152", "153", "155", "156", "157", "158", "159", "162", "165", "166", "167",
                "170", "171", "172", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185",
                "186", "187", "188", "189", "190", "191", "192", "193", "195", "196", "197", "198", "199"};
        for (String p : mobile) {
            String n = p + "12345678";
            assertThat(PhoneNumberValidator.fast(n)).as(n).isEqualTo(PhoneNumberValidator.Verdict.VALID);
            assertThat(library(n)).as(n).isTrue();
        }
        String[] areas = {"010", "020", "021", "022", "023", "024", "025", "027", "028", "029"};
        for (String a : areas) {
            for (char first = a.equals("021") ? '1' : '0'; first <= '9'; first++) {
                String n = a + first + "2345678";
                assertThat(PhoneNumberValidator.fast(n)).as(n).isEqualTo(PhoneNumberValidator.Verdict.VALID);
                assertThat(library(n)).as(n).isTrue();
            }
        }
        assertThat(PhoneNumberValidator.fast("+85291234567")).isEqualTo(PhoneNumberValidator.Verdict.ASK_LIBRARY);
        assertThat(PhoneNumberValidator.fast("075512345678")).isEqualTo(PhoneNumberValidator.Verdict.ASK_LIBRARY);
        assertThat(PhoneNumberValidator.fast("")).isEqualTo(PhoneNumberValidator.Verdict.INVALID);
        assertThat(PhoneNumberValidator.fast("+")).isEqualTo(PhoneNumberValidator.Verdict.INVALID);
        assertThat(PhoneNumberValidator.fast("138+1234567")).isEqualTo(PhoneNumberValidator.Verdict.INVALID);
    }
}
