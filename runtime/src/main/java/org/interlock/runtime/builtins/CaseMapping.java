package org.interlock.runtime.builtins;

import java.util.Locale;

/**
 * str's case conversions that work one character at a time (swapcase, title, capitalize, casefold)
 * with Unicode's full mappings, as CPython's: a character may map to several ('ß' upper is
 * "SS", title "Ss"), and capital sigma lowers to final 'ς' at the end of a word. Java's
 * {@link Character} methods give only the one-to-one mappings; its whole-string
 * {@link String#toUpperCase(Locale)} and {@link String#toLowerCase(Locale)} are full and serve
 * {@code upper} and {@code lower} directly.
 */
final class CaseMapping {
    private CaseMapping() {}

    private static final int CAPITAL_SIGMA = 0x3A3;

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isUpperCase(c)) sb.append(lower(s, i, c));
            else if (Character.isLowerCase(c)) sb.append(upper(c));
            else sb.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** Each word's first cased character in title case, the rest in lower case. */
    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            sb.append(prevCased ? lower(s, i, c) : title(c));
            prevCased = isCased(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            sb.append(i == 0 ? title(c) : lower(s, i, c));
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /**
     * Full case folding (CaseFolding.txt's C and F entries), one character at a time so that
     * no final sigma appears: lower, upper, lower reaches the folded form for all but the
     * dotless i (which folds to itself) and Cherokee (which folds to its capitals).
     */
    static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
                continue;
            }
            if (c == 0x131) {
                sb.appendCodePoint(c);
                continue;
            }
            String u = Character.toString(c).toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT);
            int first = u.codePointAt(0);
            if (first >= 0x13A0 && first <= 0x13F5) sb.append(u);
            else sb.append(u.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static String upper(int c) {
        return Character.toString(c).toUpperCase(Locale.ROOT);
    }

    /** The full title-case mapping of {@code c}. */
    private static String title(int c) {
        int t = Character.toTitleCase(c);
        if (t != c || Character.isTitleCase(c)) return Character.toString(t);
        String u = upper(c);
        if (u.codePointCount(0, u.length()) == 1) return u;
        // No one-character title form but a longer upper one (ß, ligatures, ŉ): SpecialCasing's
        // title form is that upper string with what follows its first cased letter lowered.
        int k = 0;
        while (k < u.length() && !isCased(u.codePointAt(k))) k += Character.charCount(u.codePointAt(k));
        if (k >= u.length()) return u;
        int next = k + Character.charCount(u.codePointAt(k));
        return u.substring(0, next) + u.substring(next).toLowerCase(Locale.ROOT);
    }

    /** The full lower-case mapping of the character {@code c} at {@code i} in {@code s}. */
    private static String lower(String s, int i, int c) {
        if (c == CAPITAL_SIGMA) return finalSigma(s, i) ? "\u03C2" : "\u03C3";
        return Character.toString(c).toLowerCase(Locale.ROOT);
    }

    /**
     * Unicode's Final_Sigma condition: a cased letter before (skipping case-ignorable
     * characters) and none after.
     */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!caseIgnorable(c)) break;
        }
        if (j == i || caseIgnorable(c) || !isCased(c)) return false;
        j = i + 1;
        while (j < s.length()) {
            c = s.codePointAt(j);
            if (!caseIgnorable(c)) return !isCased(c);
            j += Character.charCount(c);
        }
        return true;
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifiers and the in-word punctuation. */
    private static boolean caseIgnorable(int c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                    Character.MODIFIER_SYMBOL -> true;
            default -> c == '\'' || c == '.' || c == ':' || c == 0xB7 || c == 0x387 || c == 0x5F4 || c == 0x2018
                    || c == 0x2019 || c == 0x2024 || c == 0x2027 || c == 0xFE13 || c == 0xFE52 || c == 0xFE55
                    || c == 0xFF07 || c == 0xFF0E || c == 0xFF1A;
        };
    }
}
