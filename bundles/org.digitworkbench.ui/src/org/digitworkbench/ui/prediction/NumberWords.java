package org.digitworkbench.ui.prediction;

import java.math.BigInteger;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * A number in English words with ICU4J's spell-out rules: "2026" → "two thousand twenty-six". Numbers written with
 * a leading zero (zip codes, "007") are read digit by digit, as people say them.
 */
public final class NumberWords {

    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT));
    /** Longer numbers are read digit by digit: nobody says a sextillion. */
    static final int MAX_DIGITS_AS_NUMBER = 15;

    private NumberWords() {
    }

    /** Words for a string of digits; empty for an empty string. */
    public static String of(String digits) {
        if (digits.isEmpty()) {
            return "";
        }
        if ((digits.length() > 1 && digits.charAt(0) == '0') || digits.length() > MAX_DIGITS_AS_NUMBER) {
            StringBuilder sb = new StringBuilder();
            for (char c : digits.toCharArray()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(SPELLOUT.get().format(c - '0'));
            }
            return sb.toString();
        }
        return SPELLOUT.get().format(new BigInteger(digits));
    }
}
